#!/usr/bin/env python3
"""What furigana cost a build: the same generated site built with `furigana: true` and without, alternating.

usage: scripts/bench-furigana.py --koho PATH [--pages N] [--runs R] [--cache DIR]

Generates the benchmark's office site (scripts/bench-site's generator, default theme) once, copies it with
`furigana: true` added to site.yml, then builds the two with the release koho, alternating and swapping who
goes first, RUNS times each. Prints the median wall and CPU time of each, and the extra cost per page with a
body (staff, departments, posts, pages). `make bench-furigana` runs it on 10,000 pages.
"""
import argparse
import os
import shutil
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "bench-site"))
from benchsite import corpus, measure  # noqa: E402


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--koho", required=True, help="the koho binary (a release build)")
    p.add_argument("--pages", type=int, default=10000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--cache", default=".bench/furigana")
    args = p.parse_args()

    shape = corpus.Shape.for_pages(args.pages)
    content = corpus.generate(shape, seed=1)
    plain = os.path.join(args.cache, "plain")
    read = os.path.join(args.cache, "furigana")
    for folder in (plain, read):
        shutil.rmtree(folder, ignore_errors=True)
    corpus.write_koho(content, plain)
    shutil.copytree(plain, read)
    with open(os.path.join(read, "site.yml"), "a", encoding="utf-8") as f:
        f.write("furigana: true\n")
    bodies = len(content.staff) + len(content.departments) + len(content.posts) + len(content.pages)
    print(f"{args.pages} pages, {bodies} with a body; {args.runs} runs each, alternating", flush=True)

    def build(site, run):
        out = os.path.join(args.cache, f"out-{os.path.basename(site)}")
        measure.fresh(out)
        return measure.run([args.koho, "build", "--source", site, "--output", os.path.abspath(out)])

    for site in (plain, read):  # not timed: the page cache, and a check that both build
        build(site, None)
    samples = {plain: [], read: []}
    for run in range(args.runs):
        order = (plain, read) if run % 2 == 0 else (read, plain)
        for site in order:
            m = build(site, run)
            samples[site].append(m)
            print(f"  run {run + 1}: {os.path.basename(site):9} {m.wall:6.2f} s {m.cpu:6.2f} s CPU", flush=True)
    wall = {s: statistics.median(m.wall for m in samples[s]) for s in samples}
    cpu = {s: statistics.median(m.cpu for m in samples[s]) for s in samples}
    print(f"without furigana: {wall[plain]:.2f} s ({cpu[plain]:.2f} s CPU)")
    print(f"with furigana:    {wall[read]:.2f} s ({cpu[read]:.2f} s CPU), ratio {wall[read] / wall[plain]:.2f}")
    print(f"extra per page with a body: {(wall[read] - wall[plain]) / bodies * 1000:.3f} ms wall, "
          f"{(cpu[read] - cpu[plain]) / bodies * 1000:.3f} ms CPU")


if __name__ == "__main__":
    main()
