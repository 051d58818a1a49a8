// Koho: site search, answered in the browser from the index the build writes under search/index/ (meta.json,
// term shards terms/<n>.bin, document chunks docs/<n>.json). No server, nothing third-party, no build step.
// Every URL comes from the page (data-search-index, data-search-page), so the site works under any base path.
// The format, normalisation and tokens are the same as the writer's (Sources/KohoSearch); docs/architecture.md.
(function () {
  "use strict";
  var d = document;

  // MARK: Normalisation — NFKC, lowercase, katakana → hiragana, small kana → large (the kana order's first levels).
  var SMALL = { 0x3041: 0x3042, 0x3043: 0x3044, 0x3045: 0x3046, 0x3047: 0x3048, 0x3049: 0x304a, 0x3063: 0x3064,
    0x3083: 0x3084, 0x3085: 0x3086, 0x3087: 0x3088, 0x308e: 0x308f, 0x3095: 0x304b, 0x3096: 0x3051 };
  function foldPoint(c) {
    if (c >= 0x30a1 && c <= 0x30f6) c -= 0x60;
    else if (c === 0x30fd) c = 0x309d;
    else if (c === 0x30fe) c = 0x309e;
    return SMALL[c] || c;
  }
  // Lowercase one code point at a time, as the writer does: no context rules (a final Σ is σ, not ς).
  function normalize(s) {
    var out = "";
    for (var ch of String(s).normalize("NFKC")) {
      for (var lo of ch.toLowerCase()) {
        var c = lo.codePointAt(0), f = foldPoint(c);
        out += f === c ? lo : String.fromCodePoint(f);
      }
    }
    return out;
  }

  // The normalised text of `s` with, for each UTF-16 unit of it, where it came from in `s` (for highlighting):
  // each base character is folded with the marks that follow it, so ｶﾞ and か + ◌゙ map back whole.
  var ATTACHED = /^[\p{M}\uff9e\uff9f]$/u;
  function normalizeMapped(s) {
    var out = "", from = [], to = [], i = 0, chars = Array.from(s);
    for (var k = 0; k < chars.length;) {
      var start = i, piece = chars[k];
      i += chars[k].length; k += 1;
      while (k < chars.length && ATTACHED.test(chars[k])) { piece += chars[k]; i += chars[k].length; k += 1; }
      var f = normalize(piece);
      for (var u = 0; u < f.length; u++) { from.push(start); to.push(i); }
      out += f;
    }
    return { text: out, from: from, to: to };
  }

  // MARK: Tokens — CJK runs give unigrams, bigrams and trigrams; other letters, marks and digits give words.
  var CJK = /^[\p{Script=Han}\u3005-\u3007\p{Script=Hiragana}\p{Script=Katakana}\u30fc\p{Script=Hangul}]$/u;
  var WORD = /^[\p{L}\p{M}\p{N}]$/u;
  function classOf(ch) { return CJK.test(ch) ? 2 : WORD.test(ch) ? 1 : 0; }
  // Runs of one class in normalised text: [{cjk: bool, chars: [..], start: utf16 offset, end}].
  function runs(text) {
    var out = [], cur = null, pos = 0;
    for (var ch of text) {
      var c = classOf(ch);
      if (cur && cur.cls === c) { cur.chars.push(ch); cur.end = pos + ch.length; }
      else {
        if (cur && cur.cls) out.push(cur);
        cur = { cls: c, chars: [ch], start: pos, end: pos + ch.length };
      }
      pos += ch.length;
    }
    if (cur && cur.cls) out.push(cur);
    return out.map(function (r) { return { cjk: r.cls === 2, chars: r.chars, start: r.start, end: r.end }; });
  }
  // The index's tokens of a text: every CJK unigram, bigram and trigram, every word (for tests and the tables).
  function tokens(text) {
    var out = [];
    runs(normalize(text)).forEach(function (r) {
      if (!r.cjk) { out.push(r.chars.join("")); return; }
      var c = r.chars;
      c.forEach(function (ch, i) {
        out.push(ch);
        if (i + 1 < c.length) out.push(ch + c[i + 1]);
        if (i + 2 < c.length) out.push(ch + c[i + 1] + c[i + 2]);
      });
    });
    return out;
  }
  // Where a CJK run of `count` characters (three or more) is cut into trigrams: every other character and the
  // last three, so each pair of neighbours is inside one (子育て支援課 → 子育て, て支援, 支援課).
  function trigramStarts(count) {
    var starts = [0];
    while (starts[starts.length - 1] + 3 < count) starts.push(Math.min(starts[starts.length - 1] + 2, count - 3));
    return starts;
  }
  // A hashtag typed in a query (a piece after a space starting with # and holding a letter or digit): the
  // token its tag is indexed by, # and the normalised name without the separators after its last letter.
  function typedTag(piece) {
    if (piece.charAt(0) !== "#") return null;
    var chars = Array.from(piece.slice(1));
    while (chars.length && !classOf(chars[chars.length - 1])) chars.pop();
    return chars.length ? "#" + chars.join("") : null;
  }
  // A query's terms: a hashtag a prefix term of the tags' tokens; a CJK run of one or two characters its
  // unigram or bigram, a longer run its trigrams at trigramStarts (all required); a word a prefix term.
  // Repeated terms count once. A run's first term `leads`: where the index marks it as starting a run too
  // (林 of 林 太郎, not of 小林), it weighs more.
  function queryTerms(query) {
    var terms = [], seen = {};
    function add(token, prefix, leads, tag) {
      var key = (prefix ? "p:" : "e:") + token;
      if (key in seen) { if (leads) terms[seen[key]].leads = true; return; }
      seen[key] = terms.length;
      var cps = Array.from(token);
      terms.push({ token: token, prefix: prefix, leads: leads, tag: tag,
        key: prefix ? cps.slice(0, 2).join("") : token });
    }
    normalize(query).split(/\s+/).forEach(function (piece) {
      var tag = typedTag(piece);
      if (tag) { add(tag, true, false, true); return; }
      runs(piece).forEach(function (r) {
        if (!r.cjk) add(r.chars.join(""), true, false, false);
        else if (r.chars.length <= 2) add(r.chars.join(""), false, true, false);
        else trigramStarts(r.chars.length).forEach(function (i) {
          add(r.chars.slice(i, i + 3).join(""), false, i === 0, false);
        });
      });
    });
    return terms;
  }

  // MARK: Shards — FNV-1a 32-bit over the key's UTF-8 bytes, modulo the number of shards.
  var utf8 = new TextEncoder();
  function fnv1a(s) {
    var bytes = utf8.encode(s), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  }

  // Unsigned LEB128 varints read in place from a shard's bytes (arithmetic, not shifts: no 32-bit limit).
  function Reader(bytes, pos) { this.b = bytes; this.p = pos; }
  Reader.prototype.next = function () {
    var b = this.b, p = this.p, v = 0, scale = 1, byte;
    do {
      if (p >= b.length) throw new Error("truncated shard");
      byte = b[p++]; v += (byte & 0x7f) * scale; scale *= 128;
    } while (byte & 0x80);
    this.p = p;
    return v;
  };
  // A shard file: "KHS2", a count, then tokens in ascending order of their bytes, each with its postings.
  // Read once into typed arrays of where each token and its postings are; postings are decoded only when a
  // query asks for the token.
  function parseShard(buffer) {
    var b = new Uint8Array(buffer);
    if (b.length < 4 || b[0] !== 0x4b || b[1] !== 0x48 || b[2] !== 0x53 || b[3] !== 0x32) throw new Error("not a Koho shard");
    var r = new Reader(b, 4), count = r.next();
    var at = new Uint32Array(count), len = new Uint32Array(count), n = new Uint32Array(count),
      postings = new Uint32Array(count);
    for (var i = 0; i < count; i++) {
      len[i] = r.next(); at[i] = r.p; r.p += len[i];
      n[i] = r.next();
      var size = r.next();
      postings[i] = r.p; r.p += size;
    }
    return { bytes: b, count: count, at: at, len: len, n: n, postings: postings };
  }
  // Compares the token of entry `i` with `q` (bytes): <0, 0, >0; `prefix`: 0 when the token starts with q.
  function compare(shard, i, q, prefix) {
    var b = shard.bytes, at = shard.at[i], len = shard.len[i], n = Math.min(len, q.length);
    for (var k = 0; k < n; k++) if (b[at + k] !== q[k]) return b[at + k] - q[k];
    if (prefix) return len >= q.length ? 0 : -1;
    return len - q.length;
  }
  // The entries of `shard` that are `token` (or start with it): their numbers, in token order.
  function lookup(shard, token, prefix) {
    var q = utf8.encode(token), lo = 0, hi = shard.count;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (compare(shard, mid, q, false) < 0) lo = mid + 1; else hi = mid; }
    var found = [];
    for (var i = lo; i < shard.count && compare(shard, i, q, prefix) === 0; i++) {
      found.push(i);
      if (!prefix) break;
    }
    return { entries: found, bytes: q.length };
  }
  // Calls visit(document, field class, leads) for each posting of entry `i`: (id − previous id) × 8 + leads ×
  // 4 + class, where leads is 1 when the token starts a run in its field (林 in 林 太郎).
  function eachPosting(shard, i, visit) {
    var r = new Reader(shard.bytes, shard.postings[i]), doc = 0;
    for (var k = 0, n = shard.n[i]; k < n; k++) {
      var v = r.next();
      doc += Math.floor(v / 8);
      visit(doc, v % 4, Math.floor(v / 4) % 2);
    }
  }

  // MARK: The index — meta.json first, then every other file with ?v=<stamp> so two builds never mix.
  function Index(base) {
    this.base = base;
    this.meta = null;
    this.shards = {};
    this.chunks = {};
  }
  Index.prototype.load = function () {
    var self = this;
    if (!this.meta) {
      this.meta = fetch(this.base + "meta.json", { cache: "no-cache" }).then(function (r) {
        if (!r.ok) throw new Error("meta.json: HTTP " + r.status);
        return r.json();
      });
      this.meta.catch(function () { self.meta = null; });
    }
    return this.meta;
  };
  Index.prototype.file = function (path, meta) { return this.base + path + "?v=" + encodeURIComponent(meta.stamp); };
  Index.prototype.shard = function (n, meta) {
    var self = this;
    if (!this.shards[n]) {
      this.shards[n] = fetch(this.file("terms/" + n + ".bin", meta)).then(function (r) {
        if (!r.ok) throw new Error("terms/" + n + ".bin: HTTP " + r.status);
        return r.arrayBuffer();
      }).then(parseShard);
      this.shards[n].catch(function () { delete self.shards[n]; });
    }
    return this.shards[n];
  };
  Index.prototype.chunk = function (n, meta) {
    var self = this;
    if (!this.chunks[n]) {
      this.chunks[n] = fetch(this.file("docs/" + n + ".json", meta)).then(function (r) {
        if (!r.ok) throw new Error("docs/" + n + ".json: HTTP " + r.status);
        return r.json();
      });
      this.chunks[n].catch(function () { delete self.chunks[n]; });
    }
    return this.chunks[n];
  };
  // The documents of `ids` (in that order): {id, k, u, t, r, s, x}.
  Index.prototype.documents = function (ids, meta) {
    var self = this, size = meta.chunk;
    var wanted = Array.from(new Set(ids.map(function (id) { return Math.floor(id / size); })));
    return Promise.all(wanted.map(function (n) { return self.chunk(n, meta); })).then(function () {
      return Promise.all(ids.map(function (id) {
        return self.chunk(Math.floor(id / size), meta).then(function (docs) {
          var doc = docs[id % size];
          if (!doc) throw new Error("no document " + id);
          var out = { id: id };
          for (var key in doc) out[key] = doc[key];
          return out;
        });
      }));
    });
  };

  // Every document of the chunks that hold `ids`: [{id, k, u, …}] (a chunk's other documents come free).
  Index.prototype.chunksOf = function (ids, meta) {
    var self = this, size = meta.chunk;
    var wanted = Array.from(new Set(ids.map(function (id) { return Math.floor(id / size); })));
    return Promise.all(wanted.map(function (n) {
      return self.chunk(n, meta).then(function (docs) {
        return docs.map(function (doc, i) {
          var out = { id: n * size + i };
          for (var key in doc) out[key] = doc[key];
          return out;
        });
      });
    })).then(function (lists) { return [].concat.apply([], lists); });
  };

  // MARK: Ranking — AND over the terms; score Σ weights[class] × ln(1 + N/df), a prefix term's best word per
  // document, an exact word ×1.5, a leading term where it starts a run ×1.5. With no document matching every
  // term, those matching the most (at least half) are kept, marked partial. Order: matched terms, score,
  // then id. Scores and counts are kept in arrays indexed by document, so a query touching thousands of
  // documents allocates nothing for each.
  Index.prototype.search = function (query) {
    var self = this, terms = queryTerms(query);
    if (!terms.length) return Promise.resolve({ query: query, terms: terms, hits: [], partial: false });
    return this.load().then(function (meta) {
      var numbers = terms.map(function (t) { return fnv1a(t.key) % meta.shards; });
      var shards = Array.from(new Set(numbers));
      return Promise.all(shards.map(function (n) { return self.shard(n, meta); })).then(function (loaded) {
        var byNumber = {};
        shards.forEach(function (n, i) { byNumber[n] = loaded[i]; });
        var N = meta.documents, weights = meta.weights, score = new Float64Array(N), matched = new Uint16Array(N);
        var best = null, touched = [];
        terms.forEach(function (t, ti) {
          var shard = byNumber[numbers[ti]], found = lookup(shard, t.token, t.prefix);
          if (!t.prefix) {
            if (!found.entries.length) return;
            var e = found.entries[0], idf = Math.log(1 + N / shard.n[e]), lead = t.leads ? 1.5 : 1;
            eachPosting(shard, e, function (doc, cls, leads) {
              if (doc >= N) return;
              score[doc] += (weights[cls] || 0) * idf * (leads ? lead : 1); matched[doc] += 1;
            });
            return;
          }
          // A prefix term: the best word of each document, over every entry the prefix finds.
          best = best || new Float64Array(N);
          var seen = new Uint8Array(N);
          touched.length = 0;
          found.entries.forEach(function (e) {
            var factor = shard.len[e] === found.bytes ? 1.5 : 1;
            eachPosting(shard, e, function (doc, cls) {
              if (doc >= N) return;
              var w = (weights[cls] || 0) * factor;
              if (!seen[doc]) { seen[doc] = 1; best[doc] = w; touched.push(doc); }
              else if (w > best[doc]) best[doc] = w;
            });
          });
          var idfp = touched.length ? Math.log(1 + N / touched.length) : 0;
          touched.forEach(function (doc) { score[doc] += best[doc] * idfp; matched[doc] += 1; });
        });
        var most = 0, doc;
        for (doc = 0; doc < N; doc++) if (matched[doc] > most) most = matched[doc];
        var partial = most < terms.length, need = partial ? Math.max(1, Math.ceil(terms.length / 2)) : terms.length;
        // Hits grouped by their (matched, score) — few distinct values — then the groups in order; ids stay
        // ascending inside a group, as they were collected.
        var groups = [], keys = [];
        for (doc = 0; doc < N; doc++) {
          var m = matched[doc];
          if (!m || m < need) continue;
          var byScore = groups[m] || (groups[m] = new Map()), g = byScore.get(score[doc]);
          if (!g) { g = { matched: m, score: score[doc], ids: [] }; byScore.set(score[doc], g); keys.push(g); }
          g.ids.push(doc);
        }
        keys.sort(function (a, b) { return b.matched - a.matched || b.score - a.score; });
        var hits = [];
        keys.forEach(function (g) {
          g.ids.forEach(function (id) { hits.push({ id: id, score: g.score, matched: g.matched }); });
        });
        // A hashtag no entry carries: its characters as text (#子育て finds what says 子育て).
        if (!hits.length && terms.some(function (t) { return t.tag; })) {
          return self.search(query.replace(/[#＃]/g, " ")).then(function (res) { res.query = query; return res; });
        }
        return { query: query, terms: terms, hits: hits, partial: partial && hits.length > 0, meta: meta };
      });
    });
  };

  // MARK: Highlighting — the query's pieces found in a shown text, mapped back to its original characters.
  function needles(query) {
    var out = [];
    runs(normalize(query)).forEach(function (r) {
      var text = r.chars.join("");
      out.push({ text: text, word: !r.cjk, parts: r.cjk && r.chars.length > 1
        ? r.chars.slice(0, -1).map(function (c, i) { return c + r.chars[i + 1]; }) : [] });
    });
    return out;
  }
  function ranges(mapped, list) {
    var t = mapped.text, found = [];
    function all(needle, word) {
      var any = false;
      for (var at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + 1)) {
        if (word && at > 0 && classOf(Array.from(t.slice(Math.max(0, at - 2), at)).pop()) === 1) continue;
        found.push([at, at + needle.length]); any = true;
      }
      return any;
    }
    list.forEach(function (n) { if (!all(n.text, n.word)) n.parts.forEach(function (p) { all(p, false); }); });
    found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    found.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([r[0], r[1]]);
    });
    return merged.map(function (r) { return [mapped.from[r[0]], mapped.to[r[1] - 1]]; });
  }
  // `text` into `el` as text nodes, the matches in <mark>: never HTML from the index.
  function highlight(el, text, list) {
    var spans = ranges(normalizeMapped(text), list), at = 0;
    spans.forEach(function (r) {
      if (r[0] < at) return;
      if (r[0] > at) el.appendChild(d.createTextNode(text.slice(at, r[0])));
      var m = d.createElement("mark");
      m.textContent = text.slice(r[0], r[1]);
      el.appendChild(m);
      at = r[1];
    });
    if (at < text.length) el.appendChild(d.createTextNode(text.slice(at)));
    return el;
  }

  // MARK: The public function: the flat ranked list, for the page, tests and the evaluation.
  var indexes = {};
  function indexFor(base) { return indexes[base] || (indexes[base] = new Index(base)); }
  function configuredBase() {
    var el = d.querySelector("[data-search-index]");
    return el ? el.getAttribute("data-search-index") : null;
  }
  function kohoSearch(query, limit) {
    var base = configuredBase();
    if (!base) return Promise.reject(new Error("no search index on this page"));
    var index = indexFor(base), n = limit == null ? 20 : limit;
    return index.search(query).then(function (res) {
      var top = res.hits.slice(0, n);
      if (!top.length) return Object.assign([], { total: 0, partial: false });
      return index.documents(top.map(function (h) { return h.id; }), res.meta).then(function (docs) {
        var list = docs.map(function (doc, i) {
          return { url: doc.u, kind: doc.k, title: doc.t, score: top[i].score, partial: res.partial };
        });
        return Object.assign(list, { total: res.hits.length, partial: res.partial });
      });
    });
  }
  kohoSearch.normalize = normalize;
  kohoSearch.tokens = tokens;
  kohoSearch.queryTerms = function (q) { return queryTerms(q).map(function (t) { return (t.prefix ? "*" : "") + t.token; }); };
  kohoSearch.shardOf = function (token, shards) { return fnv1a(token) % shards; };
  kohoSearch.highlightRanges = function (text, query) { return ranges(normalizeMapped(text), needles(query)); };
  window.kohoSearch = kohoSearch;

  // MARK: The header box — its action is the staff directory (what it does without JavaScript); with this
  // script it asks the search page.
  // The manifest (a few hundred bytes) is fetched as soon as a search is likely — the search page opened, the
  // header box focused — so that the first query waits only for its own shards and documents.
  function warm(base) { if (base) indexFor(base).load().catch(function () {}); }
  d.querySelectorAll("form[data-search-page]").forEach(function (form) {
    form.setAttribute("action", form.getAttribute("data-search-page"));
    form.addEventListener("focusin", function () { warm(form.getAttribute("data-search-index")); }, { once: true });
  });

  // MARK: The search page.
  var page = d.getElementById("search-page");
  if (!page) return;
  var form = d.getElementById("search-form"), input = d.getElementById("search-q"),
    status = d.getElementById("search-status"), out = d.getElementById("search-results");
  // Groups in the order of the index's ids (staff, departments, posts, pages): a result's kind is known
  // between two fetched documents of one kind without fetching it.
  var GROUPS = ["staff", "department", "post", "page"], PER_GROUP = 10, FIRST = 12, TOP_UP = 4, BATCH = 12;
  function say(key, values) {
    var s = page.getAttribute("data-" + key) || "";
    (values || []).forEach(function (v, i) { s = s.split("{" + i + "}").join(String(v)); });
    return s;
  }
  var generation = 0, timer = 0;

  function currentURL(q) {
    var url = new URL(location.href);
    if (q) url.searchParams.set("q", q); else url.searchParams.delete("q");
    return url.pathname + url.search + url.hash;
  }

  function finish(text) {
    status.textContent = text;
    page.removeAttribute("aria-busy");
  }

  function run(q) {
    var mine = ++generation, index = indexFor(page.getAttribute("data-search-index"));
    q = q.trim();
    if (!q) { out.textContent = ""; finish(""); return; }
    page.setAttribute("aria-busy", "true");
    index.search(q).then(function (res) {
      if (mine !== generation) return;
      if (!res.hits.length) { out.textContent = ""; finish(say("none", [q])); return; }
      return showResults(index, res, mine);
    }).catch(function () {
      if (mine !== generation) return;
      out.textContent = "";
      finish(say("error"));
    });
  }

  // The ranked hits by group. A group shows its hits in rank order up to the first one not yet fetched that
  // could be of its kind, so it is always the top of its kind; documents are fetched a chunk at a time (the
  // first FIRST hits, then up to TOP_UP more for each group short of ten), and a group's "more" fetches on.
  function showResults(index, res, mine) {
    var list = needles(res.query), docs = new Map(), known = [], sections = {}, rank = {};
    GROUPS.forEach(function (k, i) { rank[k] = i; });
    function kindRank(doc) { return doc.k in rank ? rank[doc.k] : GROUPS.length - 1; }
    // [lowest, highest] group rank document `id` can have, from the fetched documents around it.
    function bounds(id) {
      var lo = 0, hi = known.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (known[mid][0] < id) lo = mid + 1; else hi = mid; }
      if (lo < known.length && known[lo][0] === id) return [known[lo][1], known[lo][1]];
      return [lo > 0 ? known[lo - 1][1] : 0, lo < known.length ? known[lo][1] : GROUPS.length - 1];
    }
    function fetchDocs(ids) {
      if (!ids.length) return Promise.resolve();
      return index.chunksOf(ids, res.meta).then(function (got) {
        got.forEach(function (doc) {
          if (docs.has(doc.id)) return;
          docs.set(doc.id, doc);
          known.push([doc.id, kindRank(doc)]);
        });
        known.sort(function (x, y) { return x[0] - y[0]; });
      });
    }
    // Group `g`'s fetched hits in rank order (up to the first unfetched hit that may be of its kind), and
    // the unfetched hits that may be of its kind (at most `limit`).
    function scan(g, limit) {
      var r = rank[g.kind], items = [], open = [], blocked = false;
      for (var i = 0; i < res.hits.length && open.length < limit; i++) {
        var id = res.hits[i].id, b = bounds(id);
        if (b[0] > r || b[1] < r) continue;
        if (docs.has(id) && !blocked) items.push(docs.get(id));
        else if (!docs.has(id)) { blocked = true; open.push(id); }
      }
      return { items: items, open: open };
    }

    out.textContent = "";
    if (res.partial) {
      var note = d.createElement("p");
      note.className = "search-partial";
      note.textContent = say("partial");
      out.appendChild(note);
    }
    GROUPS.forEach(function (kind) {
      var sec = d.createElement("section"), h = d.createElement("h2"), ol = d.createElement("ol"),
        more = d.createElement("button");
      sec.className = "search-group";
      sec.hidden = true;
      h.id = "search-group-" + kind;
      h.textContent = say("group-" + kind);
      sec.setAttribute("aria-labelledby", h.id);
      ol.className = "search-results";
      more.type = "button";
      more.className = "search-more";
      more.textContent = say("more");
      more.hidden = true;
      var g = { kind: kind, sec: sec, ol: ol, more: more, shown: 0, want: PER_GROUP };
      more.addEventListener("click", function () {
        more.disabled = true;
        g.want = g.shown + PER_GROUP;
        grow(g, Infinity).then(function () { more.disabled = false; draw(g, true); });
      });
      sec.appendChild(h); sec.appendChild(ol); sec.appendChild(more);
      out.appendChild(sec);
      sections[kind] = g;
    });

    function item(doc) {
      var li = d.createElement("li"), a = d.createElement("a");
      li.className = "search-result";
      a.href = doc.u;
      highlight(a, doc.t || doc.u, list);
      li.appendChild(a);
      if (doc.r) {
        var r = d.createElement("span");
        r.className = "search-result-reading";
        highlight(r, doc.r, list);
        li.appendChild(d.createTextNode(" "));
        li.appendChild(r);
      }
      [["s", "search-result-sub"], ["x", "search-result-excerpt"]].forEach(function (f) {
        if (!doc[f[0]] || (f[0] === "x" && doc.x === doc.s)) return;
        var p = d.createElement("p");
        p.className = f[1];
        highlight(p, doc[f[0]], list);
        li.appendChild(p);
      });
      return li;
    }
    // Fetches `g`'s unfetched candidates, BATCH at a time, until it has `g.want` or `budget` hits are spent.
    function grow(g, budget) {
      var s = scan(g, Math.min(BATCH, budget));
      if (s.items.length >= g.want || !s.open.length || budget <= 0) return Promise.resolve();
      return fetchDocs(s.open).then(function () { if (mine === generation) return grow(g, budget - s.open.length); });
    }
    // Draws `g`'s items up to `g.want`; `focus`: the first new link takes the focus (after "more").
    function draw(g, focus) {
      if (mine !== generation) return;
      var s = scan(g, 1), first = null;
      s.items.slice(g.shown, g.want).forEach(function (doc) {
        var li = item(doc);
        first = first || li;
        g.ol.appendChild(li);
      });
      g.shown = Math.min(g.want, s.items.length);
      g.sec.hidden = g.shown === 0;
      g.more.hidden = !(s.items.length > g.shown || s.open.length);
      if (focus) {
        var links = g.ol.querySelectorAll("a");
        if (first) first.querySelector("a").focus();
        else if (links.length) links[links.length - 1].focus();
        else status.focus();
      }
    }

    return fetchDocs(res.hits.slice(0, FIRST).map(function (h) { return h.id; })).then(function () {
      if (mine !== generation) return;
      return Promise.all(GROUPS.map(function (kind) { return grow(sections[kind], TOP_UP); }));
    }).then(function () {
      if (mine !== generation) return;
      GROUPS.forEach(function (kind) { draw(sections[kind], false); });
      finish(say(res.partial ? "count-partial" : "count", [res.query, res.hits.length]));
    });
  }

  function update(q, now) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      history.replaceState(null, "", currentURL(q.trim()));
      run(q);
    }, now ? 0 : 250);
  }
  form.addEventListener("submit", function (e) { e.preventDefault(); update(input.value, true); });
  input.addEventListener("input", function () { update(input.value, false); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(initial); } else warm(page.getAttribute("data-search-index"));
})();
