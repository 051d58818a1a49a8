"""The generated sites of one size, written once into a cache folder and reused while nothing they come from
changes (the generator, the Koho bench theme, the Hugo layouts)."""
import hashlib
import os
import shutil

from . import corpus

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KOHO_THEME = os.path.join(HERE, "koho-theme")
HUGO_FILES = os.path.join(HERE, "hugo")


def fingerprint():
    """A digest of everything a generated site is made from."""
    digest = hashlib.sha256()
    roots = [os.path.join(HERE, "benchsite", "corpus.py"), KOHO_THEME, HUGO_FILES]
    for root in roots:
        paths = [root] if os.path.isfile(root) else sorted(
            os.path.join(d, f) for d, _, files in os.walk(root) for f in files)
        for path in paths:
            digest.update(os.path.relpath(path, HERE).encode())
            with open(path, "rb") as f:
                digest.update(f.read())
    return digest.hexdigest()[:16]


class SiteSet:
    """The sites of one size: `koho` (bench theme), `koho-default` (built-in theme), `hugo`."""

    def __init__(self, cache, pages, seed=1):
        self.pages = pages
        self.seed = seed
        self.root = os.path.join(os.path.abspath(cache), f"{pages}-s{seed}")

    def source(self, tool):
        return os.path.join(self.root, tool)

    def output(self, tool):
        return os.path.join(self.root, "out", tool)

    @property
    def runs(self):
        """Where the timed builds write, one folder each."""
        return os.path.join(self.root, "runs")

    def prepare(self, tools):
        """Writes the sites in `tools` unless an up-to-date copy is there; returns the corpus's shape."""
        shape = corpus.Shape.for_pages(self.pages)
        stamp = os.path.join(self.root, "stamp")
        want = f"{fingerprint()} {shape}"
        have = open(stamp, encoding="utf-8").read() if os.path.exists(stamp) else None
        if have != want:
            shutil.rmtree(self.root, ignore_errors=True)
        missing = [t for t in tools if not os.path.isdir(self.source(t))]
        if missing:
            content = corpus.generate(shape, seed=self.seed)
            for tool in missing:
                if tool == "koho":
                    corpus.write_koho(content, self.source(tool), theme="bench", theme_dir=KOHO_THEME)
                elif tool == "koho-default":
                    corpus.write_koho(content, self.source(tool))
                elif tool == "hugo":
                    corpus.write_hugo(content, self.source(tool), HUGO_FILES)
            os.makedirs(self.root, exist_ok=True)
            with open(stamp, "w", encoding="utf-8") as f:
                f.write(want)
        return shape
