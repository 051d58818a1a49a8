#!/usr/bin/env python3
"""check_feed.py FILE... — offline validity checks for RSS 2.0, Atom 1.0 and JSON Feed 1.x files.

Koho's copy of shared/tools/check_feed.py, adapted: the venv is Koho's own (.build-check/venv, made by
scripts/site-check/install.sh), and Koho's own feed rules are added: <content:encoded> HTML has no relative
URLs either, items are newest first, and an RSS feed and a JSON Feed in the same folder list the same items.

Implements the feed checks that matter for a static site generator itself, on top of lxml (libxml2)
and feedparser (a lenient parser; its "bozo" flag marks malformed input):
  all:   XML well-formedness (libxml2 via lxml; same parser as xmllint), feedparser "bozo" flag,
         UTF-8 encoding
  RSS:   <rss version="2.0">, one <channel>; channel title/link/description; RFC-822 dates
         (pubDate, lastBuildDate) incl. day-of-week and calendar validity; atom:link rel="self"
         (absolute, type application/rss+xml, matches expected URL); absolute <link>s; every item
         has title or description, a guid (absolute URL unless isPermaLink="false"), unique guids;
         enclosure url/length/type; relative URLs inside description HTML; duplicate/unknown elements
  Atom:  feed id/title/updated (+author unless every entry has one); RFC-3339 dates; link rel=self;
         entry id/title/updated, unique ids, alternate link or content; absolute hrefs
  JSON:  JSON Feed 1.0/1.1 JSON Schema (schemas/jsonfeed-1.1.schema.json) + rules (unique ids,
         RFC-3339 dates, absolute URLs, feed_url matches expected)

Exit: 0 = clean, 1 = errors (or warnings, unless --allow-warnings), 2 = usage/setup problem.
Options: --site-url URL (or SITE_URL env): the site's public base URL; self links / feed_url must
         equal SITE_URL + the file's path relative to --root (default: the file's directory).
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
import calendar
import datetime as dt
import json
import os
import re
import sys
from urllib.parse import quote, unquote, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
RFC822 = re.compile(
    r"^(?:(?P<dow>[A-Za-z]{3}),\s*)?(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})\s+(?P<year>\d{2}|\d{4})\s+"
    r"(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s+"
    r"(?P<tz>UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Za-ik-z]|[+-]\d{4})$")
RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
RSS_CHANNEL = {"title", "link", "description", "language", "copyright", "managingEditor", "webMaster",
               "pubDate", "lastBuildDate", "category", "generator", "docs", "cloud", "ttl", "image",
               "rating", "textInput", "skipHours", "skipDays", "item"}
RSS_ITEM = {"title", "link", "description", "author", "category", "comments", "enclosure", "guid",
            "pubDate", "source"}


class Report:
    def __init__(self, path):
        self.path, self.errors, self.warnings = path, [], []
        self.ids = []  # item guids / ids in order, for the RSS <-> JSON Feed comparison

    def err(self, msg, line=None):
        self.errors.append((line, msg))

    def warn(self, msg, line=None):
        self.warnings.append((line, msg))

    def dump(self):
        for kind, lst in (("error", self.errors), ("warning", self.warnings)):
            for line, msg in lst:
                loc = f"{self.path}:{line}" if line else self.path
                print(f"{loc}: {kind}: {msg}")


def is_abs_url(u):
    p = urlparse(u or "")
    return p.scheme in ("http", "https") and bool(p.netloc)


def check_rfc822(s, what, rep, line):
    s = (s or "").strip()
    m = RFC822.match(s)
    if not m:
        rep.err(f"{what} must be an RFC-822 date-time, e.g. 'Mon, 01 Jan 2024 09:30:00 +0000' (got {s!r})", line)
        return None
    mon = m["mon"].title()
    if mon not in MONTHS:
        rep.err(f"{what}: bad month name {m['mon']!r}", line)
        return None
    year = int(m["year"])
    if len(m["year"]) == 2:
        rep.warn(f"{what}: use a 4-digit year ({s!r})", line)
        year += 1900 if year >= 50 else 2000
    day = int(m["day"])
    if not 1 <= day <= calendar.monthrange(year, MONTHS.index(mon) + 1)[1]:
        rep.err(f"{what}: day {day} does not exist in {mon} {year}", line)
        return None
    if int(m["h"]) > 23 or int(m["m"]) > 59 or int(m["s"] or 0) > 60:
        rep.err(f"{what}: bad time in {s!r}", line)
        return None
    d = dt.date(year, MONTHS.index(mon) + 1, day)
    if m["dow"]:
        if m["dow"].title() not in DAYS:
            rep.err(f"{what}: bad day name {m['dow']!r}", line)
        elif DAYS[d.weekday()] != m["dow"].title():
            rep.err(f"{what}: {d.isoformat()} is a {DAYS[d.weekday()]}, not {m['dow']} ({s!r})", line)
    if len(m["tz"]) == 1 or m["tz"] not in ("GMT", "UT") and not m["tz"][0] in "+-":
        rep.warn(f"{what}: prefer a numeric zone or GMT over {m['tz']!r}", line)
    return d


def parse_rfc822(s):
    """The instant of an RFC-822 date (None when it doesn't parse; check_rfc822 reports why)."""
    from email.utils import parsedate_to_datetime
    try:
        return parsedate_to_datetime((s or "").strip())
    except (TypeError, ValueError, IndexError):
        return None


def check_newest_first(dates, what, rep):
    """Koho: items are listed newest first."""
    known = [(d, ln) for d, ln in dates if d is not None and d.tzinfo is not None]
    for (a, _), (b, ln) in zip(known, known[1:]):
        if b > a:
            rep.err(f"{what} {b.isoformat()} is newer than the item before it ({a.isoformat()}): items must be newest first", ln)
            return


def check_rfc3339(s, what, rep, line):
    s = (s or "").strip()
    m = RFC3339.match(s)
    if not m:
        rep.err(f"{what} must be an RFC-3339 date-time, e.g. '2024-01-01T09:30:00Z' (got {s!r})", line)
        return
    try:
        dt.datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00").replace("t", "T"))
    except ValueError as e:
        rep.err(f"{what}: not a real date-time ({e}): {s!r}", line)


def html_relative_refs(html_text):
    """Relative href/src/srcset values inside escaped HTML content (readers cannot resolve them)."""
    from lxml import html as lh
    out = []
    try:
        frag = lh.fragment_fromstring(html_text, create_parent="div")
    except Exception:  # noqa: BLE001
        return out
    for el in frag.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "src", "poster"):
            v = el.get(attr)
            if v and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", v) and not v.startswith("#"):
                out.append(v)
        if el.get("srcset"):
            for part in el.get("srcset").split(","):
                u = part.strip().split(" ")[0]
                if u and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", u):
                    out.append(u)
    return out


def expected_url(path, args):
    site = args.site_url or os.environ.get("SITE_URL")
    if not site:
        return None
    root = args.root or os.path.dirname(os.path.abspath(path))
    rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root)).replace(os.sep, "/")
    # percent-encode non-ASCII folder names (tags/仙北市/feed.xml -> tags/%E4%BB%99.../feed.xml)
    return site.rstrip("/") + "/" + quote(rel, safe="/")


def same_url(a, b):
    """Equal up to percent-encoding, so both URL and IRI spellings of a UTF-8 path match."""
    return unquote(a or "") == unquote(b or "")


def check_rss(root, rep, path, args):
    if root.get("version") != "2.0":
        rep.err(f"<rss> must have version=\"2.0\" (got {root.get('version')!r})", root.sourceline)
    chans = [c for c in root if c.tag == "channel"]
    if len(chans) != 1:
        rep.err(f"<rss> must contain exactly one <channel> (found {len(chans)})", root.sourceline)
        if not chans:
            return
    ch = chans[0]
    counts = {}
    for c in ch:
        if not isinstance(c.tag, str):
            continue
        if c.tag.startswith("{"):
            continue
        counts[c.tag] = counts.get(c.tag, 0) + 1
        if c.tag not in RSS_CHANNEL:
            rep.warn(f"undefined channel element <{c.tag}> (use a namespace for extensions)", c.sourceline)
    for t, n in counts.items():
        if n > 1 and t not in ("item", "category"):
            rep.err(f"channel contains more than one <{t}>", ch.sourceline)
    for req in ("title", "link", "description"):
        el = ch.find(req)
        if el is None:
            rep.err(f"channel must contain <{req}>", ch.sourceline)
        elif req != "description" and not (el.text or "").strip():
            rep.err(f"channel <{req}> must not be empty", el.sourceline)
    link = ch.find("link")
    if link is not None and not is_abs_url((link.text or "").strip()):
        rep.err(f"channel <link> must be a full http(s) URL (got {(link.text or '').strip()!r})", link.sourceline)
    for dname in ("pubDate", "lastBuildDate"):
        el = ch.find(dname)
        if el is not None:
            check_rfc822(el.text, f"channel <{dname}>", rep, el.sourceline)
    lang = ch.find("language")
    if lang is not None and not re.match(r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", (lang.text or "").strip()):
        rep.err(f"<language> is not a language code: {(lang.text or '').strip()!r}", lang.sourceline)
    ttl = ch.find("ttl")
    if ttl is not None and not (ttl.text or "").strip().isdigit():
        rep.err("<ttl> must be a positive integer", ttl.sourceline)
    selfs = [l for l in ch.findall(f"{{{ATOM}}}link") if l.get("rel") == "self"]
    if not selfs:
        rep.warn('missing <atom:link rel="self" href="FEED_URL" type="application/rss+xml"/> in channel', ch.sourceline)
    for l in selfs:
        href = l.get("href", "")
        if not is_abs_url(href):
            rep.err(f"atom:link rel=self href must be an absolute URL (got {href!r})", l.sourceline)
        if l.get("type") not in (None, "application/rss+xml"):
            rep.warn(f"atom:link rel=self type should be application/rss+xml (got {l.get('type')!r})", l.sourceline)
        exp = expected_url(path, args)
        if exp and not same_url(href, exp):
            rep.err(f"self reference {href!r} does not match the feed's location {exp!r}", l.sourceline)
    if len(selfs) > 1:
        rep.err("more than one atom:link rel=self", ch.sourceline)

    items = ch.findall("item")
    # RSS 2.0: "A channel may contain any number of <item>s". Koho writes a feed for every staff member,
    # department and tag (DESIGN.md), so people can subscribe before the first post; an empty one is fine.
    guids, links = {}, {}
    dates = []
    for it in items:
        ln = it.sourceline
        icounts = {}
        for c in it:
            if isinstance(c.tag, str) and not c.tag.startswith("{"):
                icounts[c.tag] = icounts.get(c.tag, 0) + 1
                if c.tag not in RSS_ITEM:
                    rep.warn(f"undefined item element <{c.tag}>", c.sourceline)
        for t, n in icounts.items():
            if n > 1 and t != "category":
                rep.err(f"item contains more than one <{t}>", ln)
        title, desc = it.find("title"), it.find("description")
        if (title is None or not (title.text or "").strip()) and (desc is None or not (desc.text or "").strip()):
            rep.err("item must contain a <title> or a <description>", ln)
        il = it.find("link")
        if il is not None:
            u = (il.text or "").strip()
            if not is_abs_url(u):
                rep.err(f"item <link> must be a full http(s) URL (got {u!r})", il.sourceline)
            elif u in links:
                rep.warn(f"item <link> {u!r} repeats the link of the item at line {links[u]}", il.sourceline)
            links.setdefault(u, il.sourceline)
        g = it.find("guid")
        if g is None:
            rep.warn("item should contain a <guid>", ln)
        else:
            gv = (g.text or "").strip()
            if not gv:
                rep.err("<guid> must not be empty", g.sourceline)
            perma = g.get("isPermaLink", "true")
            if perma not in ("true", "false"):
                rep.err(f"guid isPermaLink must be true or false (got {perma!r})", g.sourceline)
            if perma == "true" and gv and not is_abs_url(gv):
                rep.err(f"guid is a permalink (isPermaLink defaults to true) but {gv!r} is not a full URL; "
                        "use isPermaLink=\"false\" or a full URL", g.sourceline)
            if gv in guids:
                rep.err(f"duplicate <guid> {gv!r} (first at line {guids[gv]})", g.sourceline)
            guids.setdefault(gv, g.sourceline)
        pd = it.find("pubDate")
        if pd is None:
            rep.warn("item has no <pubDate>", ln)
        else:
            check_rfc822(pd.text, "item <pubDate>", rep, pd.sourceline)
        for enc in it.findall("enclosure"):
            if not is_abs_url(enc.get("url", "")):
                rep.err(f"enclosure url must be a full URL (got {enc.get('url')!r})", enc.sourceline)
            if not (enc.get("length") or "").isdigit():
                rep.err("enclosure length must be an integer (bytes)", enc.sourceline)
            if not re.match(r"^[\w.+-]+/[\w.+-]+$", enc.get("type") or ""):
                rep.err(f"enclosure type must be a MIME type (got {enc.get('type')!r})", enc.sourceline)
        if desc is not None and desc.text:
            rel = html_relative_refs(desc.text)
            if rel:
                rep.warn(f"description HTML contains relative URL(s) {rel[:3]}: feed readers can't resolve them", desc.sourceline)
        # Koho: full content must not carry relative URLs either.
        for enc in it.findall(f"{{{CONTENT}}}encoded"):
            rel = html_relative_refs(enc.text or "")
            if rel:
                rep.err(f"content:encoded HTML contains relative URL(s) {rel[:3]}: feed readers can't resolve them", enc.sourceline)
        if pd is not None:
            dates.append((parse_rfc822(pd.text), pd.sourceline))
        if g is not None:
            rep.ids.append((g.text or "").strip())
    check_newest_first(dates, "item <pubDate>", rep)


def check_atom(root, rep, path, args):
    def txt(el, name):
        c = el.find(f"{{{ATOM}}}{name}")
        return c, (c.text or "").strip() if c is not None else ""

    for req in ("id", "title", "updated"):
        c, v = txt(root, req)
        if c is None:
            rep.err(f"<feed> must contain <{req}>", root.sourceline)
        elif not v and req != "title":
            rep.err(f"<feed> <{req}> must not be empty", c.sourceline)
    c, v = txt(root, "updated")
    if c is not None:
        check_rfc3339(v, "feed <updated>", rep, c.sourceline)
    c, v = txt(root, "id")
    if c is not None and v and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", v):
        rep.err(f"feed <id> must be an absolute IRI (got {v!r})", c.sourceline)
    links = root.findall(f"{{{ATOM}}}link")
    selfs = [l for l in links if l.get("rel") == "self"]
    if not selfs:
        rep.warn('missing <link rel="self" href="FEED_URL"/>', root.sourceline)
    for l in links:
        if not is_abs_url(l.get("href", "")):
            rep.warn(f"feed link href {l.get('href')!r} is not an absolute URL", l.sourceline)
    exp = expected_url(path, args)
    for l in selfs:
        if exp and not same_url(l.get("href"), exp):
            rep.err(f"self reference {l.get('href')!r} does not match the feed's location {exp!r}", l.sourceline)
    feed_author = root.find(f"{{{ATOM}}}author") is not None
    entries = root.findall(f"{{{ATOM}}}entry")
    ids = {}
    for e in entries:
        ln = e.sourceline
        for req in ("id", "title", "updated"):
            c, v = txt(e, req)
            if c is None:
                rep.err(f"<entry> must contain <{req}>", ln)
        c, v = txt(e, "updated")
        if c is not None:
            check_rfc3339(v, "entry <updated>", rep, c.sourceline)
        c, v = txt(e, "published")
        if c is not None:
            check_rfc3339(v, "entry <published>", rep, c.sourceline)
        c, v = txt(e, "id")
        if c is not None:
            if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", v):
                rep.err(f"entry <id> must be an absolute IRI (got {v!r})", c.sourceline)
            if v in ids:
                rep.err(f"duplicate entry <id> {v!r} (first at line {ids[v]})", c.sourceline)
            ids.setdefault(v, c.sourceline)
        elinks = e.findall(f"{{{ATOM}}}link")
        if e.find(f"{{{ATOM}}}content") is None and not any(l.get("rel", "alternate") == "alternate" for l in elinks):
            rep.err("entry must have <content> or a <link rel=\"alternate\">", ln)
        for l in elinks:
            if not is_abs_url(l.get("href", "")):
                rep.warn(f"entry link href {l.get('href')!r} is not an absolute URL", l.sourceline)
        if e.find(f"{{{ATOM}}}content") is None and e.find(f"{{{ATOM}}}summary") is None:
            rep.warn("entry has neither <summary> nor <content> (missing textual content)", ln)
        if not feed_author and e.find(f"{{{ATOM}}}author") is None:
            rep.err("entry has no <author> and the feed has none either", ln)


def check_json_feed(path, rep, args):
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (ValueError, UnicodeDecodeError) as e:
        rep.err(f"not valid UTF-8 JSON: {e}")
        return
    try:
        import jsonschema
    except ImportError:
        rep.err("python package jsonschema missing (run scripts/site-check/install.sh)")
        return
    with open(os.path.join(HERE, "schemas", "jsonfeed-1.1.schema.json"), encoding="utf-8") as fh:
        schema = json.load(fh)
    v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    for e in sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in e.absolute_path) or "(root)"
        rep.err(f"schema: at {where}: {e.message}")
    if not isinstance(doc, dict):
        return
    for key in ("home_page_url", "feed_url", "icon", "favicon"):
        if key in doc and isinstance(doc[key], str) and not is_abs_url(doc[key]):
            rep.err(f"{key} must be a full URL (got {doc[key]!r})")
    if "feed_url" not in doc:
        rep.warn("feed_url is strongly recommended (lets readers find the feed again)")
    exp = expected_url(path, args)
    if exp and isinstance(doc.get("feed_url"), str) and not same_url(doc["feed_url"], exp):
        rep.err(f"feed_url {doc['feed_url']!r} does not match the feed's location {exp!r}")
    if doc.get("version") == "https://jsonfeed.org/version/1":
        rep.warn("JSON Feed version 1 (1.0): consider 1.1 (authors instead of author)")
    seen = {}
    dates = []
    for i, it in enumerate(doc.get("items") or []):
        if not isinstance(it, dict):
            continue
        iid = it.get("id")
        rep.ids.append(iid)
        if isinstance(it.get("date_published"), str):
            try:
                dates.append((dt.datetime.fromisoformat(it["date_published"].replace("Z", "+00:00")), None))
            except ValueError:
                pass
        if "content_html" not in it and "content_text" not in it:
            rep.err(f"items[{i}] has neither content_html nor content_text")
        if iid is not None:
            if iid in seen:
                rep.err(f"items[{i}]: duplicate id {iid!r} (first at items[{seen[iid]}])")
            seen.setdefault(iid, i)
        for key in ("url", "external_url", "image", "banner_image"):
            if isinstance(it.get(key), str) and not is_abs_url(it[key]):
                rep.err(f"items[{i}].{key} must be a full URL (got {it[key]!r})")
        for key in ("date_published", "date_modified"):
            if isinstance(it.get(key), str):
                check_rfc3339(it[key], f"items[{i}].{key}", rep, None)
        if isinstance(it.get("content_html"), str):
            rel = html_relative_refs(it["content_html"])
            if rel:
                rep.warn(f"items[{i}].content_html contains relative URL(s) {rel[:3]}")
    check_newest_first(dates, "date_published", rep)


def check_file(path, args):
    rep = Report(path)
    with open(path, "rb") as fh:
        data = fh.read()
    if path.endswith(".json") or data.lstrip()[:1] == b"{":
        check_json_feed(path, rep, args)
        return rep
    from lxml import etree
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as e:
        rep.err(f"XML not well-formed: {e}")
        return rep
    m = re.match(rb'^<\?xml[^>]*encoding=["\']([^"\']+)', data)
    if m and m.group(1).lower() not in (b"utf-8", b"utf8"):
        rep.warn(f"encoding {m.group(1).decode()!r}: use UTF-8")
    import feedparser
    fp = feedparser.parse(data)
    if fp.bozo:
        exc = fp.get("bozo_exception")
        name = type(exc).__name__
        (rep.warn if name in ("CharacterEncodingOverride",) else rep.err)(f"feedparser bozo: {name}: {exc}")
    if root.tag == "rss":
        check_rss(root, rep, path, args)
    elif root.tag == f"{{{ATOM}}}feed":
        check_atom(root, rep, path, args)
    elif root.tag == "feed":
        rep.err("<feed> is not in the Atom namespace (xmlns=\"http://www.w3.org/2005/Atom\")", root.sourceline)
    else:
        rep.err(f"not an RSS 2.0 or Atom feed (root element {root.tag!r})", root.sourceline)
    return rep


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--site-url")
    ap.add_argument("--root", help="site output root (to compute the feed's public URL)")
    ap.add_argument("--allow-warnings", action="store_true", help="exit 0 when there are only warnings")
    a = ap.parse_args()
    bad = False
    reports = {}
    for f in a.files:
        if not os.path.isfile(f):
            print(f"{f}: error: no such file", file=sys.stderr)
            sys.exit(2)
        rep = check_file(f, a)
        reports[os.path.abspath(f)] = rep
        # Koho: feed.json carries the same items as the feed.xml beside it.
        if f.endswith(".json"):
            twin = reports.get(os.path.join(os.path.dirname(os.path.abspath(f)), "feed.xml"))
            if twin is None and os.path.isfile(os.path.join(os.path.dirname(f), "feed.xml")):
                twin = check_file(os.path.join(os.path.dirname(f), "feed.xml"), a)
            if twin is not None and twin.ids != rep.ids:
                rep.err(f"items differ from feed.xml's: {len(rep.ids)} ids here, {len(twin.ids)} guids there, "
                        f"first difference at item {next((i for i, (x, y) in enumerate(zip(rep.ids, twin.ids)) if x != y), min(len(rep.ids), len(twin.ids)))}")
        rep.dump()
        if rep.errors or (rep.warnings and not a.allow_warnings):
            bad = True
        status = "FAILED" if (rep.errors or (rep.warnings and not a.allow_warnings)) else "OK"
        print(f"check-feed: {status}: {f} ({len(rep.errors)} errors, {len(rep.warnings)} warnings)", file=sys.stderr)
    n_err = sum(len(r.errors) for r in reports.values())
    n_warn = sum(len(r.warnings) for r in reports.values())
    print(f"check-feed: {len(reports)} feeds, {n_err} errors, {n_warn} warnings", file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
