#!/usr/bin/env python3
"""What a first search downloads: for each query, the bytes (gzip -9) of meta.json, the term shards of its
terms and the document chunks of its top 10 results, read from a built site's search index.

usage: scripts/search-first-query.py OUTPUT [QUERY ...] [--json]

OUTPUT is a built site (`public/`) or its `search/index/` folder. Without queries: 子育て すずき suzuki
ごみの出し方 passport. The script reads the index by the format in docs/decisions.md ("Search index") on its
own — normalisation, tokens, FNV-1a shards, LEB128 postings, the ranking — so it also checks the format: a
token in the wrong shard or out of order, a bad varint or a bad stamp stops it with a message.
"""
import argparse
import gzip
import json
import math
import os
import sys
import unicodedata

try:
    import regex  # \p{Script=…}; Debian: python3-regex
except ImportError:  # pragma: no cover
    regex = None

DEFAULT_QUERIES = ["子育て", "すずき", "suzuki", "ごみの出し方", "passport"]
SMALL_KANA = {0x3041: 0x3042, 0x3043: 0x3044, 0x3045: 0x3046, 0x3047: 0x3048, 0x3049: 0x304A, 0x3063: 0x3064,
              0x3083: 0x3084, 0x3085: 0x3086, 0x3087: 0x3088, 0x308E: 0x308F, 0x3095: 0x304B, 0x3096: 0x3051}
CJK = regex.compile(r"[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3006\u30fc]") \
    if regex else None


def normalize(text):
    """NFKC, lowercase code point by code point, katakana → hiragana, small kana → large."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        for c in ch.lower():
            v = ord(c)
            if 0x30A1 <= v <= 0x30F6 or v in (0x30FD, 0x30FE):
                v -= 0x60
            out.append(chr(SMALL_KANA.get(v, v)))
    return "".join(out)


def char_class(c):
    if CJK is not None and CJK.match(c):
        return "cjk"
    if CJK is None and (0x3005 <= ord(c) <= 0x3007 or 0x3041 <= ord(c) <= 0x30FF or 0x3400 <= ord(c) <= 0x9FFF
                        or 0xAC00 <= ord(c) <= 0xD7A3 or 0x20000 <= ord(c) <= 0x3FFFF):
        return "cjk"
    return "word" if unicodedata.category(c)[0] in "LMN" else "other"


def runs(text):
    run, kind = [], "other"
    for c in text:
        k = char_class(c)
        if k != kind and run:
            yield "".join(run), kind
            run = []
        kind = k
        if k != "other":
            run.append(c)
    if run:
        yield "".join(run), kind


def typed_tag(piece):
    """A hashtag typed in a query (`#南区防災`): its indexed token, or None."""
    if not piece.startswith("#"):
        return None
    name = piece[1:]
    while name and char_class(name[-1]) == "other":
        name = name[:-1]
    return "#" + name if name else None


def query_terms(query):
    """[(term, is_prefix)], each once, in order; and the terms that lead a CJK run of the query. A hashtag
    is a prefix term of the tags' tokens."""
    terms, leading = [], set()
    pieces = []
    for piece in normalize(query).split():
        tag = typed_tag(piece)
        if tag:
            if (tag, True) not in terms:
                terms.append((tag, True))
        else:
            pieces.append(piece)
    for run, kind in (r for piece in pieces for r in runs(piece)):
        if kind == "word":
            new = [(run, True)]
        elif len(run) <= 2:
            new = [(run, False)]
        else:
            starts = [0]
            while starts[-1] + 3 < len(run):
                starts.append(min(starts[-1] + 2, len(run) - 3))
            new = [(run[i:i + 3], False) for i in starts]
        if kind != "word":
            leading.add(new[0][0])
        terms += [t for t in new if t not in terms]
    return terms, leading


def shard_key(token):
    return token[:2] if char_class(token[0]) == "word" or token[0] == "#" else token


def fnv1a32(data):
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def varint(data, at):
    value, shift = 0, 0
    while True:
        if at >= len(data):
            raise ValueError(f"varint runs past the end at byte {at}")
        b = data[at]
        at += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, at
        shift += 7


def decode_shard(data, number, shards):
    """{token: [(doc, class, leads)]}, checking the magic, the order and that each token belongs here."""
    if data[:4] != b"KHS2":
        raise ValueError(f"terms/{number}.bin: no KHS2 magic")
    count, at = varint(data, 4)
    tokens, previous = {}, None
    for _ in range(count):
        length, at = varint(data, at)
        raw = data[at:at + length]
        at += length
        token = raw.decode("utf-8")
        if previous is not None and raw <= previous:
            raise ValueError(f"terms/{number}.bin: {token!r} is out of UTF-8 order")
        previous = raw
        if fnv1a32(shard_key(token).encode("utf-8")) % shards != number:
            raise ValueError(f"terms/{number}.bin: {token!r} belongs in another shard")
        n, at = varint(data, at)
        size, at = varint(data, at)
        end, doc, postings = at + size, 0, []
        for _ in range(n):
            v, at = varint(data, at)
            doc += v >> 3
            postings.append((doc, v & 3, bool(v & 4)))
        if at != end:
            raise ValueError(f"terms/{number}.bin: {token!r}'s postings are not {size} bytes")
        tokens[token] = postings
    if at != len(data):
        raise ValueError(f"terms/{number}.bin: {len(data) - at} bytes after the last token")
    return tokens


def gz(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


class Index:
    def __init__(self, folder):
        self.folder = folder
        self.meta_bytes = self.read("meta.json")
        self.meta = json.loads(self.meta_bytes)
        self.shards = self.meta["shards"]
        self.n = self.meta["documents"]
        self.weights = self.meta["weights"]
        self.cache = {}

    def read(self, path):
        with open(os.path.join(self.folder, path), "rb") as f:
            return f.read()

    def shard(self, number):
        if number not in self.cache:
            self.cache[number] = decode_shard(self.read(f"terms/{number}.bin"), number, self.shards)
        return self.cache[number]

    def shard_of(self, term):
        return fnv1a32(shard_key(term).encode("utf-8")) % self.shards

    def idf(self, df):
        return math.log(1 + self.n / df)

    def matches(self, term, prefix, leads=False):
        """{doc: score} of one term: exact, or the best word starting with it (exact ×1.5); a term leading a
        run of the query ×1.5 where it starts a run in the document too."""
        tokens = self.shard(self.shard_of(term))
        scores = {}
        words = [t for t in tokens if t.startswith(term)] if prefix else ([term] if term in tokens else [])
        for word in words:
            postings = tokens[word]
            idf = self.idf(len(postings))
            boost = 1.5 if prefix and word == term else 1.0
            for doc, cls, starts in postings:
                s = self.weights[cls] * idf * boost * (1.5 if leads and starts else 1.0)
                if s > scores.get(doc, 0):
                    scores[doc] = s
        return scores

    def search(self, query, top=10):
        terms, leading = query_terms(query)
        per_term = [self.matches(t, p, t in leading and not p) for t, p in terms]
        if not per_term:
            return terms, [], False
        docs = set.intersection(*(set(m) for m in per_term))
        partial = False
        if not docs:
            counts = {}
            for m in per_term:
                for d in m:
                    counts[d] = counts.get(d, 0) + 1
            best = max(counts.values(), default=0)
            if best * 2 >= len(per_term):
                docs = {d for d, c in counts.items() if c == best}
                partial = True
        ranked = sorted(docs, key=lambda d: (-sum(m.get(d, 0) for m in per_term), d))
        if not ranked and any(p and t.startswith("#") for t, p in terms):
            # A hashtag no entry carries: its characters as text, after its own shard was read.
            more, ranked, partial = self.search(query.replace("#", " ").replace("＃", " "), top)
            return terms + [t for t in more if t not in terms], ranked, partial
        return terms, ranked[:top], partial

    def first_query(self, query):
        terms, top, partial = self.search(query)
        shards = sorted({self.shard_of(t) for t, _ in terms})
        chunks = sorted({d // self.meta["chunk"] for d in top})
        files = [("meta.json", self.meta_bytes)] + [(f"terms/{n}.bin", self.read(f"terms/{n}.bin")) for n in shards] \
            + [(f"docs/{n}.json", self.read(f"docs/{n}.json")) for n in chunks]
        titles = []
        for d in top:
            chunk = json.loads(self.read(f"docs/{d // self.meta['chunk']}.json"))
            entry = chunk[d % self.meta["chunk"]]
            titles.append(f"{entry['k']}:{entry['t']}")
        return {
            "query": query, "terms": [("*" if p else "") + t for t, p in terms], "results": len(top),
            "partial": partial, "top": titles, "shards": shards, "chunks": chunks,
            "raw": sum(len(b) for _, b in files), "gzip": sum(gz(b) for _, b in files),
            "files": {name: {"raw": len(b), "gzip": gz(b)} for name, b in files},
        }


def summary(folder):
    index = Index(folder)
    shard_sizes = []
    for n in range(index.shards):
        data = index.read(f"terms/{n}.bin")
        index.shard(n)  # decodes and checks every shard
        shard_sizes.append((len(data), gz(data), n))
    chunk_sizes = []
    n = 0
    while os.path.exists(os.path.join(folder, f"docs/{n}.json")):
        data = index.read(f"docs/{n}.json")
        chunk_sizes.append((len(data), gz(data)))
        n += 1
    expected_chunks = -(-index.n // index.meta["chunk"])
    if n != expected_chunks:
        raise ValueError(f"{n} document chunks, not {expected_chunks}")
    largest = max(shard_sizes)
    return {
        "documents": index.n, "shards": index.shards,
        "term_bytes": sum(s[0] for s in shard_sizes), "term_gzip": sum(s[1] for s in shard_sizes),
        "largest_shard": {"number": largest[2], "raw": largest[0], "gzip": largest[1]},
        "chunks": len(chunk_sizes), "chunk_bytes": sum(c[0] for c in chunk_sizes),
        "chunk_gzip": sum(c[1] for c in chunk_sizes),
        "chunk_raw_mean": round(sum(c[0] for c in chunk_sizes) / max(1, len(chunk_sizes))),
        "chunk_gzip_mean": round(sum(c[1] for c in chunk_sizes) / max(1, len(chunk_sizes))),
        "chunk_raw_max": max((c[0] for c in chunk_sizes), default=0),
        "tokens": sum(len(index.shard(k)) for k in range(index.shards)),
    }, index


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("output", help="a built site (public/) or its search/index/ folder")
    p.add_argument("queries", nargs="*", default=DEFAULT_QUERIES)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = p.parse_args()
    folder = a.output
    if not os.path.exists(os.path.join(folder, "meta.json")):
        folder = os.path.join(folder, "search", "index")
    try:
        totals, index = summary(folder)
        queries = [index.first_query(q) for q in a.queries]
    except (OSError, ValueError, KeyError) as error:
        print(f"{folder}: {error}", file=sys.stderr)
        return 1
    if a.json:
        print(json.dumps({"index": totals, "queries": queries}, ensure_ascii=False, indent=2))
        return 0
    t = totals
    print(f"{t['documents']} documents, {t['tokens']} tokens in {t['shards']} shards: "
          f"{t['term_bytes']:,} bytes ({t['term_gzip']:,} gzip); largest shard {t['largest_shard']['raw']:,} "
          f"({t['largest_shard']['gzip']:,} gzip)")
    print(f"{t['chunks']} document chunks: {t['chunk_bytes']:,} bytes ({t['chunk_gzip']:,} gzip), "
          f"mean {t['chunk_raw_mean']:,} ({t['chunk_gzip_mean']:,} gzip), largest {t['chunk_raw_max']:,}")
    print(f"{'query':<14} {'terms':>5} {'shards':>6} {'chunks':>6} {'results':>7} {'raw':>9} {'gzip -9':>9}")
    for q in queries:
        mark = " (partial)" if q["partial"] else ""
        print(f"{q['query']:<14} {len(q['terms']):>5} {len(q['shards']):>6} {len(q['chunks']):>6} "
              f"{q['results']:>7} {q['raw']:>9,} {q['gzip']:>9,}{mark}  {' / '.join(q['top'][:3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
