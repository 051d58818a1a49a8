#!/usr/bin/env python3
"""Builds the same generated site with Koho and with Hugo, alternating, and reports wall time, pages per
second and peak memory of both, and their ratios.

usage: bench.py [--sizes 1000 10000 50000] [--runs N] [--koho PATH] [--hugo PATH] [--theme default]
                [--json FILE] [--cache DIR] [--verify]

Each size's sites are written once into the cache folder (reused while the generator and layouts are
unchanged). Every timed build writes into an output folder of its own that no build used before; they are
all removed when the size is done. Removing an output just before the next build would time the
filesystem, not the tool: ext4 (without a journal, as on this project's machines) skips every inode freed in
the last minute when it makes a file, which added seconds and most of the run-to-run spread to whichever tool
built next.
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchsite import measure, sites, verify  # noqa: E402


class Tool:
    """One way of building: a label, the site it builds, and the command."""

    def __init__(self, key, label, command):
        self.key, self.label, self.command = key, label, command

    def build(self, site_set, run=None):
        """An untimed build into the tool's output folder (emptied first), or timed build `run` into a folder
        of its own."""
        if run is None:
            out = site_set.output(self.key)
            measure.fresh(out)
        else:
            out = os.path.join(site_set.runs, f"{self.key}-{run}")
        return measure.run(self.command(site_set.source(self.key), out))


def tools(args):
    koho = lambda src, out: [args.koho, "build", "--source", src, "--output", out]  # noqa: E731
    hugo = lambda src, out: [args.hugo, "--quiet", "--source", src, "--destination", out]  # noqa: E731
    chosen = [Tool("koho", "koho (bench theme)", koho), Tool("hugo", "hugo", hugo)]
    if args.theme == "default":
        chosen.append(Tool("koho-default", "koho (default theme)", koho))
    return chosen


def version(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip().splitlines()[0]
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown"


def first_staff_with_posts(out):
    staff = os.path.join(out, "staff")
    for slug in sorted(os.listdir(staff)):
        feed = os.path.join(staff, slug, "feed.xml")
        if os.path.isfile(feed) and verify.items(feed) > 0:
            return slug
    raise SystemExit(f"no staff member with posts in {out}")


def bench_size(pages, chosen, args):
    site_set = sites.SiteSet(args.cache, pages, seed=args.seed)
    shape = site_set.prepare([t.key for t in chosen])
    print(f"\n{pages} pages: {shape.staff} staff, {shape.departments} departments, {shape.posts} posts, "
          f"{shape.tags} hashtags — {args.runs} runs, alternating", flush=True)
    # A first build of each, not timed: reads the sources into the page cache and counts what each writes.
    counts = {}
    for tool in chosen:
        tool.build(site_set)
        counts[tool.key] = measure.count(site_set.output(tool.key))
    result = {"pages": pages, "shape": vars(shape), "runs": args.runs, "tools": {}}
    if args.verify:
        sample = first_staff_with_posts(site_set.output("koho"))
        problems, notes = verify.compare(site_set.output("koho"), site_set.output("hugo"), counts["koho"],
                                         counts["hugo"], sample)
        for line in notes:
            print("  verify: " + line)
        for line in problems:
            print("  verify: PROBLEM: " + line, file=sys.stderr)
        result["verify"] = {"problems": problems, "notes": notes}
        if problems or args.runs == 0:
            return result
    samples = {t.key: [] for t in chosen}
    # Outputs of an earlier bench are set aside, not removed, until this size is done.
    measure.set_aside(site_set.runs)
    for run in range(args.runs):
        # Alternate, and swap who goes first each round, so a busy spell on the machine hits both.
        order = chosen if run % 2 == 0 else list(reversed(chosen))
        for tool in order:
            m = tool.build(site_set, run)
            samples[tool.key].append(m)
            print(f"  run {run + 1}: {tool.label:22} {m.wall:7.2f} s {m.cpu:7.2f} s CPU {m.peak_rss_mb:7.0f} MB",
                  flush=True)
    measure.set_aside(site_set.runs)
    measure.remove_set_aside(site_set.runs)
    for tool in chosen:
        walls = [m.wall for m in samples[tool.key]]
        rss = [m.peak_rss_mb for m in samples[tool.key]]
        cpu = [m.cpu for m in samples[tool.key]]
        c = counts[tool.key]
        result["tools"][tool.key] = {
            "label": tool.label, "walls": walls, "peak_rss_mb": rss, "median_wall": statistics.median(walls),
            "cpu": cpu, "median_cpu": statistics.median(cpu),
            "median_peak_rss_mb": statistics.median(rss), "pages_per_s": pages / statistics.median(walls),
            "output": {"html": c.html, "feeds": c.feeds, "files": c.files}}
    return result


def ratios(result):
    t = result["tools"]
    out = {}
    for key in [k for k in t if k != "hugo"]:
        out[key] = {"wall": t[key]["median_wall"] / t["hugo"]["median_wall"],
                    "cpu": t[key]["median_cpu"] / t["hugo"]["median_cpu"],
                    "peak_rss": t[key]["median_peak_rss_mb"] / t["hugo"]["median_peak_rss_mb"]}
    return out


def print_table(result):
    print(f"\n{result['pages']} pages, median of {result['runs']} runs (pages/s: the corpus's {result['pages']} "
          "pages per second of wall time)")
    print(f"  {'':22} {'wall s':>8} {'pages/s':>8} {'CPU s':>8} {'peak MB':>8} {'HTML':>7} {'feeds':>6} {'files':>7}")
    for tool in result["tools"].values():
        o = tool["output"]
        print(f"  {tool['label']:22} {tool['median_wall']:8.2f} {tool['pages_per_s']:8.0f} {tool['median_cpu']:8.2f} "
              f"{tool['median_peak_rss_mb']:8.0f} {o['html']:7} {o['feeds']:6} {o['files']:7}")
    for key, r in result["ratios"].items():
        print(f"  {result['tools'][key]['label']} / hugo: wall {r['wall']:.2f}×, CPU {r['cpu']:.2f}×, "
              f"peak RSS {r['peak_rss']:.2f}×")


def scaling(results):
    """Per-page cost at 50k against 10k (or the largest size against 10k), for each tool."""
    by_size = {r["pages"]: r for r in results if r["tools"]}
    if 10000 not in by_size or max(by_size) <= 10000:
        return None
    big = by_size[max(by_size)]
    base = by_size[10000]
    out = {"from": 10000, "to": big["pages"], "per_page_ratio": {}}
    for key, tool in big["tools"].items():
        per_big = tool["median_wall"] / big["pages"]
        per_base = base["tools"][key]["median_wall"] / base["pages"]
        out["per_page_ratio"][key] = per_big / per_base
        cpu_big = tool["median_cpu"] / big["pages"]
        cpu_base = base["tools"][key]["median_cpu"] / base["pages"]
        out.setdefault("per_page_cpu_ratio", {})[key] = cpu_big / cpu_base
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="total pages per site")
    p.add_argument("--runs", type=int, default=5, help="timed builds of each tool per size (default 5)")
    p.add_argument("--koho", default="koho", help="the koho binary (a release build)")
    p.add_argument("--hugo", default="hugo", help="the hugo binary")
    p.add_argument("--theme", choices=["bench", "default"], default="bench",
                   help="`default`: also time Koho with its built-in default theme")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    p.add_argument("--cache", default=".bench", help="where the generated sites and outputs live")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--verify", action="store_true",
                   help="check the two sites agree (pages, feeds, a sample staff page) before timing; "
                        "with --runs 0, only check")
    args = p.parse_args()
    if args.runs < 0:
        p.error("--runs must be 0 or more")
    if args.runs == 0 and not args.verify:
        p.error("--runs 0 only makes sense with --verify")
    if 0 < args.runs < 3:
        print("note: fewer than 3 runs: a first look, not a figure to quote", file=sys.stderr)
    chosen = tools(args)
    info = {"machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                        "load_average_start": os.getloadavg()},
            "koho": version([args.koho, "--version"]), "hugo": version([args.hugo, "version"])}
    print(f"koho: {info['koho']}\nhugo: {info['hugo']}\ncpus: {info['machine']['cpus']}, "
          f"load average {info['machine']['load_average_start'][0]:.2f}")
    results = []
    failed = False
    for pages in args.sizes:
        try:
            result = bench_size(pages, chosen, args)
        except measure.BuildFailed as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        failed |= bool(result.get("verify", {}).get("problems"))
        if result["tools"]:
            result["ratios"] = ratios(result)
            print_table(result)
        results.append(result)
    info["machine"]["load_average_end"] = os.getloadavg()
    info["sizes"] = results
    info["scaling"] = scaling(results)
    if info["scaling"]:
        s = info["scaling"]
        print(f"\nper-page wall time at {s['to']} pages / at {s['from']}: "
              + ", ".join(f"{k} {v:.2f}×" for k, v in s["per_page_ratio"].items()))
        print(f"per-page CPU time at {s['to']} pages / at {s['from']}: "
              + ", ".join(f"{k} {v:.2f}×" for k, v in s["per_page_cpu_ratio"].items()))
    print(f"load average at the end: {info['machine']['load_average_end'][0]:.2f} "
          f"(above {os.cpu_count()} means other work shared the cores)")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(info, f, ensure_ascii=False, indent=2)
            f.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
