#!/usr/bin/env python3
"""Measures `koho serve` on a 10k-page site: how long a saved staff profile takes to reach the browser.

usage: scripts/bench-serve.py [--koho PATH] [--corpus DIR] [--saves N] [--staff N] [--posts N] [--departments N]

Writes the corpus (scripts/gen-corpus.py; 4,000 staff, 5,900 posts, 100 departments by default) into a
temporary folder unless --corpus names one that exists, starts the release `koho serve` on a free port and
waits for it. Then, --saves times (10), it rewrites one staff profile's role and times from the write until
the server says the rebuild is done (what makes an open page reload) and until the profile is served with
the new role (what the reloaded page shows); it prints each time and the medians. Then it times a profile
moved to another department (which other pages show, so the whole site is resolved and planned again) and a
change to site.yml (everything read again). Only the standard library; talks only to 127.0.0.1.
"""
import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url, timeout=60):
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.status, r.read()


def status(base, since):
    """The server's status once it differs from `since` (a long poll)."""
    return json.loads(get(f"{base}__koho/status?since={since}")[1])


def wait_until_serving(base, server, limit=600):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if server.poll() is not None:
            sys.exit(f"koho serve stopped (exit {server.returncode})")
        try:
            if get(base, timeout=5)[0] == 200:
                return time.monotonic() - start
        except OSError:
            time.sleep(0.2)
    sys.exit("koho serve did not answer in time")


def timed_change(base, write, page, expected):
    """Runs `write` and returns (seconds until the rebuild is done, seconds until `page` shows `expected`)."""
    known = status(base, -1)
    start = time.perf_counter()
    write()
    current = known
    while current["building"] or current["version"] == known["version"]:
        current = status(base, current["serial"])
    done = time.perf_counter() - start
    while True:
        code, body = get(base + page)
        if code == 200 and expected.encode() in body:
            return done, time.perf_counter() - start
        if time.perf_counter() - start > 120:
            sys.exit(f"{page} never showed {expected!r}")
        time.sleep(0.005)


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--koho", help="the koho binary (default: the release build)")
    p.add_argument("--corpus", help="the site's folder; written there when it does not exist")
    p.add_argument("--saves", type=int, default=10)
    p.add_argument("--staff", type=int, default=4000)
    p.add_argument("--posts", type=int, default=5900)
    p.add_argument("--departments", type=int, default=100)
    a = p.parse_args()

    koho = a.koho
    if koho is None:
        bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], capture_output=True,
                                  text=True, check=True, cwd=os.path.dirname(HERE)).stdout.strip()
        koho = os.path.join(bin_path, "koho")
    corpus = a.corpus or tempfile.mkdtemp(prefix="koho-bench-serve-")
    made = not os.path.exists(os.path.join(corpus, "site.yml"))
    if made:
        subprocess.run([sys.executable, os.path.join(HERE, "gen-corpus.py"), corpus, "--staff", str(a.staff),
                        "--posts", str(a.posts), "--departments", str(a.departments)], check=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = tempfile.TemporaryFile()
    server = subprocess.Popen([koho, "serve", "--source", corpus, "--port", str(port)], stdout=log, stderr=log)
    site_yml = os.path.join(corpus, "site.yml")
    original_site = open(site_yml, encoding="utf-8").read()
    try:
        started = wait_until_serving(base, server)
        print(f"koho serve: {a.staff} staff, {a.posts} posts, {a.departments} departments; "
              f"serving after {started:.1f} s")
        def edit_profiles(count, label, step, fields):
            """`count` saves of a staff profile with `fields` rewritten (name → the value for save i, given the
            value it has); prints the times and their medians."""
            done_times, page_times = [], []
            # The profiles as the generator named them, spread over the directory.
            slugs = sorted(name[:-3] for name in os.listdir(os.path.join(corpus, "content/staff"))
                           if name.endswith(".md"))
            for i in range(count):
                slug = slugs[(i * step + 11) % len(slugs)]
                path = os.path.join(corpus, "content/staff", slug + ".md")
                changed = open(path, encoding="utf-8").read()
                values = {}
                for name, value in fields.items():
                    current = re.search(rf"^{name}: (.*)$", changed, flags=re.M).group(1)
                    values[name] = value(i, current)
                    changed = re.sub(rf"^{name}: .*$", f"{name}: {values[name]}", changed, count=1, flags=re.M)
                done, shown = timed_change(base, lambda: write_text(path, changed), f"staff/{slug}/", values["role"])
                done_times.append(done * 1000)
                page_times.append(shown * 1000)
                print(f"{label} {i + 1:2d} ({slug}): rebuilt {done * 1000:6.0f} ms, "
                      f"page with the new role {shown * 1000:6.0f} ms")
                time.sleep(0.3)
            print(f"median of {count} {label}s: rebuilt {statistics.median(done_times):.0f} ms, "
                  f"page with the new role {statistics.median(page_times):.0f} ms")

        edit_profiles(a.saves, "save", 397, {"role": lambda i, _: f"主事（測定 {i + 1} 回目）"})
        # Other pages list a member under their department: the whole site is resolved and planned again.
        edit_profiles(3, "department change", 211, {
            "department": lambda i, now: f"dept-{(int(now.removeprefix('dept-')) + 1) % a.departments:03d}",
            "role": lambda i, _: f"異動 {i + 1} 回目"})

        full = []
        for i in range(3):
            description = f"全体再構築の測定 {i + 1}"
            if re.search(r"^description:", original_site, flags=re.M):
                changed = re.sub(r"^description:.*$", f"description: {description}", original_site, count=1,
                                 flags=re.M)
            else:
                changed = original_site.rstrip("\n") + f"\ndescription: {description}\n"
            done, shown = timed_change(base, lambda: write_text(site_yml, changed), "", description)
            full.append(shown * 1000)
            print(f"site.yml change {i + 1}: rebuilt {done * 1000:.0f} ms, home page with the new description "
                  f"{shown * 1000:.0f} ms")
        print(f"median of 3 site.yml changes (everything rebuilt): {statistics.median(full):.0f} ms")
    finally:
        server.terminate()
        server.wait()
        write_text(site_yml, original_site)
        log.seek(0)
        lines = log.read().decode("utf-8", "replace").splitlines()
        print("server log (last lines):")
        for line in lines[-6:]:
            print("  " + line)
        if made and not a.corpus:
            shutil.rmtree(corpus, ignore_errors=True)


if __name__ == "__main__":
    main()
