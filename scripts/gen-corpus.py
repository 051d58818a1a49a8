#!/usr/bin/env python3
"""Writes a synthetic Koho site for benchmarks: departments (部 → 課), staff, dated posts and free pages.

usage: scripts/gen-corpus.py OUT [--pages N | --posts N --staff N --departments N --tags N] [--seed S]
                             [--hugo DIR]

The content is deterministic for a seed, uses Japanese and English text, hashtags, tables, lists, links and
code, so the build exercises every stage the way a real office's site does. The site uses the built-in
default theme. `--pages N` takes the shape `make bench-site` uses (40% staff, 1% departments, the rest posts);
`--hugo DIR` also writes the same content as a Hugo site. The generator is scripts/bench-site/benchsite/corpus.py.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "bench-site"))
from benchsite import corpus, sites  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--pages", type=int, help="total pages, in the benchmark's shape (overrides the counts)")
    p.add_argument("--posts", type=int, default=1000)
    p.add_argument("--staff", type=int, default=200)
    p.add_argument("--departments", type=int, default=40)
    p.add_argument("--tags", type=int, default=12)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--hugo", metavar="DIR", help="also write the same content as a Hugo site here")
    a = p.parse_args()
    shape = (corpus.Shape.for_pages(a.pages) if a.pages else
             corpus.Shape(staff=max(1, a.staff), departments=max(1, a.departments), posts=a.posts, tags=a.tags))
    content = corpus.generate(shape, seed=a.seed)
    corpus.write_koho(content, a.out)
    if a.hugo:
        corpus.write_hugo(content, a.hugo, sites.HUGO_FILES)


if __name__ == "__main__":
    main()
