#!/usr/bin/env python3
"""check_sitemap.py FILE... [--site-url URL] [--root DIR] — sitemap rules beyond the XSD.

Koho's copy of shared/tools/check_sitemap.py; the venv is Koho's own (.build-check/venv).

The XSD (schemas/sitemap.xsd, schemas/siteindex.xsd, run by check-sitemap.sh through xmllint)
covers structure, element order, changefreq/priority values, lastmod date/dateTime syntax and
loc length. This adds what the XSD can't express:
  - <loc> is an absolute http(s) URL (the XSD's anyURI also accepts relative ones), no fragment
  - all <loc>s on the site's own host and under SITE_URL (sitemaps.org: same host, same or lower path)
  - no duplicate <loc>; <= 50,000 URLs and <= 50 MiB uncompressed per file
  - lastmod with a time must carry a time zone (W3C Datetime); lastmod not in the future
  - with --root: every <loc> maps to a file in the output folder (dir/ -> dir/index.html), and
    HTML pages missing from the sitemap are listed (warning; any 404.html and noindex pages skipped)
Exit 0 ok, 1 problems (warnings count unless --allow-warnings), 2 usage.
"""
import os as _os, sys as _sys
# Re-run inside the check venv ($KOHO_CHECK_VENV, default: .build-check/venv in the repository) when started
# with another interpreter, so `python3 shared/tools/THIS.py ...` works too.
_VENV = _os.environ.get("KOHO_CHECK_VENV") or _os.path.join(
    _os.path.dirname(_os.path.dirname(_os.path.dirname(_os.path.abspath(__file__)))), ".build-check", "venv")
if (_os.path.realpath(_sys.prefix) != _os.path.realpath(_VENV) and _os.path.exists(_VENV + "/bin/python")
        and not _os.environ.get("_KOHO_TOOLS_REEXEC")):
    _os.environ["_KOHO_TOOLS_REEXEC"] = "1"
    _os.execv(_VENV + "/bin/python", [_VENV + "/bin/python", _os.path.abspath(__file__)] + _sys.argv[1:])
import argparse
import datetime as dt
import os
import re
import sys
from urllib.parse import unquote, urlparse

from lxml import etree

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
W3CDT = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--site-url", default=os.environ.get("SITE_URL"))
    ap.add_argument("--root", help="site output dir: check that every <loc> exists there")
    ap.add_argument("--allow-warnings", action="store_true")
    a = ap.parse_args()
    site = urlparse(a.site_url) if a.site_url else None
    site_prefix = a.site_url.rstrip("/") + "/" if a.site_url else None
    now = dt.datetime.now(dt.timezone.utc)
    bad = False
    all_locs = set()
    for path in a.files:
        errors, warnings = [], []
        size = os.path.getsize(path)
        if size > 50 * 1024 * 1024:
            errors.append((None, f"file is {size} bytes; the limit is 50 MiB uncompressed"))
        try:
            root = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        except etree.XMLSyntaxError as e:
            print(f"{path}: error: XML not well-formed: {e}")
            bad = True
            continue
        if root.tag not in (NS + "urlset", NS + "sitemapindex"):
            errors.append((root.sourceline, f"root element must be <urlset> or <sitemapindex> in namespace "
                                            f"http://www.sitemaps.org/schemas/sitemap/0.9 (got {root.tag})"))
        child = "url" if root.tag == NS + "urlset" else "sitemap"
        entries = root.findall(NS + child)
        if len(entries) > 50000:
            errors.append((root.sourceline, f"{len(entries)} entries; the limit is 50,000 per file"))
        if not entries:
            errors.append((root.sourceline, f"no <{child}> entries"))
        seen = {}
        for e in entries:
            loc_el = e.find(NS + "loc")
            if loc_el is None:
                continue  # the XSD reports it
            loc = (loc_el.text or "").strip()
            ln = loc_el.sourceline
            u = urlparse(loc)
            if u.scheme not in ("http", "https") or not u.netloc:
                errors.append((ln, f"<loc> must be an absolute http(s) URL (got {loc!r})"))
            if u.fragment:
                warnings.append((ln, f"<loc> has a #fragment: {loc!r}"))
            if site and u.netloc and (u.scheme, u.netloc) != (site.scheme, site.netloc):
                errors.append((ln, f"<loc> {loc!r} is not on the site's host {site.scheme}://{site.netloc}"))
            elif site_prefix and u.netloc and not (loc + "/").startswith(site_prefix) and loc != site_prefix.rstrip("/"):
                errors.append((ln, f"<loc> {loc!r} is outside {site_prefix}"))
            if loc in seen:
                errors.append((ln, f"duplicate <loc> {loc!r} (first at line {seen[loc]})"))
            seen.setdefault(loc, ln)
            all_locs.add(unquote(loc))  # compared with file paths below: UTF-8 folder names
            lm = e.find(NS + "lastmod")
            if lm is not None:
                v = (lm.text or "").strip()
                if not W3CDT.match(v):
                    errors.append((lm.sourceline, f"<lastmod> {v!r} is not a W3C Datetime (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+00:00)"))
                elif "T" in v and not re.search(r"(Z|[+-]\d{2}:\d{2})$", v):
                    errors.append((lm.sourceline, f"<lastmod> {v!r} has a time but no time zone"))
                else:
                    try:
                        d = dt.datetime.fromisoformat(v.replace("Z", "+00:00")) if "T" in v or len(v) == 10 else None
                        if d is not None:
                            if d.tzinfo is None:
                                d = d.replace(tzinfo=dt.timezone.utc)
                            if d > now + dt.timedelta(days=1):
                                warnings.append((lm.sourceline, f"<lastmod> {v!r} is in the future"))
                    except ValueError as ex:
                        errors.append((lm.sourceline, f"<lastmod> {v!r}: {ex}"))
            if a.root and site_prefix and loc.startswith(site_prefix) and child == "url":
                rel = unquote(urlparse(loc).path)[len(urlparse(site_prefix).path):]
                target = os.path.join(a.root, rel)
                if rel == "" or rel.endswith("/"):
                    target = os.path.join(target, "index.html")
                if not os.path.isfile(target) and not os.path.isfile(target + ".html"):
                    errors.append((ln, f"<loc> {loc!r} has no file in the output ({os.path.relpath(target, a.root)})"))
        for kind, lst in (("error", errors), ("warning", warnings)):
            for ln, msg in lst:
                print(f"{path}:{ln}: {kind}: {msg}" if ln else f"{path}: {kind}: {msg}")
        failed = bool(errors or (warnings and not a.allow_warnings))
        bad |= failed
        print(f"check-sitemap: {'FAILED' if failed else 'OK'}: {path} ({len(entries)} entries, "
              f"{len(errors)} errors, {len(warnings)} warnings)", file=sys.stderr)

    # pages missing from the sitemap
    if a.root and site_prefix and all_locs:
        missing = []
        for dp, _dn, fn in os.walk(a.root):
            for f in fn:
                if not f.endswith(".html"):
                    continue
                rel = os.path.relpath(os.path.join(dp, f), a.root).replace(os.sep, "/")
                # error pages, also under a base path (city/404.html when checking a staging parent)
                if f == "404.html" or "404" in rel.split("/")[:-1]:
                    continue
                with open(os.path.join(dp, f), "rb") as fh:
                    head = fh.read(4096).lower()
                if b"noindex" in head or b'http-equiv="refresh"' in head:
                    continue
                url = site_prefix + (rel[:-len("index.html")] if rel.endswith("index.html") else rel)
                if url not in all_locs and url.rstrip("/") not in all_locs:
                    missing.append(rel)
        for rel in sorted(missing):
            print(f"{a.root}: warning: page {rel} is not listed in any sitemap")
        if missing and not a.allow_warnings:
            bad = True
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
