#!/usr/bin/env python3
"""check-a11y.py DIR [options] (run with the venv of scripts/site-tools.sh; scripts/check-a11y.sh does) — run axe-core in headless Chromium over every HTML page of a built site.

Offline: axe.min.js comes from a PyPI wheel (axe-playwright-python ships axe-core 4.12; installed
with --no-deps, only the .js file is used), Chromium + chromedriver from Debian, selenium from PyPI.
DIR is served on 127.0.0.1 (random port) so root-relative URLs (/css/x.css) resolve as in production.

Reports violations grouped by impact (critical > serious > moderate > minor) and exits 1 if any
violation is at or above --fail-on (default: minor, i.e. any violation). Exit 2 = setup problem.

Options:
  --tags wcag2a,wcag2aa,...   axe runOnly tags (default: wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa,best-practice)
  --fail-on LEVEL             minor|moderate|serious|critical
  --disable RULE,...          axe rule ids to switch off (e.g. region,color-contrast)
  --pages GLOB                only pages matching this glob (relative to DIR), e.g. 'posts/*/index.html'
  --max-pages N               check at most N pages (sorted order)
  --json FILE                 write the full result (per page violations) as JSON
  --width N --height N        viewport (default 1280x1024); --mobile = 390x844
  --dark                      emulate prefers-color-scheme: dark (checks the dark theme's contrast)
  --workers N                 parallel browsers (default 1; on 2 cores, 2 workers took 109 pages from 29 s to 24 s)
Env: AXE_JS=/path/axe.min.js, CHROME_BIN, CHROMEDRIVER.
"""
import argparse
import fnmatch
import functools
import http.server
import json
import os
import shutil
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

IMPACTS = ["minor", "moderate", "serious", "critical"]
DEFAULT_TAGS = "wcag2a,wcag2aa,wcag21a,wcag21aa,wcag22aa,best-practice"


def find_axe():
    cands = [os.environ.get("AXE_JS")]
    here = os.path.dirname(os.path.abspath(__file__))
    cands.append(os.path.join(here, "vendor", "axe.min.js"))
    import importlib.util
    for mod, rel in (("axe_playwright_python", "axe.min.js"), ("axe_core_python", "axe.min.js"),
                     ("axe_selenium_python", "node_modules/axe-core/axe.min.js")):
        spec = importlib.util.find_spec(mod)
        if spec and spec.submodule_search_locations:
            cands.append(os.path.join(list(spec.submodule_search_locations)[0], rel))
    for c in cands:
        if c and os.path.isfile(c):
            return c
    return None


def find_bin(env, names):
    if os.environ.get(env):
        return os.environ[env]
    for n in names:
        p = shutil.which(n) or (n if os.path.isfile(n) else None)
        if p:
            return p
    return None


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def serve(directory):
    handler = functools.partial(QuietHandler, directory=directory)
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def make_driver(args, chrome, chromedriver):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--hide-scrollbars", "--mute-audio", "--no-first-run", "--disable-extensions",
              "--disable-background-networking", "--disable-component-update",
              f"--window-size={args.width},{args.height}"):
        opts.add_argument(a)
    drv = webdriver.Chrome(service=Service(executable_path=chromedriver), options=opts)
    if args.dark:
        drv.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    drv.set_page_load_timeout(60)
    drv.set_script_timeout(120)
    return drv


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir")
    ap.add_argument("--tags", default=DEFAULT_TAGS)
    ap.add_argument("--fail-on", default="minor", choices=IMPACTS)
    ap.add_argument("--disable", default="")
    ap.add_argument("--pages")
    ap.add_argument("--max-pages", type=int)
    ap.add_argument("--json")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=1024)
    ap.add_argument("--mobile", action="store_true")
    ap.add_argument("--dark", action="store_true")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("-q", "--quiet", action="store_true", help="no per-node details")
    a = ap.parse_args()
    if a.mobile:
        a.width, a.height = 390, 844
    root = os.path.abspath(a.dir)
    if not os.path.isdir(root):
        print(f"check-a11y: not a directory: {a.dir}", file=sys.stderr)
        return 2
    axe_js = find_axe()
    chrome = find_bin("CHROME_BIN", ["/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome"])
    chromedriver = find_bin("CHROMEDRIVER", ["chromedriver", "/usr/lib/chromium/chromedriver"])
    for what, v in (("axe.min.js (pip install --no-deps axe-playwright-python)", axe_js),
                    ("chromium (apt-get install chromium)", chrome),
                    ("chromedriver (apt-get install chromium-driver)", chromedriver)):
        if not v:
            print(f"check-a11y: missing {what}", file=sys.stderr)
            return 2
    with open(axe_js, encoding="utf-8") as fh:
        axe_src = fh.read()

    pages = []
    for dp, dn, fn in os.walk(root):
        dn.sort()
        for f in sorted(fn):
            if f.endswith((".html", ".htm")):
                rel = os.path.relpath(os.path.join(dp, f), root).replace(os.sep, "/")
                if a.pages and not fnmatch.fnmatch(rel, a.pages):
                    continue
                pages.append(rel)
    pages.sort()
    if a.max_pages:
        pages = pages[: a.max_pages]
    if not pages:
        print(f"check-a11y: no HTML pages in {a.dir}", file=sys.stderr)
        return 1

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager try the network
    os.environ.setdefault("SE_AVOID_STATS", "true")  # ...nor send usage stats (plausible.io)
    srv = serve(root)
    base = f"http://127.0.0.1:{srv.server_address[1]}/"
    options = {"runOnly": {"type": "tag", "values": [t for t in a.tags.split(",") if t]},
               "resultTypes": ["violations"]}
    if a.disable:
        options["rules"] = {r: {"enabled": False} for r in a.disable.split(",") if r}

    results = {}
    t0 = time.time()

    def worker(chunk):
        drv = make_driver(a, chrome, chromedriver)
        try:
            for rel in chunk:
                url = base + rel
                drv.get(url)
                drv.execute_script(axe_src)
                res = drv.execute_async_script(
                    "const cb = arguments[arguments.length - 1];"
                    "axe.run(document, arguments[0]).then(r => cb({v: r.violations, ver: axe.version}),"
                    " e => cb({error: String(e)}));", options)
                results[rel] = res
        finally:
            drv.quit()

    n = max(1, min(a.workers, len(pages)))
    chunks = [pages[i::n] for i in range(n)]
    try:
        with ThreadPoolExecutor(n) as ex:
            for fut in [ex.submit(worker, c) for c in chunks]:
                fut.result()
    except Exception as e:  # noqa: BLE001
        print(f"check-a11y: browser error: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    finally:
        srv.shutdown()
    elapsed = time.time() - t0

    by_impact = {i: {} for i in IMPACTS}
    version = None
    errors = 0
    for rel in pages:
        r = results.get(rel) or {}
        if "error" in r:
            print(f"{rel}: axe error: {r['error']}")
            errors += 1
            continue
        version = r.get("ver", version)
        for v in r.get("v", []):
            imp = v.get("impact") or "minor"
            d = by_impact[imp].setdefault(v["id"], {"help": v["help"], "url": v.get("helpUrl"), "pages": []})
            d["pages"].append((rel, [n_["target"] for n_ in v["nodes"]], [n_.get("failureSummary", "") for n_ in v["nodes"]]))

    worst_fail = False
    total = 0
    for imp in reversed(IMPACTS):
        rules = by_impact[imp]
        if not rules:
            continue
        cnt = sum(len(p[1]) for d in rules.values() for p in d["pages"])
        total += cnt
        print(f"\n== {imp.upper()}: {len(rules)} rule(s), {cnt} node(s)")
        for rid, d in sorted(rules.items()):
            print(f"  [{rid}] {d['help']} ({len(d['pages'])} page(s))  {d['url'] or ''}")
            for rel, targets, summaries in d["pages"][: (3 if a.quiet else 20)]:
                print(f"    {rel}: {', '.join(' '.join(t) if isinstance(t, list) else str(t) for t in targets[:5])}")
                if not a.quiet and summaries and summaries[0]:
                    print("      " + summaries[0].replace("\n", "\n      ")[:400])
            if len(d["pages"]) > (3 if a.quiet else 20):
                print(f"    ... and {len(d['pages']) - (3 if a.quiet else 20)} more page(s)")
        if IMPACTS.index(imp) >= IMPACTS.index(a.fail_on):
            worst_fail = True

    summary = ", ".join(f"{imp}: {sum(len(p[1]) for d in by_impact[imp].values() for p in d['pages'])}" for imp in reversed(IMPACTS))
    print(f"\ncheck-a11y: {len(pages)} pages{' (dark)' if a.dark else ''}{' (mobile)' if a.mobile else ''}, axe-core {version}, {elapsed:.1f}s; violations by impact: {summary}", file=sys.stderr)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump({"axe": version, "tags": options["runOnly"]["values"], "pages": results}, fh, indent=1)
    if errors:
        return 2
    if worst_fail:
        print(f"check-a11y: FAILED (violations at or above '{a.fail_on}')", file=sys.stderr)
        return 1
    print("check-a11y: OK" + (f" (violations below '{a.fail_on}' ignored)" if total else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
