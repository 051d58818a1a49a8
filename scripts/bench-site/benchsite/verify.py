"""Checks that the two sites of a size stay equivalent: the same pages and feeds, and a sample staff page
with the same name, role, hashtag links and share links in both."""
import os
from html.parser import HTMLParser
from urllib.parse import parse_qs, unquote, urlsplit

# Hugo writes /posts/page/1/ as a redirect to /posts/ (Koho has no such page): the one HTML file it adds.
HUGO_EXTRA_HTML = 1


class StaffPage(HTMLParser):
    """The parts of a bench staff page both themes mark the same way."""

    def __init__(self):
        super().__init__()
        self.name = ""
        self.role = ""
        self.hashtags = []
        self.share = {}
        self._in = None
        self._list = None
        self._href = None
        self._text = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        if tag == "ul" and cls in ("hashtags", "share") and self._list is None:
            # Only the page's own lists: the first of each (post cards further down have their own).
            if cls == "share" or not self.hashtags:
                self._list = cls
        elif tag == "h1" and not self.name:
            self._in = "name"
        elif tag == "p" and cls == "role" and not self.role:
            self._in = "role"
        elif tag == "a" and self._list:
            self._href, self._text = a.get("href", ""), ""
            if self._list == "share":
                self.share[cls.removeprefix("share-")] = share_parameters(self._href)

    def handle_endtag(self, tag):
        if tag == "ul":
            self._list = None
        elif tag in ("h1", "p"):
            self._in = None
        elif tag == "a" and self._list == "hashtags" and self._href is not None:
            self.hashtags.append((self._text.strip(), unquote(self._href)))
            self._href = None

    def handle_data(self, data):
        if self._in == "name":
            self.name += data
        elif self._in == "role":
            self.role += data
        elif self._href is not None:
            self._text += data


def share_parameters(url):
    """A share URL as host, path and decoded parameters (Hugo writes a space as `+`, Koho as `%20`)."""
    parts = urlsplit(url)
    return (parts.netloc, parts.path, {k: v for k, v in parse_qs(parts.query, keep_blank_values=True).items()})


def read_staff(out, slug):
    parser = StaffPage()
    with open(os.path.join(out, "staff", slug, "index.html"), encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


def items(path):
    """The number of items in an RSS feed."""
    return len(item_links(path))


def item_links(path):
    """Each item's `<link>`, in the feed's order."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return [chunk.split("<link>", 1)[1].split("</link>", 1)[0] for chunk in text.split("<item>")[1:]]


def compare(koho_out, hugo_out, koho_count, hugo_count, sample):
    """Problems found (empty when the two sites agree), and lines describing what was compared."""
    problems, notes = [], []
    notes.append(f"HTML pages: koho {koho_count.html}, hugo {hugo_count.html} (hugo's /posts/page/1/ redirect included)")
    notes.append(f"feeds: koho {koho_count.feeds}, hugo {hugo_count.feeds}")
    if hugo_count.html - koho_count.html != HUGO_EXTRA_HTML:
        problems.append(f"HTML pages differ: koho {koho_count.html}, hugo {hugo_count.html} "
                        f"(expected hugo = koho + {HUGO_EXTRA_HTML})")
    if koho_count.feeds != hugo_count.feeds:
        problems.append(f"feeds differ: koho {koho_count.feeds}, hugo {hugo_count.feeds}")
    for feed in ["feed.xml", f"staff/{sample}/feed.xml"]:
        k, h = item_links(os.path.join(koho_out, feed)), item_links(os.path.join(hugo_out, feed))
        notes.append(f"{feed}: {len(k)} items in koho, {len(h)} in hugo")
        if k != h:
            problems.append(f"{feed}: the items differ (koho {len(k)}, hugo {len(h)}; first: {k[:1]} / {h[:1]})")
    k, h = read_staff(koho_out, sample), read_staff(hugo_out, sample)
    for field in ["name", "role", "hashtags", "share"]:
        kv, hv = getattr(k, field), getattr(h, field)
        if isinstance(kv, str):
            kv, hv = kv.strip(), hv.strip()
        if kv != hv:
            problems.append(f"staff/{sample}: {field} differs:\n  koho: {kv}\n  hugo: {hv}")
        elif not kv:
            problems.append(f"staff/{sample}: no {field} found in either page")
    notes.append(f"staff/{sample}: name {k.name.strip()!r}, role {k.role.strip()!r}, "
                 f"{len(k.hashtags)} hashtag links, share links {sorted(k.share)} — same in both")
    return problems, notes
