#!/usr/bin/env python3
"""search-eval.py --koho PATH [options] — Koho's search side by side with Pagefind on the same built sites.

For each site (the example site of this repository; the generated benchmark site of --pages pages, the
shape `make bench-site` uses), it builds the site with koho under a base path (/city/), runs Pagefind
(PyPI `pagefind-bin-extended`, the venv's pinned version) over the very same output, serves it as a static
host would (nginx from Debian, HTTP/1.1 with keep-alive and gzip; `--server python` for Python's http.server)
and, in headless Chromium, asks both engines each query of its query set
(scripts/search-eval/queries-example.tsv, queries-bench.tsv): Koho through `window.kohoSearch(q, 10)`,
Pagefind through its JS API (`pagefind.search(q)`, then `.data()` of the first 10 results for their URLs).

Measures, per engine:
- recall@5 (how many of a query's right answers, at most 5 counted, are in the first five results) and
  MRR (1 / the rank of the first right answer in the first ten, 0 if none), per language and overall;
- the index on disk: files, bytes, and bytes after gzip -9 of each file (Pagefind: its bundle without the
  UI files, which the JS API does not load);
- the first query on a fresh page (the browser's cache emptied before each): the bytes of every index file
  the page fetched (from Chromium's performance resource entries, each file gzip -9'd here; the manifest
  included), the engine's code apart, and the time from the call to the answer (performance.now) on the
  loaded page with the engine ready as its page has it (Koho's manifest fetched when the search page opens,
  Pagefind's WebAssembly and manifest by init()); DevTools' network reporting is off while timing (it costs
  the browser time on every request, which a visitor's browser does not spend). Each query is timed --runs
  times (3), each on a fresh page, and its median kept. For Koho also the search page itself
  (/search/?q=…, grouped), which shows more than ten.

Prints the tables and writes --json (default .bench/search-eval.json). Exit 0; 1 when Koho's recall@5 on
the Japanese queries does not beat Pagefind's on a site; 2 setup problem.
Options: --koho PATH  --sites example,bench  --pages 10000  --seed 1  --runs 3  --server nginx|python
         --json FILE  --cache DIR (.bench)
"""
import argparse
import functools
import gzip
import hashlib
import http.server
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BASE = "city"
TOP = 10


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


class PythonServer:
    """Python's http.server (HTTP/1.0, a thread a request), on a free port."""
    name = "python http.server"

    def __init__(self, directory):
        self.srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=directory))
        self.port = self.srv.server_address[1]
        threading.Thread(target=self.srv.serve_forever, daemon=True).start()

    def shutdown(self):
        self.srv.shutdown()


NGINX_CONF = """daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types;
  types {{ application/octet-stream bin; application/wasm wasm; }}
  access_log off;
  client_body_temp_path {tmp}; proxy_temp_path {tmp}; fastcgi_temp_path {tmp}; uwsgi_temp_path {tmp}; scgi_temp_path {tmp};
  sendfile on; tcp_nopush on; tcp_nodelay on; keepalive_timeout 30;
  gzip on; gzip_comp_level 6; gzip_types application/json application/octet-stream application/javascript text/css;
  server {{ listen 127.0.0.1:{port}; root "{root}"; }}
}}
"""


class NginxServer:
    """nginx as a static host serves (keep-alive, sendfile, gzip), on a free port; its files in a temporary folder."""
    name = "nginx"

    def __init__(self, directory):
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not os.path.exists(binary):
            raise SystemExit("search-eval: needs nginx (scripts/site-check/install.sh --pagefind installs it)")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.tmp = tempfile.mkdtemp(prefix="koho-search-eval-nginx.")
        conf = os.path.join(self.tmp, "nginx.conf")
        with open(conf, "w", encoding="utf-8") as fh:
            fh.write(NGINX_CONF.format(tmp=self.tmp, port=self.port, root=os.path.abspath(directory)))
        self.proc = subprocess.Popen([binary, "-c", conf, "-p", self.tmp], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        end = time.time() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                if self.proc.poll() is not None or time.time() > end:
                    err = self.proc.stderr.read().decode(errors="replace") if self.proc.poll() is not None else ""
                    raise SystemExit(f"search-eval: nginx did not start: {err.strip()}")
                time.sleep(0.05)

    def shutdown(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        shutil.rmtree(self.tmp, ignore_errors=True)


SERVERS = {"nginx": NginxServer, "python": PythonServer}


def read_queries(path):
    """query, language, expected URLs — lines of query TAB language TAB URLs; `# ` starts a comment."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("# ") or line == "#":
                continue
            parts = line.split("\t")
            if len(parts) != 3 or parts[1] not in ("ja", "en") or not parts[2].split():
                raise SystemExit(f"{path}:{n}: expected query<TAB>ja|en<TAB>URLs")
            rows.append({"query": parts[0], "lang": parts[1], "expected": parts[2].split()})
    return rows


def gz(path):
    with open(path, "rb") as fh:
        return len(gzip.compress(fh.read(), compresslevel=9, mtime=0))


def pagefind_binary():
    try:
        from pagefind_bin_extended import get_executable
    except ImportError:
        raise SystemExit("search-eval: pagefind-bin-extended is not installed (scripts/site-check/install.sh --pagefind)")
    return str(get_executable())


def is_pagefind_ui(name):
    return "-ui" in name or "modular" in name or "highlight" in name or name.endswith(".css")


def index_size(folder, skip=None):
    files = size = packed = 0
    for dp, _, fn in os.walk(folder):
        for f in fn:
            rel = os.path.relpath(os.path.join(dp, f), folder)
            if skip and skip(rel):
                continue
            files += 1
            size += os.path.getsize(os.path.join(dp, f))
            packed += gz(os.path.join(dp, f))
    return {"files": files, "bytes": size, "gzip": packed}


def bench_source(cache, pages, seed):
    """The generated benchmark site, written once into CACHE/search-<pages>-s<seed>/ (again when the
    generator changes), with this repository's default theme as its own theme `search-eval` (the layouts and
    search.js of the working tree) without share cards, which the search does not need and which would be
    most of the build (10,000 PNGs)."""
    gen = os.path.join(REPO, "scripts", "bench-site", "benchsite", "corpus.py")
    with open(gen, "rb") as fh:
        stamp = hashlib.sha256(fh.read()).hexdigest()[:16]
    folder = os.path.join(cache, f"search-{pages}-s{seed}")
    site = os.path.join(folder, "site")
    stamp_file = os.path.join(folder, "stamp")
    if not (os.path.isfile(stamp_file) and open(stamp_file).read() == stamp):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        subprocess.run([sys.executable, os.path.join(REPO, "scripts", "gen-corpus.py"), site,
                        "--pages", str(pages), "--seed", str(seed)], check=True)
        with open(stamp_file, "w") as fh:
            fh.write(stamp)
    theme = os.path.join(site, "themes", "search-eval")
    shutil.rmtree(theme, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "themes", "default"), theme)
    with open(os.path.join(theme, "theme.yml"), "a", encoding="utf-8") as fh:
        fh.write("\ncards: false\n")
    config = os.path.join(site, "site.yml")
    with open(config, encoding="utf-8") as fh:
        text = fh.read()
    if "theme: search-eval" not in text:
        with open(config, "w", encoding="utf-8") as fh:
            fh.write("theme: search-eval\n" + "".join(l + "\n" for l in text.splitlines() if not l.startswith("theme:")))
    return site


def make_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    chrome = os.environ.get("CHROME_BIN") or next(
        (p for p in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "") if p and os.path.exists(p)), None)
    driver_bin = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not chrome or not driver_bin:
        raise SystemExit("search-eval: needs chromium and chromium-driver (scripts/site-tools.sh installs them)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--window-size=1280,1000"):
        opts.add_argument(arg)
    drv = webdriver.Chrome(service=Service(executable_path=driver_bin), options=opts)
    drv.set_page_load_timeout(120)
    drv.set_script_timeout(120)
    drv.execute_cdp_cmd("Network.enable", {})
    drv.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return drv


# Both engines answer a list of URLs (root-relative, with the base path) for a query.
KOHO_TOP = """
const [q, n, cb] = arguments;
const t0 = performance.now();
window.kohoSearch(q, n).then(r => cb({urls: r.map(x => x.url), ms: performance.now() - t0}),
                             e => cb({error: String(e)}));
"""
PAGEFIND_LOAD = """
const [bundle, base, cb] = arguments;
import(bundle + 'pagefind.js').then(async pf => {
  await pf.options({baseUrl: base, noWorker: true});
  await pf.init();
  await pf.search('');  // waits for the WebAssembly and the manifest, as a page that calls init() early has them
  window.__pagefind = pf; cb(true);
}, e => cb(String(e)));
"""
PAGEFIND_TOP = """
const [q, n, cb] = arguments;
const t0 = performance.now();
window.__pagefind.search(q).then(s => Promise.all(s.results.slice(0, n).map(r => r.data())))
  .then(ds => cb({urls: ds.map(d => d.url), ms: performance.now() - t0}), e => cb({error: String(e)}));
"""
RESOURCES = "return performance.getEntriesByType('resource').map(e => e.name);"


def strip_base(url):
    path = urllib.parse.urlsplit(url).path
    prefix = f"/{BASE}"
    return path[len(prefix):] if path.startswith(prefix + "/") else path


def score(rows, answers):
    """recall@5 and MRR@10 for each row; the means per language and overall."""
    per = []
    for row, got in zip(rows, answers):
        urls = [strip_base(u) for u in got]
        expected = set(row["expected"])
        found = len(expected & set(urls[:5]))
        recall = found / min(len(expected), 5)
        rank = next((i + 1 for i, u in enumerate(urls[:TOP]) if u in expected), None)
        per.append({"query": row["query"], "lang": row["lang"], "recall5": recall, "rr": 1 / rank if rank else 0.0,
                    "rank": rank, "top5": urls[:5]})
    summary = {}
    for lang in ("ja", "en", "all"):
        sel = [p for p in per if lang == "all" or p["lang"] == lang]
        if sel:
            summary[lang] = {"queries": len(sel), "recall5": sum(p["recall5"] for p in sel) / len(sel),
                             "mrr": sum(p["rr"] for p in sel) / len(sel)}
    return per, summary


def fetched(drv, out, since=0):
    """The site files the page fetched (after the first `since` entries): [(path, bytes, gzip bytes)]."""
    files = []
    for name in drv.execute_script(RESOURCES)[since:]:
        rel = strip_base(name).lstrip("/")
        path = os.path.join(out, urllib.parse.unquote(rel))
        if os.path.isfile(path):
            files.append((rel, os.path.getsize(path), gz(path)))
    return files


def is_code(rel):
    """The engine's code rather than its index: search.js; pagefind.js, its worker and its WebAssembly."""
    name = rel.rsplit("/", 1)[-1]
    return name in ("search.js", "pagefind.js", "pagefind-worker.js") or "wasm" in name


# The page has loaded (a visitor types into a page that is there) and the browser is idle.
SETTLED = """
const cb = arguments[arguments.length - 1];
const idle = () => requestIdleCallback(() => cb(true), {timeout: 500});
if (document.readyState === 'complete') idle(); else addEventListener('load', idle, {once: true});
"""
TRANSFERS = "return performance.getEntriesByType('resource').map(e => [e.name, e.transferSize]);"


def first_queries(drv, site, out, rows, engine, repeats):
    """Each query as the first on a fresh page, `repeats` times: the bytes of the index files fetched since the
    page opened (the manifest included) and of the engine's code, and the time from the call to the answer
    with the engine ready as its page would have it (Koho's manifest fetched on opening the search page;
    Pagefind's WebAssembly and manifest loaded by init()) on the loaded page; the median of the times.
    The cache is emptied before each page and DevTools' network reporting is off (make_driver turns it on
    for the cache switch; each request reported to DevTools costs the browser time a visitor's does not
    spend), and every index file must have come over the network."""
    drv.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
    drv.execute_cdp_cmd("Network.disable", {})
    try:
        # Round after round over all the queries, so that a busy moment of the machine falls on one run of
        # several queries rather than on every run of one.
        runs = [None] * len(rows)
        for _ in range(repeats):
            for i, row in enumerate(rows):
                drv.execute_cdp_cmd("Network.clearBrowserCache", {})
                run = first_query(drv, site, out, row, engine)
                ms = run.pop("ms")
                if runs[i] is None:
                    runs[i] = dict(run, ms_runs=[])
                runs[i]["ms_runs"].append(round(ms, 1))
        for run in runs:
            run["ms"] = statistics.median(run["ms_runs"])
        return runs
    finally:
        drv.execute_cdp_cmd("Network.enable", {})
        drv.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})


def open_search_page(drv, site):
    """The search page, loaded, with search.js run (window.kohoSearch defined) and the browser idle."""
    drv.get(site + "search/")
    drv.execute_async_script(SETTLED)
    ready = drv.execute_async_script(
        "const cb = arguments[0]; const t = Date.now(); (function w() {"
        " if (typeof window.kohoSearch === 'function') cb(true); else if (Date.now() - t > 10000) cb(false);"
        " else setTimeout(w, 10); })();")
    if not ready:
        raise SystemExit(f"search-eval: search.js did not run on {site}search/ "
                         f"(browser log: {drv.get_log('browser')[:3]})")


def first_query(drv, site, out, row, engine):
    """One query as the first on a fresh search page: {query, ms, files, bytes, gzip, code_gzip}."""
    open_search_page(drv, site)
    if engine == "koho":
        # search.js fetches the manifest when the search page opens; the query waits for the rest.
        drv.execute_async_script(
            "const cb = arguments[0]; const t = Date.now(); (function w() {"
            " if (performance.getEntriesByType('resource').some(e => e.name.includes('meta.json')) || Date.now() - t > 5000) cb();"
            " else setTimeout(w, 5); })();")
        r = drv.execute_async_script(KOHO_TOP, row["query"], TOP)
    else:
        ok = drv.execute_async_script(PAGEFIND_LOAD, f"/{BASE}/pagefind/", f"/{BASE}/")
        if ok is not True:
            raise SystemExit(f"search-eval: Pagefind did not load: {ok}")
        r = drv.execute_async_script(PAGEFIND_TOP, row["query"], TOP)
    if "error" in r:
        raise SystemExit(f"search-eval: {engine} failed on {row['query']!r}: {r['error']}")
    sizes = {}
    for name, size in drv.execute_script(TRANSFERS):
        if "/search/index/" in name or "/pagefind/" in name:
            sizes[name] = max(sizes.get(name, 0), size)
    cached = [strip_base(n) for n, size in sizes.items() if size == 0]
    if cached:
        raise SystemExit(f"search-eval: {engine} read {cached[0]} from the cache on a first query")
    everything = [f for f in fetched(drv, out) if f[0].startswith(("search/index/", "pagefind/", "assets/search.js"))]
    data = [f for f in everything if not is_code(f[0])]
    code = [f for f in everything if is_code(f[0])]
    return {"query": row["query"], "ms": r["ms"], "files": len(data),
            "bytes": sum(f[1] for f in data), "gzip": sum(f[2] for f in data),
            "code_gzip": sum(f[2] for f in code)}


def page_queries(drv, site, out, rows):
    """Koho's search page opened with ?q= on a fresh page: what it fetched until the results were shown."""
    runs = []
    for row in rows:
        drv.get(site + "search/?q=" + urllib.parse.quote(row["query"]))
        end = time.time() + 30
        while time.time() < end and drv.execute_script(
                "const p = document.getElementById('search-page');"
                "return !document.getElementById('search-status').textContent || p.getAttribute('aria-busy') === 'true'"):
            time.sleep(0.02)
        data = [f for f in fetched(drv, out) if "/search/index/" in "/" + f[0]]
        runs.append({"query": row["query"], "files": len(data), "bytes": sum(f[1] for f in data),
                     "gzip": sum(f[2] for f in data)})
    return runs


def median_max(values):
    return {"median": statistics.median(values), "max": max(values)} if values else None


def evaluate(name, source, queries, koho, pagefind, stage, server, repeats):
    root = os.path.join(stage, name)
    out = os.path.join(root, BASE)
    os.makedirs(root, exist_ok=True)
    srv = SERVERS[server](root)
    port = srv.port
    site = f"http://127.0.0.1:{port}/{BASE}/"
    try:
        t0 = time.time()
        subprocess.run([koho, "build", "--source", source, "--base-url", site, "--output", out], check=True,
                       stdout=subprocess.DEVNULL)
        koho_build = time.time() - t0
        pages = sum(1 for _, _, fn in os.walk(out) for f in fn if f.endswith(".html"))
        t0 = time.time()
        subprocess.run([pagefind, "--site", out, "--silent"], check=True)
        pagefind_build = time.time() - t0
        sizes = {"koho": index_size(os.path.join(out, "search", "index")),
                 "pagefind": index_size(os.path.join(out, "pagefind"), skip=is_pagefind_ui)}
        with open(os.path.join(out, "search", "index", "meta.json"), encoding="utf-8") as fh:
            meta = json.load(fh)

        drv = make_driver()
        try:
            open_search_page(drv, site)
            answers = {"koho": [], "pagefind": []}
            for row in queries:
                r = drv.execute_async_script(KOHO_TOP, row["query"], TOP)
                if "error" in r:
                    raise SystemExit(f"search-eval: Koho failed on {row['query']!r}: {r['error']}")
                answers["koho"].append(r["urls"])
            ok = drv.execute_async_script(PAGEFIND_LOAD, f"/{BASE}/pagefind/", f"/{BASE}/")
            if ok is not True:
                raise SystemExit(f"search-eval: Pagefind did not load: {ok}")
            for row in queries:
                r = drv.execute_async_script(PAGEFIND_TOP, row["query"], TOP)
                if "error" in r:
                    raise SystemExit(f"search-eval: Pagefind failed on {row['query']!r}: {r['error']}")
                answers["pagefind"].append(r["urls"])
            browser = drv.capabilities.get("browserVersion", "")
            page = page_queries(drv, site, out, queries)
        finally:
            drv.quit()
        # Each engine's first queries in a browser of their own, not one that has just run both engines'
        # every query (as a visitor's has not); one search page opened first, untimed, so the browser's own
        # start is not in the first query's time.
        first = {}
        for e in ("koho", "pagefind"):
            drv = make_driver()
            try:
                open_search_page(drv, site)
                first[e] = first_queries(drv, site, out, queries, e, repeats)
            finally:
                drv.quit()
    finally:
        srv.shutdown()

    result = {"site": name, "html_pages": pages, "documents": meta.get("documents"), "shards": meta.get("shards"),
              "server": srv.name, "chromium": browser, "runs": repeats, "load_average": os.getloadavg(),
              "build_seconds": {"koho": round(koho_build, 2), "pagefind_index": round(pagefind_build, 2)},
              "engines": {}}
    for e in ("koho", "pagefind"):
        per, summary = score(queries, answers[e])
        result["engines"][e] = {
            "summary": summary, "index": sizes[e], "queries": per,
            "first_query": {"runs": first[e],
                            "gzip": median_max([r["gzip"] for r in first[e]]),
                            "code_gzip": median_max([r["code_gzip"] for r in first[e]]),
                            "ms": median_max([r["ms"] for r in first[e]])}}
    result["engines"]["koho"]["search_page"] = {"runs": page, "gzip": median_max([r["gzip"] for r in page])}
    return result


def kb(n):
    return f"{n / 1024:.1f}"


def print_tables(results):
    print("\nRanking (recall@5 / MRR@10)")
    print(f"{'site':<9}{'engine':<10}{'queries':>8}{'R@5 ja':>9}{'R@5 en':>9}{'R@5 all':>9}{'MRR ja':>9}{'MRR en':>9}{'MRR all':>9}")
    for r in results:
        for e, v in r["engines"].items():
            s = v["summary"]
            cell = lambda lang, key: f"{s[lang][key]:.3f}" if lang in s else "-"  # noqa: E731
            print(f"{r['site']:<9}{e:<10}{s['all']['queries']:>8}{cell('ja', 'recall5'):>9}{cell('en', 'recall5'):>9}"
                  f"{cell('all', 'recall5'):>9}{cell('ja', 'mrr'):>9}{cell('en', 'mrr'):>9}{cell('all', 'mrr'):>9}")
    print("\nSize and first query (KB; gzip -9 of each file; first query on a fresh page, median / max over the queries;")
    print("  the time of a query is its median over the runs)")
    print(f"{'site':<9}{'engine':<10}{'files':>7}{'index':>10}{'index gz':>10}{'1st q gz':>16}{'code gz':>9}{'1st q ms':>16}")
    for r in results:
        for e, v in r["engines"].items():
            i, f = v["index"], v["first_query"]
            print(f"{r['site']:<9}{e:<10}{i['files']:>7}{kb(i['bytes']):>10}{kb(i['gzip']):>10}"
                  f"{kb(f['gzip']['median']) + ' / ' + kb(f['gzip']['max']):>16}{kb(f['code_gzip']['median']):>9}"
                  f"{f['ms']['median']:>9.1f} / {f['ms']['max']:.1f}")
        sp = r["engines"]["koho"]["search_page"]["gzip"]
        print(f"{r['site']:<9}{'koho page':<10}{'':>7}{'':>10}{'':>10}{kb(sp['median']) + ' / ' + kb(sp['max']):>16}"
              f"   (the search page, /search/?q=…, ten per group)")
    print("\nPer query (rank of the first right answer in the first ten; - none)")
    for r in results:
        k, p = r["engines"]["koho"]["queries"], r["engines"]["pagefind"]["queries"]
        for a, b in zip(k, p):
            print(f"  {r['site']:<8}{a['lang']}  koho {a['rank'] or '-':>2} R@5 {a['recall5']:.2f}   "
                  f"pagefind {b['rank'] or '-':>2} R@5 {b['recall5']:.2f}   {a['query']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--koho", required=True)
    ap.add_argument("--sites", default="example,bench")
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", default=os.path.join(REPO, ".bench", "search-eval.json"))
    ap.add_argument("--cache", default=os.path.join(REPO, ".bench"))
    ap.add_argument("--keep", help="build into this folder and keep it")
    ap.add_argument("--runs", type=int, default=3, help="times each first query is timed (median kept)")
    ap.add_argument("--server", choices=sorted(SERVERS), default="nginx")
    a = ap.parse_args()
    os.environ.setdefault("SE_OFFLINE", "true")
    os.environ.setdefault("SE_AVOID_STATS", "true")
    pagefind = pagefind_binary()
    version = subprocess.run([pagefind, "--version"], capture_output=True, text=True).stdout.strip()
    stage = a.keep or tempfile.mkdtemp(prefix="koho-search-eval.")
    os.chmod(stage, 0o755)  # nginx's workers run as another user (nobody) when started as root
    results = []
    try:
        for name in a.sites.split(","):
            if name == "example":
                source, qfile = REPO, os.path.join(HERE, "search-eval", "queries-example.tsv")
            elif name == "bench":
                source, qfile = bench_source(a.cache, a.pages, a.seed), os.path.join(HERE, "search-eval", "queries-bench.tsv")
            else:
                raise SystemExit(f"search-eval: unknown site {name!r} (example, bench)")
            print(f"search-eval: {name}: building, indexing with {version}, asking {qfile}", file=sys.stderr)
            results.append(evaluate(name, source, read_queries(qfile), a.koho, pagefind, stage, a.server, max(1, a.runs)))
    finally:
        if not a.keep:
            shutil.rmtree(stage, ignore_errors=True)
    print_tables(results)
    os.makedirs(os.path.dirname(os.path.abspath(a.json)), exist_ok=True)
    with open(a.json, "w", encoding="utf-8") as fh:
        json.dump({"pagefind": version, "pages": a.pages, "seed": a.seed, "sites": results}, fh, ensure_ascii=False, indent=1)
    print(f"\nsearch-eval: wrote {a.json}", file=sys.stderr)
    worse = [r["site"] for r in results
             if r["engines"]["koho"]["summary"].get("ja", {}).get("recall5", 0)
             <= r["engines"]["pagefind"]["summary"].get("ja", {}).get("recall5", 0)]
    if worse:
        print(f"search-eval: Koho's recall@5 on the Japanese queries does not beat Pagefind's on: {', '.join(worse)}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
