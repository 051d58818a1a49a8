#!/usr/bin/env python3
"""check-search.py --koho PATH [options] — the site search in headless Chromium, as a visitor uses it.

Builds the example site under a base path (`koho build --base-url http://127.0.0.1:PORT/city/`), serves it
with Python's http.server so it lives under /city/, then types queries (real key events) into the header box
and the search page and reads the results: 鈴木 by すずき and by suzuki, the child-care department by 子育て,
an English word, a one-character query, hashtags (#桜まつり, ＃防災, and #ごみ that no entry carries), ?q= in
the URL on load, the URL kept by history.replaceState, the matched text in <mark>, the keyboard path from the
box to a result, the box's no-JavaScript action (the staff directory), nothing fetched outside the base path,
no console errors, and axe-core (light, dark and 390 px) with no serious or critical violation on a results
page. The normalisation table shared with the index
writer (Tests/KohoSearchTests/Fixtures/normalization.tsv) goes through the page's own function.

Run by `make check-search` with the venv of scripts/site-tools.sh (selenium, axe-core, Chromium).
Prints one line per check and `N passed, N failed`; exit 0 all passed, 1 a check failed, 2 setup problem.
Options: --koho PATH (required)  --source DIR (the site, default the repository)  --keep DIR (keep the build)
"""
import argparse
import functools
import http.server
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
BASE = "city"


def load_a11y():
    """scripts/check-a11y.py as a module: its axe-core finder, browser finder and driver options."""
    sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
    spec = importlib.util.spec_from_file_location("check_a11y", os.path.join(HERE, "check-a11y.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def serve(directory):
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=directory))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


def build(koho, source, out, port):
    cmd = [koho, "build", "--source", source, "--base-url", f"http://127.0.0.1:{port}/{BASE}/", "--output", out]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        print(r.stdout, file=sys.stderr)
        raise SystemExit(f"check-search: koho build failed ({r.returncode})")


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"ok    {name}")
        else:
            self.failed.append(name)
            print(f"FAIL  {name}" + (f": {detail}" if detail else ""))
        return ok


def make_driver(a11y, width=1280, height=1000, dark=False):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    chrome = a11y.find_bin("CHROME_BIN", ["/usr/lib/chromium/chromium", "chromium", "chromium-browser", "google-chrome"])
    chromedriver = a11y.find_bin("CHROMEDRIVER", ["chromedriver", "/usr/lib/chromium/chromedriver"])
    if not chrome or not chromedriver:
        raise SystemExit(2)
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                "--lang=ja", f"--window-size={width},{height}"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(executable_path=chromedriver), options=opts)
    if dark:
        drv.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    drv.set_page_load_timeout(60)
    drv.set_script_timeout(60)
    return drv


def wait(drv, condition, timeout=10.0):
    """Polls `condition(drv)` until it is truthy (returned) or `timeout` seconds pass (None)."""
    end = time.time() + timeout
    while True:
        try:
            value = condition(drv)
        except Exception:  # noqa: BLE001 — the page may be between states
            value = None
        if value:
            return value
        if time.time() > end:
            return None
        time.sleep(0.05)


# What the search page shows, read back from the DOM: status text, groups with their result links.
READ_RESULTS = """
const page = document.getElementById('search-page');
if (!page || page.getAttribute('aria-busy') === 'true') return null;
const status = document.getElementById('search-status').textContent;
const groups = Array.from(document.querySelectorAll('#search-results section:not([hidden])')).map(s => ({
  heading: s.querySelector('h2').textContent,
  links: Array.from(s.querySelectorAll('li > a')).map(a => a.getAttribute('href')),
  marks: Array.from(s.querySelectorAll('mark')).map(m => m.textContent),
}));
return {status: status, groups: groups, url: location.pathname + location.search,
        query: document.getElementById('search-q').value};
"""


def results_for(drv, query, timeout=10.0):
    """The search page's results once its status speaks of `query` (the page's state after typing it)."""
    def done(d):
        r = d.execute_script(READ_RESULTS)
        return r if r and r["status"] and r["query"] == query and query in r["status"] else None
    return wait(drv, done, timeout)


def links(res):
    return [h for g in res["groups"] for h in g["links"]] if res else []


def group_links(res, heading):
    for g in (res or {}).get("groups", []):
        if g["heading"] == heading:
            return g["links"]
    return []


def type_into(drv, element, text, submit=False):
    """Clears `element` and types `text` with key events (what a person does), optionally pressing Enter."""
    from selenium.webdriver.common.keys import Keys
    element.click()
    element.send_keys(Keys.CONTROL, "a")
    element.send_keys(Keys.DELETE)
    element.send_keys(text)
    if submit:
        element.send_keys(Keys.ENTER)


def console_errors(drv):
    """Errors logged by the page (uncaught exceptions, failed loads) since the last call."""
    try:
        return [e["message"] for e in drv.get_log("browser") if e.get("level") == "SEVERE"]
    except Exception:  # noqa: BLE001 — a driver without the log
        return []


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--koho", required=True)
    ap.add_argument("--source", default=REPO)
    ap.add_argument("--keep")
    a = ap.parse_args()
    os.environ.setdefault("SE_OFFLINE", "true")
    os.environ.setdefault("SE_AVOID_STATS", "true")
    a11y = load_a11y()
    axe_js = a11y.find_axe()
    if not axe_js:
        print("check-search: missing axe.min.js (scripts/site-tools.sh installs it)", file=sys.stderr)
        return 2
    with open(axe_js, encoding="utf-8") as fh:
        axe_src = fh.read()

    stage = a.keep or tempfile.mkdtemp(prefix="koho-search.")
    os.makedirs(stage, exist_ok=True)
    srv = serve(stage)
    port = srv.server_address[1]
    root = f"http://127.0.0.1:{port}"
    site = f"{root}/{BASE}/"
    c = Checks()
    drivers = []
    try:
        build(a.koho, a.source, os.path.join(stage, BASE), port)
        out = os.path.join(stage, BASE)
        c.check("the build wrote the search page and its index",
                all(os.path.isfile(os.path.join(out, p)) for p in
                    ("search/index.html", "search/index/meta.json", "assets/search.js")))

        # Without JavaScript the header box leads to the staff directory.
        with open(os.path.join(out, "index.html"), encoding="utf-8") as fh:
            home_html = fh.read()
        form = re.search(r'<form role="search" class="header-search" action="([^"]*)"', home_html)
        c.check("without JavaScript the header box's action is the staff directory",
                form is not None and form.group(1) == f"/{BASE}/staff/", form.group(1) if form else "no form")

        drv = make_driver(a11y)
        drivers.append(drv)
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        # The header box: typed on the home page, Enter, the search page answers.
        drv.get(site)
        action = drv.execute_script("return document.querySelector('form.header-search').action")
        c.check("with JavaScript the header box asks the search page", action == f"{site}search/", action)
        type_into(drv, drv.find_element(By.ID, "header-search-q"), "すずき", submit=True)
        res = results_for(drv, "すずき")
        c.check("header box: すずき finds 鈴木 花子 among the staff",
                f"/{BASE}/staff/suzuki-hanako/" in group_links(res, "職員"), json.dumps(res, ensure_ascii=False))
        c.check("header box: the search page's URL carries the query",
                res is not None and urllib.parse.unquote(res["url"]) == f"/{BASE}/search/?q=すずき",
                res and res["url"])

        # The search page: typing updates the results and the URL (history.replaceState, debounced).
        box = drv.find_element(By.ID, "search-q")
        cases = [
            ("suzuki", "職員", f"/{BASE}/staff/suzuki-hanako/", "suzuki (romaji of the reading) finds 鈴木 花子"),
            ("子育て", "部署", f"/{BASE}/departments/kosodate/", "子育て finds the child-care department"),
            ("こそだて", "部署", f"/{BASE}/departments/kosodate/", "こそだて (its reading) finds it too"),
            ("garbage", "お知らせ", f"/{BASE}/posts/living-guide-en/", "an English word (garbage) finds the English guide"),
            ("桜", "お知らせ", f"/{BASE}/posts/sakura-matsuri-2025/", "a one-character query (桜) finds the festival"),
            ("カクウッコ", "お知らせ", f"/{BASE}/posts/kosodate-app/", "katakana and small kana (カクウッコ) find かくうっこ"),
            ("#桜まつり", "職員", f"/{BASE}/staff/ito-sakura/", "a hashtag (#桜まつり) finds who carries it"),
            ("＃防災", "お知らせ", f"/{BASE}/posts/sogo-bosai-kunren/", "a hashtag typed with ＃ (＃防災) finds a post tagged 防災"),
            ("#ごみ", "お知らせ", f"/{BASE}/posts/nenmatsu-nenshi/", "a hashtag nobody carries (#ごみ) searches its characters"),
            ("Ｅｍｉｌｙ", "職員", f"/{BASE}/staff/emily-carter/", "full-width letters (Ｅｍｉｌｙ) find Emily Carter"),
        ]
        for query, heading, want, name in cases:
            type_into(drv, box, query)
            res = results_for(drv, query)
            got = group_links(res, heading)
            c.check(f"search page: {name}", want in got, json.dumps(res, ensure_ascii=False)[:600])
            if query == "子育て":
                c.check("search page: the department is the first of its group", got[:1] == [want], got)
        c.check("search page: typing keeps the query in the URL (replaceState)",
                wait(drv, lambda d: urllib.parse.unquote(d.execute_script("return location.search")) == "?q=Ｅｍｉｌｙ"),
                drv.execute_script("return location.search"))
        type_into(drv, box, "zzqqxxyy")
        res = results_for(drv, "zzqqxxyy")
        c.check("search page: a query that matches nothing says so and lists nothing",
                res is not None and not links(res), res)

        # ?q= in the URL: results on load, grouped with headings, the match in <mark>.
        drv.get(site + "search/?q=" + urllib.parse.quote("防災"))
        res = results_for(drv, "防災")
        headings = [g["heading"] for g in (res or {}).get("groups", [])]
        c.check("?q=防災 on load: results in groups with headings (staff, departments, posts)",
                headings[:3] == ["職員", "部署", "お知らせ"], headings)
        c.check("?q=防災 on load: the matched text is highlighted",
                any("防災" in m for g in (res or {}).get("groups", []) for m in g["marks"]), res)
        c.check("?q=防災 on load: every result links inside the base path",
                bool(links(res)) and all(h.startswith(f"/{BASE}/") for h in links(res)), links(res))
        # Each language searches its own index: the English search page finds the English pages.
        drv.get(site + "en/search/?q=" + urllib.parse.quote("disaster"))
        res = results_for(drv, "disaster")
        c.check("/en/search/?q=disaster: results, every one an English page (/en/…)",
                bool(links(res)) and all(h.startswith(f"/{BASE}/en/") for h in links(res)), links(res))
        status_role = drv.execute_script("return document.getElementById('search-status').getAttribute('role')")
        c.check("the result count is in a live region (role=status)", status_role == "status", status_role)

        # Keyboard: from the box, Tab reaches the first result link; Enter follows it.
        box = drv.find_element(By.ID, "search-q")
        box.click()
        reached = None
        for _ in range(4):
            drv.switch_to.active_element.send_keys(Keys.TAB)
            reached = drv.execute_script(
                "const a = document.activeElement; return a && a.closest('#search-results') ? a.getAttribute('href') : null")
            if reached:
                break
        c.check("keyboard: Tab from the box reaches the first result", reached == links(res)[:1][0] if links(res) else False, reached)
        if reached:
            drv.switch_to.active_element.send_keys(Keys.ENTER)
            c.check("keyboard: Enter on a result opens it",
                    wait(drv, lambda d: d.execute_script("return location.pathname") == reached),
                    drv.execute_script("return location.pathname"))

        # window.kohoSearch and the shared normalisation table.
        drv.get(site + "search/")
        flat = drv.execute_async_script(
            "const cb = arguments[arguments.length - 1];"
            "window.kohoSearch('鈴木').then(r => cb(r), e => cb(String(e)));")
        c.check("window.kohoSearch('鈴木') puts 鈴木 花子 first",
                isinstance(flat, list) and flat[:1] and flat[0]["url"] == f"/{BASE}/staff/suzuki-hanako/", flat)
        table = os.path.join(REPO, "Tests", "KohoSearchTests", "Fixtures", "normalization.tsv")
        if os.path.isfile(table):
            rows = []
            with open(table, encoding="utf-8") as fh:
                for line in fh:
                    line = line.rstrip("\n")
                    if not line or line.startswith("#") or "\t" not in line:
                        continue
                    src, want = line.split("\t", 1)
                    rows.append([src, want])
            got = drv.execute_script("return arguments[0].map(r => window.kohoSearch.normalize(r[0]))", rows)
            bad = [(r[0], r[1], g) for r, g in zip(rows, got) if g != r[1]]
            c.check(f"the normalisation table ({len(rows)} rows) gives the same text in the browser",
                    bool(rows) and not bad, bad[:5])
        else:
            c.check("the normalisation table shared with the index writer exists", False, table)

        # Nothing was fetched outside the base path.
        drv.get(site + "search/?q=" + urllib.parse.quote("広報"))
        results_for(drv, "広報")
        outside = drv.execute_script(
            "return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
            ".filter(p => !p.startsWith(arguments[0]))", f"/{BASE}/")
        c.check("everything the page fetched is under the base path", not outside, outside)

        errors = console_errors(drv)
        c.check("no errors in the console", not errors, errors)

        # axe-core on a results page, light and dark.
        options = {"runOnly": {"type": "tag", "values": a11y.DEFAULT_TAGS.split(",")}, "resultTypes": ["violations"]}
        for mode in ("light", "dark", "390 px"):
            d2 = drv if mode == "light" else make_driver(a11y, dark=mode == "dark",
                                                          width=390 if mode == "390 px" else 1280, height=844)
            if d2 is not drv:
                drivers.append(d2)
            d2.get(site + "search/?q=" + urllib.parse.quote("防災"))
            results_for(d2, "防災")
            d2.execute_script(axe_src)
            r = d2.execute_async_script(
                "const cb = arguments[arguments.length - 1];"
                "axe.run(document, arguments[0]).then(r => cb(r.violations), e => cb({error: String(e)}));", options)
            bad = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}" for v in (r or [])
                   if isinstance(r, list) and v.get("impact") in ("serious", "critical")]
            c.check(f"axe-core: no serious or critical violation on the results page ({mode})",
                    isinstance(r, list) and not bad, bad or r)
    finally:
        for d in drivers:
            d.quit()
        srv.shutdown()
        if not a.keep:
            shutil.rmtree(stage, ignore_errors=True)

    print(f"check-search: {c.passed} passed, {len(c.failed)} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
