// Generated from themes/default/ by `make goldens`; do not edit.
extension DefaultTheme {
    /// Every file of the theme, by path.
    public static let files: [File] = [
        File(path: "assets/favicon.svg", contents: ##"""
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0a58a8"/><path d="M9 8h3v7l7-7h4l-8 8 8 8h-4l-7-7v7H9z" fill="#fff"/></svg>

"""##),
        File(path: "assets/koho.css", contents: #"""
/* Koho default theme. No web fonts, no external requests. */
:root {
  --bg: #ffffff; --fg: #1b1d21; --muted: #50555e; --line: #d6d9de; --soft: #f3f5f8;
  --accent: #0a58a8; --accent-fg: #ffffff; --focus: #c2410c; --tag-bg: #e8f0fa;
  --brand: #0b3d6e; --brand-fg: #ffffff; --brand-soft: #e6eef7; --chart: var(--brand);
  --mark-bg: #ffe58a;
  --radius: 10px; --wrap: 72rem;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121417; --fg: #e9eaec; --muted: #b3b8c0; --line: #343a43; --soft: #1c2026;
    --accent: #8cbcff; --accent-fg: #0c1420; --focus: #ffb86b; --tag-bg: #1d2b3d;
    --brand: #0f2a47; --brand-fg: #e9eaec; --brand-soft: #18283a; --chart: var(--accent);
    --mark-bg: #4d3d00;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--fg);
  font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
    "Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Yu Gothic", Meiryo, sans-serif;
  font-size: 1.0625rem; line-height: 1.8; overflow-wrap: anywhere; line-break: strict;
}
img { max-width: 100%; height: auto; }
/* A <picture> lays out as its <img>: the class, size and flex rules are the img's. */
picture { display: contents; }
a { color: var(--accent); }
a:hover { text-decoration: none; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
main:focus { outline: none; }
h1, h2, h3, h4 { line-height: 1.4; margin: 1.6em 0 .6em; }
h1 { font-size: clamp(1.6rem, 1.2rem + 2vw, 2.3rem); margin-top: .6em; }
h2 { font-size: 1.4rem; padding-bottom: .25em; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.15rem; }
rt { font-size: .5em; color: var(--muted); }
/* Furigana found at build time: hidden until the reader asks. The page's text has room for them above
   each line either way, so showing them moves nothing. */
ruby.furigana > rt, ruby.furigana > rp { display: none; }
:root:has(#furigana-toggle:checked) ruby.furigana > rt { display: revert; }
.has-furigana main { line-height: 2.2; }
.has-furigana main rt { line-height: 1; }
.furigana-toggle { margin: .5rem 0 0; display: flex; align-items: center; gap: .5rem; line-height: 1.5; }
.furigana-toggle input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--accent); }
.wrap { max-width: var(--wrap); margin: 0 auto; padding: 0 1rem; }
.muted, .meta, .name-en, .role, .since, .count { color: var(--muted); }
.lead { font-size: 1.15rem; }
.skip-link {
  position: absolute; left: .5rem; top: -3rem; z-index: 10; padding: .5rem 1rem;
  background: var(--accent); color: var(--accent-fg); border-radius: var(--radius);
}
.skip-link:focus { top: .5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }

/* header and footer */
.site-header { background: var(--brand); color: var(--brand-fg); }
.header-inner { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .25rem 1.5rem; padding-top: .6rem; padding-bottom: .6rem; }
.site-title { display: inline-flex; align-items: center; gap: .6rem; padding: .25rem 0; font-weight: 700; font-size: 1.25rem; letter-spacing: .04em; color: inherit; text-decoration: none; }
.site-title img { background: #fff; border-radius: 50%; }
.site-nav ul, .footer-nav ul, .hashtags, .tag-cloud, .share ul, .social, .cards, .breadcrumbs ol, .pagination ul, .link-list, .chips, .quick-links {
  list-style: none; margin: 0; padding: 0;
}
.site-nav ul { display: flex; flex-wrap: wrap; gap: .25rem; }
.site-nav a { display: inline-block; padding: .45rem .7rem; border-radius: 6px; color: inherit; text-decoration: none; font-weight: 600; }
.site-nav a:hover { background: rgba(255, 255, 255, .14); }
.site-nav a[aria-current="page"] { background: var(--bg); color: var(--fg); }
.site-header :focus-visible { outline-color: #ffb86b; }
.lang-switch ul { list-style: none; margin: 0; padding: 0; display: flex; gap: .25rem; }
.lang-switch a { display: inline-block; padding: .3rem .6rem; border: 1px solid currentColor; border-radius: 6px; color: inherit; text-decoration: none; font-size: .9rem; }
.lang-switch a:hover { background: rgba(255, 255, 255, .14); }
.site-footer { margin-top: 4rem; border-top: 4px solid var(--brand); background: var(--soft); font-size: .95rem; }
.footer-inner { display: grid; gap: 0 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); padding-top: 1.5rem; padding-bottom: 2rem; }
.footer-inner > .footer-tags, .footer-inner > .copyright { grid-column: 1 / -1; }
.footer-nav ul { flex-direction: column; }
.site-footer h2 { font-size: 1.1rem; border: 0; margin-top: 0; }
.site-footer address { font-style: normal; }
.site-footer address p, .footer-tags { margin: .2rem 0; }
.footer-nav ul { display: flex; gap: .25rem 1.25rem; margin: 0 0 1rem; }
.footer-nav a { display: inline-block; padding: .2rem 0; }
.copyright { color: var(--muted); }

/* breadcrumbs, pagination */
.breadcrumbs { margin-top: 1rem; font-size: .9rem; }
.breadcrumbs ol { display: flex; flex-wrap: wrap; }
.breadcrumbs li + li::before { content: "›"; padding: 0 .5em; color: var(--muted); }
.pagination ul { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin: 2rem 0; }
.pagination a { display: inline-block; padding: .5rem 1rem; border: 1px solid var(--line); border-radius: var(--radius); text-decoration: none; }
.pagination ul { margin-bottom: .75rem; }
.page-numbers { display: flex; flex-wrap: wrap; justify-content: center; gap: .4rem; list-style: none; padding: 0; margin: 0 0 2rem; }
.page-numbers a { min-width: 2.75rem; padding: .5rem .6rem; text-align: center; }
.page-numbers a[aria-current="page"] { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 700; }
.page-numbers .gap { align-self: center; color: var(--muted); }

/* kana index of the staff directory */
.kana-index ul { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; margin: 1rem 0; }
.kana-index a, .kana-index .empty { display: inline-block; min-width: 2.75rem; padding: .5rem .6rem; text-align: center; border: 1px solid var(--line); border-radius: var(--radius); text-decoration: none; }
.kana-index .empty { color: var(--muted); border-style: dashed; }
.kana-index a.here { font-weight: 700; border-color: var(--accent); }
.kana-group h2 { scroll-margin-top: 1rem; }

/* cards and lists */
.cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr)); margin: 1rem 0; }
.post-grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 21rem), 1fr)); }
.post-list { display: grid; gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; background: var(--bg); box-shadow: 0 1px 2px rgba(16, 24, 40, .06); }
.card p { margin: .3rem 0; }
.card .role, .card .muted { font-size: .95rem; }
.card-title { font-weight: 700; font-size: 1.05rem; line-height: 1.5; margin: 0 0 .25rem; border: 0; padding: 0; }
.card-title a { text-decoration: none; }
.card-title a:hover { text-decoration: underline; }
.post-card { display: flex; gap: 1rem; align-items: flex-start; }
.post-card-body { flex: 1; min-width: 0; }
.post-card-image { flex: none; order: 2; width: 6.5rem; height: 6.5rem; object-fit: cover; border-radius: 6px; background: var(--soft); }
.post-card .meta, .summary, .topics { font-size: .9rem; }
.post-card .meta time { font-weight: 600; }
.staff-card { display: flex; gap: .9rem; align-items: flex-start; }
.staff-card .name-en { display: block; font-size: .85rem; }
.avatar { flex: none; width: 64px; height: 64px; border-radius: 50%; object-fit: cover; background: var(--soft); }
.avatar-blank { display: grid; place-items: center; font-size: 1.6rem; font-weight: 700; color: var(--accent); background: var(--brand-soft); }
/* Organisation chart (/departments/): the nested list drawn as boxes joined by lines. Narrow: a tree going
   down, each child hanging from its parent's line. Wide: the departments side by side under the office, each
   with its divisions going down beneath it. */
.org-chart { margin: 1.5rem 0 2.5rem; }
.org-chart figcaption { font-weight: 700; font-size: 1.15rem; margin-bottom: .75rem; }
.org-scroll { overflow-x: auto; padding: .25rem .25rem .75rem; }
.org-chart ul { list-style: none; margin: 0 0 0 1rem; padding: 0 0 0 1.25rem; }
.org-chart li { position: relative; padding-top: .6rem; }
.org-root, .org-box {
  display: inline-block; margin: 0; padding: .45rem .8rem; border-radius: 8px; line-height: 1.4;
  border: 2px solid var(--chart); background: var(--bg); color: var(--fg); font-weight: 600;
}
.org-root { background: var(--brand); color: var(--brand-fg); border-color: var(--chart); }
a.org-box { text-decoration: none; }
a.org-box:hover { background: var(--brand-soft); text-decoration: underline; }
.org-level-2 .org-box { border-width: 1px; border-color: var(--accent); font-weight: 500; }
.org-level-3 .org-box { border-width: 1px; border-style: dashed; border-color: var(--muted); font-weight: 400; font-size: .95rem; }
/* Each item: a tick to its box, and the line down to its next sibling (the last one stops at its tick). */
.org-chart li::before, .org-chart li::after { content: ""; position: absolute; left: -1.25rem; border: 0 solid var(--muted); }
.org-chart li::before { top: 1.85rem; width: 1.1rem; border-top-width: 2px; }
.org-chart li::after { top: 0; bottom: 0; border-left-width: 2px; }
.org-chart li:last-child::after { bottom: auto; height: 1.95rem; }
@media (min-width: 48rem) {
  .org-chart .org-root { display: table; margin: 0 auto; }
  .org-chart .org-level-1 {
    position: relative; display: flex; gap: 1.25rem; justify-content: center; width: max-content; min-width: 100%;
    margin: 1.25rem 0 0; padding: 1.25rem 0 0;
  }
  /* The line from the office down to the row of departments. */
  .org-chart .org-level-1::before { content: ""; position: absolute; left: 50%; top: -1.25rem; height: 1.25rem; border-left: 2px solid var(--muted); }
  .org-chart .org-level-1 > li { padding-top: 0; flex: 0 1 14rem; min-width: 11rem; }
  .org-chart .org-level-1 > li > .org-box { display: block; text-align: center; }
  /* Along the row (each department's share of it), and down to its box. */
  .org-chart .org-level-1 > li::before { left: -.625rem; right: -.625rem; top: -1.25rem; width: auto; border-top-width: 2px; }
  .org-chart .org-level-1 > li:first-child::before { left: 50%; }
  .org-chart .org-level-1 > li:last-child::before { right: 50%; }
  .org-chart .org-level-1 > li:only-child::before { display: none; }
  .org-chart .org-level-1 > li::after, .org-chart .org-level-1 > li:last-child::after { left: 50%; top: -1.25rem; bottom: auto; height: 1.25rem; }
}
.dept-tree { padding-left: 1.2rem; }
.dept-tree li { margin: .3rem 0; }
.dept-tree .summary { margin: 0; color: var(--muted); }
.dept-card .name-en { font-size: .85rem; margin-top: 0; }
.chips { display: flex; flex-wrap: wrap; gap: .4rem; margin: .6rem 0 .2rem; }
.chips a, .topic-chips li { display: inline-block; padding: .2rem .7rem; border-radius: 999px; border: 1px solid var(--line); font-size: .9rem; text-decoration: none; }
.topic-chips li { background: var(--brand-soft); border-color: transparent; font-size: 1rem; padding: .35rem .9rem; }
.sub-depts { padding-left: 1.2rem; font-size: .9rem; }
.name-index { columns: 16rem; padding-left: 1.2rem; }
.name-index li { break-inside: avoid; margin: .2rem 0; }
.hashtags, .tag-cloud { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1.5rem 0; }
.hashtags a, .tag-cloud a { display: inline-block; padding: .15rem .7rem; border-radius: 999px; background: var(--tag-bg); text-decoration: none; }
.more { text-align: right; }
.more a { font-weight: 600; }

/* entries */
.hero { margin: 1.25rem 0 0; padding: 1.5rem clamp(1rem, 4vw, 2.5rem) 1.75rem; border-radius: var(--radius); background: var(--brand-soft); }
.hero h1 { margin: 0 0 .4rem; }
.hero .lead { margin: 0 0 1.25rem; max-width: 44rem; }
.quick-links { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); }
.quick-links a { display: block; height: 100%; padding: .8rem 1rem; border-radius: var(--radius); background: var(--bg); border: 1px solid var(--line); text-decoration: none; }
.quick-links a:hover { border-color: var(--accent); }
.ql-title { display: block; font-weight: 700; font-size: 1.05rem; }
.ql-title::after { content: " →"; }
.ql-text { display: block; color: var(--muted); font-size: .88rem; line-height: 1.6; }
.entry-layout { display: grid; gap: 0 2.5rem; }
@media (min-width: 62rem) {
  .entry-layout { grid-template-columns: minmax(0, 1fr) 20rem; }
  .entry-side > :first-child h2 { margin-top: 1.2rem; }
}
.entry-side section, .entry-side nav { margin-bottom: 1rem; }
.entry-side h2 { font-size: 1.15rem; }
.entry-side dl { grid-template-columns: 1fr; gap: 0; }
.entry-side dd { margin-bottom: .5rem; }
.department-header h1, .profile-header h1, .post-header h1 { margin-top: 1.2rem; }
.department-header p, .post-header p { margin: .3rem 0; }
.department-header .lead, .post-header .lead { margin-top: .8rem; }
.entry-main .prose { max-width: none; }
article.post, article.page { max-width: 48rem; }
.in-english { border-left: 4px solid var(--accent); padding-left: 1rem; }
.dept-position strong { font-weight: 700; }
.profile-header { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: center; margin-top: 1rem; }
.profile-header h1 { margin: 0; }
.profile-header p { margin: .2rem 0; }
.profile-photo { width: 160px; height: 160px; border-radius: 50%; object-fit: cover; background: var(--soft); }
.prose { max-width: 44rem; }
.prose table { border-collapse: collapse; width: 100%; display: block; overflow-x: auto; }
.prose th, .prose td { border: 1px solid var(--line); padding: .4rem .7rem; text-align: left; vertical-align: top; }
.prose th { background: var(--soft); }
.prose blockquote { margin: 1rem 0; padding: .2rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
.prose code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: var(--soft); padding: .1em .3em; border-radius: 4px; }
.post-image { margin: 1rem 0; }
.post-image img { border-radius: var(--radius); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
dt { font-weight: 700; }
dd { margin: 0; white-space: pre-line; }
.service-list { list-style: none; padding: 0; display: grid; gap: .75rem; }
.service-list li { padding: .75rem 1rem; border-left: 4px solid var(--accent); background: var(--soft); border-radius: 0 var(--radius) var(--radius) 0; }
.service-name { font-weight: 700; margin: 0; }
.service-description p { margin: .2rem 0 0; }
.share ul, .social { display: flex; flex-wrap: wrap; gap: .5rem; }
.share-link, .social a { display: inline-block; padding: .35rem .8rem; border: 1px solid var(--line); border-radius: var(--radius); text-decoration: none; }
.social .handle { color: var(--muted); font-size: .85rem; }
.filter { margin: 1rem 0; padding: 1rem; border-radius: var(--radius); background: var(--brand-soft); }
.filter label { font-weight: 700; }
.filter-status { margin: .4rem 0 0; font-size: .9rem; }
.filter input { display: block; width: min(100%, 24rem); margin-top: .25rem; padding: .5rem .7rem; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: var(--radius); }
.share-form label { display: block; font-weight: 700; }
.share-form input, .share-form textarea { display: block; width: min(100%, 36rem); margin-top: .25rem; padding: .5rem .7rem; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: var(--radius); }
.share-form button { padding: .55rem 1.2rem; font: inherit; font-weight: 700; color: var(--brand-fg); background: var(--brand); border: 0; border-radius: var(--radius); cursor: pointer; }
.form-error { font-weight: 700; border-left: 4px solid #b3261e; padding-left: .6rem; }
/* search: the box in the header and the search page (/search/), whose results search.js writes */
.header-search { display: flex; gap: .35rem; align-items: center; }
.header-search input, .search-row input { min-width: 0; padding: .4rem .7rem; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: var(--radius); }
.header-search input { width: 13rem; border-color: var(--brand-fg); }
.header-search button, .search-row button { padding: .4rem .9rem; font: inherit; font-weight: 700; border-radius: var(--radius); cursor: pointer; }
.header-search button { color: var(--brand-fg); background: transparent; border: 1px solid var(--brand-fg); }
.header-search button:hover { background: rgba(255, 255, 255, .14); }
.search-form { margin: 1rem 0; padding: 1rem; border-radius: var(--radius); background: var(--brand-soft); }
.search-form label { display: block; font-weight: 700; }
.search-row { display: flex; gap: .5rem; max-width: 36rem; margin-top: .25rem; }
.search-row input { flex: 1; }
.search-row button { color: var(--brand-fg); background: var(--brand); border: 1px solid var(--brand-fg); }
.search-hint { margin: .4rem 0 0; font-size: .9rem; }
.search-status { margin: 1rem 0; font-weight: 600; }
.search-status:empty { margin: 0; }
.search-partial { padding-left: .6rem; border-left: 4px solid var(--accent); }
.search-group h2 { font-size: 1.2rem; }
.search-results { list-style: none; margin: 0; padding: 0; }
.search-result { padding: .6rem 0 .7rem; border-bottom: 1px solid var(--line); line-height: 1.6; }
.search-result > a { font-weight: 700; font-size: 1.05rem; }
.search-result-reading { color: var(--muted); font-size: .85rem; }
.search-result-sub, .search-result-excerpt { margin: .2rem 0 0; font-size: .9rem; }
.search-result-sub { color: var(--muted); }
.search-more { margin: .75rem 0 0; padding: .5rem 1rem; font: inherit; color: var(--accent); background: var(--bg); border: 1px solid var(--line); border-radius: var(--radius); cursor: pointer; }
.search-more:hover { border-color: var(--accent); }
mark { padding: 0 .05em; border-radius: 2px; color: inherit; background: var(--mark-bg); }
[hidden] { display: none !important; }

@media (max-width: 40rem) {
  body { font-size: 1rem; }
  .header-inner { padding-bottom: .4rem; }
  .site-nav { width: 100%; }
  .site-nav ul { justify-content: space-between; gap: 0; }
  .site-nav a { padding: .4rem .3rem; font-size: .9rem; }
  .header-search { width: 100%; }
  .header-search input { flex: 1; width: auto; }
  .post-card-image { width: 5rem; height: 5rem; }
  dl { grid-template-columns: 1fr; }
  dd { margin-bottom: .5rem; }
  .profile-photo { width: 112px; height: 112px; }
}
@media (prefers-reduced-motion: reduce) { * { scroll-behavior: auto !important; transition: none !important; } }
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #333; --accent: #000; --soft: #fff; --line: #999; }
  .skip-link, .site-nav, .header-search, .share, .pagination, .filter, .feed-link, .footer-nav { display: none !important; }
  .site-header, .site-footer, .hero, .filter { background: none; color: #000; }
  .entry-layout { display: block; }
  .quick-links, .more, .hashtags { display: none; }
  a { text-decoration: underline; }
  .prose a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; }
  .card, .post-card { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
}

"""#),
        File(path: "assets/koho.js", contents: #"""
// Koho: a filter box for the staff directory. The list works without it.
(function () {
  var box = document.querySelector("[data-filter]");
  if (!box) return;
  var d = document, wrap = d.createElement("div"), label = d.createElement("label"),
    input = d.createElement("input"), status = d.createElement("p");
  wrap.className = "filter";
  input.type = "search"; input.id = "koho-filter"; input.autocomplete = "off";
  label.htmlFor = input.id; label.textContent = box.getAttribute("data-filter");
  status.className = "filter-status"; status.setAttribute("role", "status");
  wrap.appendChild(label); wrap.appendChild(input); wrap.appendChild(status);
  box.parentNode.insertBefore(wrap, box);
  var items = box.querySelectorAll("[data-filter-item]"), groups = box.querySelectorAll("[data-filter-group]");
  // Compare without case, width (ｶﾅ/ＡＢ) or hiragana/katakana differences.
  function norm(s) {
    return s.normalize("NFKC").toLowerCase().replace(/[\u30a1-\u30f6]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0x60);
    }).replace(/\s+/g, "");
  }
  var texts = [];
  items.forEach(function (el) { texts.push(norm(el.getAttribute("data-filter-item") + el.textContent)); });
  input.addEventListener("input", function () {
    var q = norm(input.value), seen = {};
    items.forEach(function (el, i) {
      el.hidden = q !== "" && texts[i].indexOf(q) < 0;
      if (!el.hidden) seen[el.querySelector("a").getAttribute("href")] = 1;
    });
    groups.forEach(function (g) {
      g.hidden = q !== "" && !g.querySelector("[data-filter-item]:not([hidden])");
    });
    var n = Object.keys(seen).length;
    status.textContent = q === "" ? "" : n ? box.getAttribute("data-filter-status").replace("{0}", n) : box.getAttribute("data-filter-none");
  });
})();

"""#),
        File(path: "assets/mastodon-share.js", contents: #"""
// Share to the reader's own Mastodon server: read ?text=, ask for the server, go there. No third party.
(function () {
  var form = document.getElementById("mastodon-share");
  if (!form) return;
  var text = form.elements.text, server = form.elements.instance;
  var error = document.getElementById("mastodon-error");
  text.value = new URLSearchParams(location.search).get("text") || "";
  try { server.value = localStorage.getItem("koho.mastodon") || ""; } catch (e) {}
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    // Accept "mastodon.social", "https://mastodon.social/" or "@me@mastodon.social".
    var host = server.value.trim().replace(/^https?:\/\//i, "").replace(/\/.*$/, "").replace(/^@?[^@]*@/, "");
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(host)) {
      error.textContent = form.getAttribute("data-error");
      error.hidden = false;
      server.focus();
      return;
    }
    try { localStorage.setItem("koho.mastodon", host); } catch (e) {}
    location.href = "https://" + host + "/share?text=" + encodeURIComponent(text.value);
  });
})();

"""#),
        File(path: "assets/search.js", contents: ##"""
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

"""##),
        File(path: "cards/department.svg", contents: ##"""
{#- A department's share card, 1200×630: the department above it, its name (with its reading), what it does
    (`summary`), the site; centred above the band like the staff card. #}
{%- set name = department.name | fit(width=1040, size=96, min_size=48, lines=2, weight=700) %}
{%- set reading = department.reading | fit(width=1040, size=34, min_size=28) %}
{%- set summary = department.summary | fit(width=1040, size=36, min_size=28, lines=2) %}
{%- set parent_h = 0 %}{% if department.parent %}{% set parent_h = 48 %}{% endif %}
{%- set reading_h = 0 %}{% if department.reading %}{% set reading_h = reading.size * 1.6 %}{% endif %}
{%- set name_h = name.size * 1.2 * (name.lines | length) %}
{%- set summary_h = 0 %}{% if department.summary %}{% set summary_h = 16 + summary.size * 1.35 * (summary.lines | length) %}{% endif %}
{%- set y = 12 + (506 - parent_h - reading_h - name_h - summary_h) / 2 %}
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630" viewBox="0 0 1200 630">
{% include "cards/partials/frame.svg" %}
{%- if department.parent %}
<text x="80" y="{{ y + 30 }}" font-family="Noto Sans CJK JP" font-size="30" fill="#0a58a8">{{ (department.parent.name | fit(width=1040, size=30)).lines | first }}</text>
{%- endif %}
{%- if department.reading %}
<text x="80" y="{{ y + parent_h + reading.size }}" font-family="Noto Sans CJK JP" font-size="{{ reading.size }}" fill="#50555e">{{ reading.lines | first }}</text>
{%- endif %}
{%- for line in name.lines %}
<text x="80" y="{{ y + parent_h + reading_h + name.size * (1.2 * (loop.index - 1) + 1) }}" font-family="Noto Sans CJK JP" font-weight="700" font-size="{{ name.size }}" fill="#1b1d21">{{ line }}</text>
{%- endfor %}
{%- for line in summary.lines %}
<text x="80" y="{{ y + parent_h + reading_h + name_h + 16 + summary.size * (1.35 * (loop.index - 1) + 1) }}" font-family="Noto Sans CJK JP" font-size="{{ summary.size }}" fill="#50555e">{{ line }}</text>
{%- endfor %}
</svg>

"""##),
        File(path: "cards/home.svg", contents: ##"""
{#- The home page's share card, 1200×630: the site's title and description, centred above the band. #}
{%- set title = site.title | fit(width=1040, size=104, min_size=56, lines=2, weight=700) %}
{%- set description = site.description | fit(width=1040, size=36, min_size=28, lines=3) %}
{%- set title_h = title.size * 1.2 * (title.lines | length) %}
{%- set description_h = 0 %}{% if site.description %}{% set description_h = 20 + description.size * 1.35 * (description.lines | length) %}{% endif %}
{%- set y = 12 + (506 - title_h - description_h) / 2 %}
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630" viewBox="0 0 1200 630">
{% include "cards/partials/frame.svg" %}
{%- for line in title.lines %}
<text x="80" y="{{ y + title.size * (1.2 * (loop.index - 1) + 1) }}" font-family="Noto Sans CJK JP" font-weight="700" font-size="{{ title.size }}" fill="#1b1d21">{{ line }}</text>
{%- endfor %}
{%- for line in description.lines %}
<text x="80" y="{{ y + title_h + 20 + description.size * (1.35 * (loop.index - 1) + 1) }}" font-family="Noto Sans CJK JP" font-size="{{ description.size }}" fill="#50555e">{{ line }}</text>
{%- endfor %}
</svg>

"""##),
        File(path: "cards/partials/frame.svg", contents: ##"""
{#- What every card of the default theme shares: a white face, the brand's band at the foot with the site's
    name and address, and the logo when the site has one (`card.logo`, the logo file as a data: URL). #}
<rect width="1200" height="630" fill="#ffffff"/>
<rect x="0" y="0" width="1200" height="12" fill="#0a58a8"/>
<rect x="0" y="518" width="1200" height="112" fill="#0b3d6e"/>
{%- set site_name = site.title | fit(width=780, size=36, min_size=28) %}
{%- set host = site.base_url | replace("https://", "") | replace("http://", "") %}
{%- if card.logo %}
<image x="80" y="541" width="66" height="66" xlink:href="{{ card.logo }}" href="{{ card.logo }}" preserveAspectRatio="xMidYMid meet"/>
<text x="166" y="587" font-family="Noto Sans CJK JP" font-weight="700" font-size="{{ site_name.size }}" fill="#ffffff">{{ site_name.lines | first }}</text>
{%- else %}
<text x="80" y="587" font-family="Noto Sans CJK JP" font-weight="700" font-size="{{ site_name.size }}" fill="#ffffff">{{ site_name.lines | first }}</text>
{%- endif %}
<text x="1120" y="585" text-anchor="end" font-family="Noto Sans CJK JP" font-size="24" fill="#e6eef7">{{ (host | fit(width=300, size=24)).lines | first }}</text>

"""##),
        File(path: "cards/post.svg", contents: ##"""
{#- A post's share card, 1200×630: its date and departments, its title (up to three lines), the site;
    centred above the band like the staff card. #}
{%- set title = post.title | fit(width=1040, size=72, min_size=44, lines=3, weight=700) %}
{%- set departments = post.departments | map(attribute="name") | join("・") %}
{%- set meta = post.date | date %}{% if departments %}{% set meta = meta ~ "　" ~ departments %}{% endif %}
{%- set title_h = title.size * 1.3 * (title.lines | length) %}
{%- set y = 12 + (506 - 56 - title_h) / 2 %}
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630" viewBox="0 0 1200 630">
{% include "cards/partials/frame.svg" %}
<text x="80" y="{{ y + 32 }}" font-family="Noto Sans CJK JP" font-size="32" fill="#0a58a8">{{ (meta | fit(width=1040, size=32)).lines | first }}</text>
{%- for line in title.lines %}
<text x="80" y="{{ y + 56 + title.size * (1.3 * (loop.index - 1) + 1) }}" font-family="Noto Sans CJK JP" font-weight="700" font-size="{{ title.size }}" fill="#1b1d21">{{ line }}</text>
{%- endfor %}
</svg>

"""##),
        File(path: "cards/staff.svg", contents: ##"""
{#- A staff member's share card, 1200×630: the name (with its reading above it), the role and departments,
    the site's name and logo. `fit` measures text in the card's font and gives the size and lines that fit
    (README, "Share cards"); the block is centred in the space above the band. Colours are the theme's
    (koho.css): --brand #0b3d6e, --accent #0a58a8, --fg #1b1d21, --muted #50555e. #}
{%- set name = staff.name | fit(width=1040, size=96, min_size=48, lines=2, weight=700) %}
{%- set reading = staff.reading | fit(width=1040, size=34, min_size=28) %}
{%- set role_text = staff.role | default("") %}
{%- set departments = staff.departments | map(attribute="name") | join("・") %}
{%- if departments and departments not in role_text %}{% set role_text = (role_text ~ "　" ~ departments) | trim %}{% endif %}
{%- set role = role_text | fit(width=1040, size=38, min_size=30, lines=2) %}
{%- set reading_h = 0 %}{% if staff.reading %}{% set reading_h = reading.size * 1.6 %}{% endif %}
{%- set name_h = name.size * 1.2 * (name.lines | length) %}
{%- set role_h = 0 %}{% if role_text %}{% set role_h = 16 + role.size * 1.35 * (role.lines | length) %}{% endif %}
{%- set y = 12 + (506 - reading_h - name_h - role_h) / 2 %}
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="630" viewBox="0 0 1200 630">
{% include "cards/partials/frame.svg" %}
{%- if staff.reading %}
<text x="80" y="{{ y + reading.size }}" font-family="Noto Sans CJK JP" font-size="{{ reading.size }}" fill="#50555e">{{ reading.lines | first }}</text>
{%- endif %}
{%- for line in name.lines %}
<text x="80" y="{{ y + reading_h + name.size * (1.2 * (loop.index - 1) + 1) }}" font-family="Noto Sans CJK JP" font-weight="700" font-size="{{ name.size }}" fill="#1b1d21">{{ line }}</text>
{%- endfor %}
{%- for line in role.lines %}
<text x="80" y="{{ y + reading_h + name_h + 16 + role.size * (1.35 * (loop.index - 1) + 1) }}" font-family="Noto Sans CJK JP" font-size="{{ role.size }}" fill="#1b1d21">{{ line }}</text>
{%- endfor %}
</svg>

"""##),
        File(path: "i18n/en.yml", contents: #"""
# Interface strings of the default theme (English). Keep the same keys as ja.yml.
# Words that depend on the kind of organization. A ministry's or a company's site changes them in its own
# i18n/en.yml (for example office: the company, since: Joined, organization_type: Corporation).
office: "city hall"
since: "With us since"
organization_type: "GovernmentOrganization"
about_the_author: "About the author"
address: "Address"
all_departments: "All departments"
all_posts: "All news"
back_to_home: "Back to the home page"
breadcrumbs: "Breadcrumbs"
contact: "Contact"
continued: "(continued)"
department_label: "Department"
departments: "Departments"
departments_intro: "Our departments and the work each of them does."
email: "Email"
filter_none: "No staff members match. Try other words."
filter_staff: "Filter by name, reading or topic"
filter_staff_page: "Filter this page by name, reading or topic"
filter_status: "{0} staff members match"
footer_navigation: "About this site"
hashtags: "Hashtags"
home: "Home"
hours: "Opening hours"
json_feed: "JSON Feed"
kana_index: "Find by reading"
latest_posts: "Latest news"
language_switcher: "Language"
main_navigation: "Main menu"
meet_the_staff: "Meet the staff"
meet_the_staff_text: "Who works here and what they look after, so you know whom to ask."
newer_posts: "Newer"
next_page: "Next"
no_departments: "No departments yet."
no_posts: "No news yet."
no_staff: "No staff profiles for this department yet."
no_staff_yet: "No staff profiles yet."
no_tags: "No hashtags yet."
nothing_tagged: "Nothing has this hashtag yet."
official_hashtags: "Official hashtags"
older_posts: "Older"
organization: "Place in the organization"
page_label: "Page"
page_n: "page {0}"
page_not_found: "Page not found"
page_not_found_text: "The page you were looking for may have moved or been removed. Try one of these links."
pagination: "Pagination"
parent_department: "Part of"
phone: "Phone"
posts: "News"
posts_by_staff: "News from this person"
powered_by: "Made with Koho"
prev_page: "Previous"
org_chart: "Organisation chart"
quick_departments: "Who does what at {0}"
quick_posts: "Events, disaster information, new services"
quick_staff: "{0} staff members and what they handle"
rss_feed: "RSS feed"
search: "Search"
search_count: "{1} results for “{0}”"
search_count_partial: "{1} partial matches for “{0}”"
search_error: "The search index could not be loaded. Please try again later."
search_group_department: "Departments"
search_group_page: "Pages"
search_group_post: "News"
search_group_staff: "Staff"
search_hint: "Search for names, readings (kana or romaji), departments, what staff look after, or words in the news."
search_label: "What are you looking for?"
search_more: "Show more"
search_none: "Nothing matches “{0}”. Try a shorter or a different word."
search_noscript: "Search needs JavaScript. You can also browse the staff, departments and news."
search_partial: "No page has all of your words; these match some of them."
search_site: "Search this site"
services: "Services"
share: "Share this page"
show_furigana: "Show readings (furigana) over kanji"
skip_to_content: "Skip to content"
social_media: "Social media"
staff: "Staff"
staff_by_department: "Staff by department"
staff_count: "Staff listed"
staff_directory: "See all {0} staff"
staff_list_intro: "Our staff, by the reading of their names. Each department's page lists its own staff."
staff_of_department: "Staff"
sub_departments: "Divisions"
sub_departments_of: "Divisions of {0}"
subscribe_feed: "Subscribe (RSS)"
tags: "Hashtags"
tags_intro: "Posts, staff and departments, gathered by hashtag."
title_page_n: " (page {0})"
topics: "Ask me about"
topics_short: "Topics"
what_we_do: "What we do"
written_by: "By"
share_on_mastodon: Share on Mastodon
mastodon_share_intro: Enter your Mastodon server and you will be taken to its post form. The server is remembered in this browser.
mastodon_instance: Mastodon server (for example mastodon.social)
mastodon_share_text: Text to post
mastodon_instance_invalid: Enter a server name like mastodon.social.
mastodon_share_noscript: This page needs JavaScript. Without it, copy the page's address and post it on your server.
# What Koho itself writes: list page titles, feed descriptions, service names. A theme without them gets these.
labels:
  title:
    staff-list: Staff
    department-list: Departments
    post-list: Posts
    tag-list: Hashtags
    "404": Page not found
    share-mastodon: Share on Mastodon
    search: Search
  index:
    other: Other
  feed:
    staff: "Posts by {0}"
    department: "Posts from {0}"
    tag: "Posts tagged #{0}"
  service:
    x: X
    instagram: Instagram
    facebook: Facebook
    bluesky: Bluesky
    mastodon: Mastodon
    threads: Threads
    line: LINE
    youtube: YouTube
    note: note
    linkedin: LinkedIn
    hatena: Hatena Bookmark
    email: Email
    blog: Blog
    website: Website

"""#),
        File(path: "i18n/ja.yml", contents: ##"""
# 既定テーマの画面表示用の文言（日本語）。en.yml と同じキーをそろえること。
# 組織の種類で変わる言葉。省庁や会社のサイトは、サイトの i18n/ja.yml でこれらを書き換えます
# （例: office: 会社、since: 入社、organization_type: Corporation）。
office: "市役所"
since: "入庁"
organization_type: "GovernmentOrganization"
about_the_author: "この記事を書いた職員"
address: "所在地"
all_departments: "すべての部署を見る"
all_posts: "お知らせ一覧へ"
back_to_home: "トップページへ戻る"
breadcrumbs: "現在位置"
contact: "お問い合わせ"
continued: "（続き）"
department_label: "所属"
departments: "部署紹介"
departments_intro: "{0}の各部署と、それぞれが担当している仕事を紹介します。"
email: "メール"
filter_none: "該当する職員はいません。言葉を変えてお試しください。"
filter_staff: "名前・よみがな・担当で絞り込む"
filter_staff_page: "このページの職員を名前・よみがな・担当で絞り込む"
filter_status: "{0}人が該当します"
footer_navigation: "サイト情報"
hashtags: "ハッシュタグ"
home: "トップ"
hours: "受付時間"
json_feed: "JSON フィード"
kana_index: "五十音から探す"
latest_posts: "新着のお知らせ"
language_switcher: "言語"
main_navigation: "メインメニュー"
meet_the_staff: "職員紹介"
meet_the_staff_text: "どんな職員が、どの仕事を担当しているのかをご紹介します。お問い合わせ先を探すときにもご利用ください。"
newer_posts: "新しいお知らせ"
next_page: "次のページ"
no_departments: "部署はまだ登録されていません。"
no_posts: "お知らせはまだありません。"
no_staff: "この部署の職員紹介はまだありません。"
no_staff_yet: "職員紹介はまだありません。"
no_tags: "ハッシュタグはまだありません。"
nothing_tagged: "このハッシュタグが付いたページはまだありません。"
official_hashtags: "公式ハッシュタグ"
older_posts: "過去のお知らせ"
organization: "組織の中の位置"
page_label: "ページ"
page_n: "{0}ページ目"
page_not_found: "ページが見つかりません"
page_not_found_text: "お探しのページは移動または削除された可能性があります。下のリンクからお探しください。"
pagination: "ページ送り"
parent_department: "上位の部署"
phone: "電話"
posts: "お知らせ"
posts_by_staff: "この職員のお知らせ"
powered_by: "Koho で作成"
prev_page: "前のページ"
org_chart: "組織図"
quick_departments: "どの部署が、どんな仕事をしているか"
quick_posts: "イベント、災害情報、新しいサービス"
quick_staff: "{0}人の職員の顔と担当"
rss_feed: "RSS フィード"
search: "検索"
search_count: "「{0}」の検索結果：{1}件"
search_count_partial: "「{0}」の一部に一致：{1}件"
search_error: "検索用の索引を読み込めませんでした。時間をおいてもう一度お試しください。"
search_group_department: "部署"
search_group_page: "ページ"
search_group_post: "お知らせ"
search_group_staff: "職員"
search_hint: "名前・よみがな（ひらがな・ローマ字）、部署、担当の仕事、お知らせの言葉で探せます。"
search_label: "探したい言葉"
search_more: "さらに表示"
search_none: "「{0}」に一致するページは見つかりませんでした。言葉を短くするか、別の言葉でお試しください。"
search_noscript: "検索には JavaScript が必要です。職員紹介・部署紹介・お知らせの一覧からもお探しいただけます。"
search_partial: "すべての言葉を含むページはありませんでした。一部の言葉に一致したものを表示しています。"
search_site: "サイト内検索"
services: "主な業務・サービス"
share: "このページを共有する"
show_furigana: "漢字にふりがなを付ける"
skip_to_content: "本文へ移動"
social_media: "ソーシャルメディア"
staff: "職員紹介"
staff_by_department: "部署ごとに職員を見る"
staff_count: "掲載している職員"
staff_directory: "職員紹介を見る（{0}人）"
staff_list_intro: "職員を名前の五十音順に紹介しています。部署ごとの職員は、部署紹介の各ページにあります。"
staff_of_department: "この部署の職員"
sub_departments: "所属する課・係"
sub_departments_of: "{0}の課"
subscribe_feed: "RSS フィードで購読する"
tags: "ハッシュタグ"
tags_intro: "ハッシュタグごとに、関連するお知らせ・職員・部署をまとめています。"
title_page_n: "（{0}ページ目）"
topics: "こんなことをお尋ねください"
topics_short: "担当"
what_we_do: "部署と仕事"
written_by: "担当"
share_on_mastodon: Mastodon で共有
mastodon_share_intro: お使いの Mastodon サーバーを入力すると、そのサーバーの投稿画面に移動します。入力したサーバーはこのブラウザーに保存されます。
mastodon_instance: Mastodon サーバー（例：mastodon.social）
mastodon_share_text: 投稿する文
mastodon_instance_invalid: サーバー名を mastodon.social のように入力してください。
mastodon_share_noscript: このページは JavaScript を使います。使えないときは、ページのアドレスをコピーしてお使いのサーバーで投稿してください。
# Koho が自分で書く文言：一覧ページの見出し、フィードの説明、サービス名。テーマに無いときはこの既定値を使う。
labels:
  title:
    staff-list: 職員紹介
    department-list: 部署一覧
    post-list: お知らせ
    tag-list: ハッシュタグ
    "404": ページが見つかりません
    share-mastodon: Mastodon で共有
    search: 検索
  index:
    other: その他
  feed:
    staff: "{0}の投稿"
    department: "{0}の投稿"
    tag: "#{0} の投稿"
  service:
    x: X
    instagram: Instagram
    facebook: Facebook
    bluesky: Bluesky
    mastodon: Mastodon
    threads: Threads
    line: LINE
    youtube: YouTube
    note: note
    linkedin: LinkedIn
    hatena: はてなブックマーク
    email: メール
    blog: ブログ
    website: ウェブサイト

"""##),
        File(path: "layouts/404.html", contents: #"""
{% extends "base.html" %}
{% block content %}
<h1>{{ "page_not_found" | t }}</h1>
<p class="lead">{{ "page_not_found_text" | t }}</p>
<ul class="link-list">
<li><a href="{{ site.url }}">{{ "back_to_home" | t }}</a></li>
<li><a href="{{ site.url }}departments/">{{ "departments" | t }}</a></li>
<li><a href="{{ site.url }}staff/">{{ "staff" | t }}</a></li>
<li><a href="{{ site.url }}posts/">{{ "posts" | t }}</a></li>
</ul>
{% endblock %}

"""#),
        File(path: "layouts/base.html", contents: #"""
<!doctype html>
<html lang="{{ site.language }}">
<head>
{% include "partials/head.html" %}
{%- block head_extra %}{% endblock %}
</head>
<body class="kind-{{ page.kind }}{% if page.furigana %} has-furigana{% endif %}">
{% include "partials/header.html" %}
<main id="main" class="wrap" tabindex="-1">
{% block breadcrumbs %}{% endblock %}
{% if page.furigana %}{% include "partials/furigana-toggle.html" %}{% endif %}
{% block content %}{% endblock %}
</main>
{% include "partials/footer.html" %}
<script src="{{ "/assets/search.js" | rel_url }}" defer></script>
{%- block scripts %}{% endblock %}
</body>
</html>

"""#),
        File(path: "layouts/department-list.html", contents: #"""
{% extends "base.html" %}
{% block breadcrumbs %}
{%- set bc_section_url = null %}{% set bc_section_label = null %}{% set bc_parent = null %}{% set bc_current = "departments" | t %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
<h1>{{ "departments" | t }}</h1>
<p class="lead">{{ "departments_intro" | t("office" | t) }}</p>
{% include "partials/org-chart.html" %}
{%- for d in site.departments %}
<section class="dept-section" aria-labelledby="dept-{{ d.slug }}">
<h2 id="dept-{{ d.slug }}"><a href="{{ d.url }}">{{ d.name }}</a>{% if d.name_en %} <span class="name-en" lang="en">{{ d.name_en }}</span>{% endif %}</h2>
{%- if d.summary %}
<p>{{ d.summary }}</p>
{%- endif %}
{%- if d.children %}
<ul class="cards dept-cards">
{%- for c in d.children %}
<li class="card">
<a class="card-title" href="{{ c.url }}">{{ c.name }}</a>
{%- if c.name_en %} <span class="name-en" lang="en">{{ c.name_en }}</span>{% endif %}
{%- if c.summary %}
<p class="summary">{{ c.summary }}</p>
{%- endif %}
{%- if c.children %}
<ul class="sub-depts">
{%- for g in c.children %}
<li><a href="{{ g.url }}">{{ g.name }}</a></li>
{%- endfor %}
</ul>
{%- endif %}
<p class="muted">{{ "staff_count" | t }}: {{ c.staff | length }}</p>
</li>
{%- endfor %}
</ul>
{%- endif %}
</section>
{%- else %}
<p>{{ "no_departments" | t }}</p>
{%- endfor %}
{% endblock %}

"""#),
        File(path: "layouts/department.html", contents: ##"""
{% extends "base.html" %}
{% block head_extra %}
<script type="application/ld+json">{"@context":"https://schema.org","@type":{{ "organization_type" | t | json }},"@id":{{ (page.permalink ~ "#organization") | json }},"name":{{ department.name | json }},"url":{{ page.permalink | json }}{% if department.reading or department.name_en %},"alternateName":[{% if department.reading %}{{ department.reading | json }}{% if department.name_en %},{% endif %}{% endif %}{% if department.name_en %}{{ department.name_en | json }}{% endif %}]{% endif %}{% if department.summary %},"description":{{ department.summary | json }}{% endif %},"parentOrganization":{% if department.parent %}{"@type":{{ "organization_type" | t | json }},"name":{{ department.parent.name | json }},"url":{{ department.parent.url | abs_url | json }}}{% else %}{"@type":{{ "organization_type" | t | json }},"name":{% if site.organization %}{{ site.organization.name | json }}{% else %}{{ site.title | json }}{% endif %},"url":{{ site.base_url | json }}}{% endif %}{% if department.contact %}{% if department.contact.address %},"address":{{ department.contact.address | json }}{% endif %}{% if department.contact.phone or department.contact.email %},"contactPoint":{"@type":"ContactPoint","contactType":{{ "contact" | t | json }}{% if department.contact.phone %},"telephone":{{ department.contact.phone | json }}{% endif %}{% if department.contact.email %},"email":{{ department.contact.email | json }}{% endif %}{% if department.contact.hours %},"description":{{ department.contact.hours | json }}{% endif %},"availableLanguage":{{ site.language | json }}}{% endif %}{% if department.contact.phone %},"telephone":{{ department.contact.phone | json }}{% endif %}{% if department.contact.email %},"email":{{ department.contact.email | json }}{% endif %}{% endif %}{% if department.children %},"subOrganization":[{% for dc in department.children %}{"@type":{{ "organization_type" | t | json }},"name":{{ dc.name | json }},"url":{{ dc.url | abs_url | json }}}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}{% if department.services %},"makesOffer":[{% for sv in department.services %}{"@type":"Offer","itemOffered":{"@type":"Service","name":{{ sv.name | json }}{% if sv.url %},"url":{{ sv.url | abs_url | json }}{% endif %}}}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}{% if department.social %},"sameAs":[{% for sl in department.social %}{{ sl.url | json }}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}}</script>
{% endblock %}
{% block breadcrumbs %}
{%- set bc_section_url = site.url ~ "departments/" %}{% set bc_section_label = "departments" | t %}{% set bc_parent = department.parent %}{% set bc_current = department.name %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
{%- set ent_lang = "" %}{% if department.language != site.language %}{% set ent_lang = department.language %}{% endif %}
<article class="department">
<header class="department-header">
<h1{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{% if department.reading %}<ruby>{{ department.name }}<rp>（</rp><rt>{{ department.reading }}</rt><rp>）</rp></ruby>{% else %}{{ department.name }}{% endif %}</h1>
{%- if department.name_en %}
<p class="name-en" lang="en">{{ department.name_en }}</p>
{%- endif %}
{%- if department.parent %}
<p class="parent">{{ "parent_department" | t }}: <a href="{{ department.parent.url }}">{{ department.parent.name }}</a></p>
{%- endif %}
{%- if department.summary %}
<p class="lead"{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{{ department.summary }}</p>
{%- endif %}
</header>
{#- The department's posts a page at a time (`page.paginator`); the rest of the page on the first page. -#}
{%- set dp_first = true %}
{%- if page.paginator %}{% set dp_first = page.paginator.number == 1 %}{% endif %}
{%- if dp_first %}
<div class="entry-layout">
<div class="entry-main">
{%- if department.content %}
<div class="prose"{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{{ department.content }}</div>
{%- endif %}
{%- if department.services %}
<section class="services" aria-labelledby="services-heading">
<h2 id="services-heading">{{ "services" | t }}</h2>
<ul class="service-list">
{%- for sv in department.services %}
<li>
<p class="service-name">{% if sv.url %}<a href="{{ sv.url | rel_url }}">{{ sv.name }}</a>{% else %}{{ sv.name }}{% endif %}</p>
{%- if sv.description %}
<div class="service-description">{{ sv.description | markdown }}</div>
{%- endif %}
</li>
{%- endfor %}
</ul>
</section>
{%- endif %}
{%- if department.children %}
<section class="sub-departments" aria-labelledby="children-heading">
<h2 id="children-heading">{{ "sub_departments" | t }}</h2>
<ul class="cards dept-cards">
{%- for c in department.children %}
<li class="card"><h3 class="card-title"><a href="{{ c.url }}">{{ c.name }}</a></h3>
{%- if c.summary %}
<p class="summary">{{ c.summary }}</p>
{%- endif %}
<p class="muted">{{ "staff_count" | t }}: {{ c.staff | length }}</p>
</li>
{%- endfor %}
</ul>
</section>
{%- endif %}
{%- set dp_en = department.params.english | default("") %}
{%- if dp_en %}
<section class="in-english" lang="en" aria-labelledby="english-heading">
<h2 id="english-heading">In English</h2>
<div class="prose">{{ dp_en | markdown }}</div>
</section>
{%- endif %}
</div>
<div class="entry-side">
{%- if department.contact %}
<section class="contact" aria-labelledby="contact-heading">
<h2 id="contact-heading">{{ "contact" | t }}</h2>
<dl>
{%- if department.contact.phone %}
<dt>{{ "phone" | t }}</dt><dd><a href="tel:{{ department.contact.phone }}">{{ department.contact.phone }}</a></dd>
{%- endif %}
{%- if department.contact.email %}
<dt>{{ "email" | t }}</dt><dd><a href="mailto:{{ department.contact.email }}">{{ department.contact.email }}</a></dd>
{%- endif %}
{%- if department.contact.address %}
<dt>{{ "address" | t }}</dt><dd>{{ department.contact.address }}</dd>
{%- endif %}
{%- if department.contact.hours %}
<dt>{{ "hours" | t }}</dt><dd>{{ department.contact.hours }}</dd>
{%- endif %}
</dl>
</section>
{%- endif %}
{%- if department.social %}
<section class="social-links" aria-labelledby="social-heading">
<h2 id="social-heading">{{ "social_media" | t }}</h2>
{%- set links = department.social %}
{% include "partials/social.html" %}
</section>
{%- endif %}
<nav class="dept-position" aria-labelledby="position-heading">
<h2 id="position-heading">{{ "organization" | t }}</h2>
<ul class="dept-tree">
{%- if department.parent %}
<li><a href="{{ department.parent.url }}">{{ department.parent.name }}</a>
<ul>
{%- for sib in department.parent.children %}
<li>{% if sib.slug == department.slug %}<strong aria-current="page">{{ sib.name }}</strong>{% else %}<a href="{{ sib.url }}">{{ sib.name }}</a>{% endif %}</li>
{%- endfor %}
</ul>
</li>
{%- else %}
<li><strong aria-current="page">{{ department.name }}</strong>
{%- if department.children %}
<ul>
{%- for c in department.children %}
<li><a href="{{ c.url }}">{{ c.name }}</a></li>
{%- endfor %}
</ul>
{%- endif %}
</li>
{%- endif %}
</ul>
</nav>
</div>
</div>
{%- if department.staff %}
<section class="department-staff" aria-labelledby="staff-heading">
<h2 id="staff-heading">{{ "staff_of_department" | t }}</h2>
{%- set members = department.staff %}{% set compact_over = 60 %}
{%- include "partials/staff-members.html" %}
</section>
{%- endif %}
{%- endif %}
{%- if department.posts %}
<section class="department-posts" aria-labelledby="posts-heading">
<h2 id="posts-heading">{{ "latest_posts" | t }}{% if page.paginator %}{% if page.paginator.total > 1 %} <span class="muted">{{ "page_n" | t(page.paginator.number) }}</span>{% endif %}{% endif %}</h2>
{%- set posts = department.posts %}{% set first_count = 5 %}
{% include "partials/paged-posts.html" %}
{%- if department.feed_url %}
<p class="feed-link"><a href="{{ department.feed_url }}">{{ "subscribe_feed" | t }}</a></p>
{%- endif %}
</section>
{%- endif %}
{%- if dp_first %}
{%- set tags = department.hashtags %}
{% include "partials/hashtags.html" %}
{% include "partials/share.html" %}
{%- endif %}
</article>
{% endblock %}

"""##),
        File(path: "layouts/home.html", contents: #"""
{% extends "base.html" %}
{% block head_extra %}
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":{{ site.title | json }},"url":{{ site.base_url | json }},"inLanguage":{{ site.language | json }}{% if site.description %},"description":{{ site.description | json }}{% endif %}}{% if site.organization %},{"@type":{{ "organization_type" | t | json }},"name":{{ site.organization.name | json }},"url":{{ site.base_url | json }}{% if site.organization.logo %},"logo":{{ site.organization.logo | abs_url | json }}{% endif %}{% if site.organization.address %},"address":{{ site.organization.address | json }}{% endif %}{% if site.organization.phone %},"telephone":{{ site.organization.phone | json }}{% endif %}{% if site.organization.email %},"email":{{ site.organization.email | json }}{% endif %}{% if site.organization.phone or site.organization.email %},"contactPoint":{"@type":"ContactPoint","contactType":{{ "contact" | t | json }}{% if site.organization.phone %},"telephone":{{ site.organization.phone | json }}{% endif %}{% if site.organization.email %},"email":{{ site.organization.email | json }}{% endif %}}{% endif %}{% if site.departments %},"subOrganization":[{% for td in site.departments %}{"@type":{{ "organization_type" | t | json }},"name":{{ td.name | json }},"url":{{ td.url | abs_url | json }}}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}{% if site.organization.social %},"sameAs":[{% for sl in site.organization.social %}{{ sl.url | json }}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}}{% endif %}]}</script>
{% endblock %}
{% block content %}
<div class="hero">
<h1>{{ site.title }}</h1>
{%- if site.description %}
<p class="lead">{{ site.description }}</p>
{%- endif %}
<ul class="quick-links">
<li><a href="{{ site.url }}departments/"><span class="ql-title">{{ "departments" | t }}</span><span class="ql-text">{{ "quick_departments" | t("office" | t) }}</span></a></li>
<li><a href="{{ site.url }}staff/"><span class="ql-title">{{ "staff" | t }}</span><span class="ql-text">{{ "quick_staff" | t(site.staff | length) }}</span></a></li>
<li><a href="{{ site.url }}posts/"><span class="ql-title">{{ "posts" | t }}</span><span class="ql-text">{{ "quick_posts" | t }}</span></a></li>
{%- for pg in site.pages %}{% if loop.first %}
<li><a href="{{ pg.url }}"><span class="ql-title">{{ pg.title }}</span>{% if pg.description %}<span class="ql-text">{{ pg.description | truncate(40) }}</span>{% endif %}</a></li>
{%- endif %}{% endfor %}
</ul>
</div>
{%- if page.content %}
<div class="prose">{{ page.content }}</div>
{%- endif %}
<section class="home-posts" aria-labelledby="home-posts-heading">
<h2 id="home-posts-heading">{{ "latest_posts" | t }}</h2>
<div class="post-grid">
{%- for p in site.posts %}{% if loop.index <= 6 %}
{%- set hl = 3 %}
{% include "partials/post-card.html" %}
{%- endif %}{% else %}
<p>{{ "no_posts" | t }}</p>
{%- endfor %}
</div>
<p class="more"><a href="{{ site.url }}posts/">{{ "all_posts" | t }}<span aria-hidden="true"> →</span></a></p>
</section>
{%- if site.departments %}
<section class="home-departments" aria-labelledby="home-departments-heading">
<h2 id="home-departments-heading">{{ "what_we_do" | t }}</h2>
<p>{{ "departments_intro" | t("office" | t) }}</p>
<ul class="cards dept-cards">
{%- for d in site.departments %}
<li class="card dept-card">
<h3 class="card-title"><a href="{{ d.url }}">{{ d.name }}</a></h3>
{%- if d.name_en %}
<p class="name-en" lang="en">{{ d.name_en }}</p>
{%- endif %}
{%- if d.summary %}
<p class="summary">{{ d.summary }}</p>
{%- endif %}
{%- if d.children %}
<ul class="chips" aria-label="{{ "sub_departments_of" | t(d.name) }}">
{%- for c in d.children %}
<li><a href="{{ c.url }}">{{ c.name }}</a></li>
{%- endfor %}
</ul>
{%- endif %}
</li>
{%- endfor %}
</ul>
<p class="more"><a href="{{ site.url }}departments/">{{ "all_departments" | t }}<span aria-hidden="true"> →</span></a></p>
</section>
{%- endif %}
{%- if site.staff %}
<section class="home-staff" aria-labelledby="home-staff-heading">
<h2 id="home-staff-heading">{{ "meet_the_staff" | t }}</h2>
<p>{{ "meet_the_staff_text" | t }}</p>
<ul class="cards">
{%- for s in site.staff | selectattr("photo") %}{% if loop.index <= 6 %}
{% include "partials/staff-card.html" %}
{%- endif %}{% endfor %}
</ul>
<p class="more"><a href="{{ site.url }}staff/">{{ "staff_directory" | t(site.staff | length) }}<span aria-hidden="true"> →</span></a></p>
</section>
{%- endif %}
{%- if site.tags %}
<section class="home-tags" aria-labelledby="home-tags-heading">
<h2 id="home-tags-heading">{{ "hashtags" | t }}</h2>
<ul class="hashtags">
{%- for tg in site.tags %}
<li><a href="{{ tg.url }}">#{{ tg.name }}</a></li>
{%- endfor %}
</ul>
</section>
{%- endif %}
{% endblock %}

"""#),
        File(path: "layouts/page.html", contents: #"""
{% extends "base.html" %}
{% block breadcrumbs %}
{%- set bc_section_url = null %}{% set bc_section_label = null %}{% set bc_parent = null %}{% set bc_current = page.title %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
{%- set ent_lang = "" %}{% if page.language != site.language %}{% set ent_lang = page.language %}{% endif %}
<article class="page">
<h1{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{{ page.title }}</h1>
{%- if page.description %}
<p class="lead"{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{{ page.description }}</p>
{%- endif %}
{%- if page.content %}
<div class="prose"{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{{ page.content }}</div>
{%- endif %}
{%- set tags = page.hashtags %}
{% include "partials/hashtags.html" %}
{% include "partials/share.html" %}
</article>
{% endblock %}

"""#),
        File(path: "layouts/partials/breadcrumbs.html", contents: #"""
{#- Set before including: bc_section_url, bc_section_label (or null), bc_parent (a department or null), bc_current; optionally bc_lang (the language of bc_current when it differs from the site's). -#}
<nav class="breadcrumbs" aria-label="{{ "breadcrumbs" | t }}">
<ol>
<li><a href="{{ site.url }}">{{ "home" | t }}</a></li>
{%- if bc_section_url %}
<li><a href="{{ bc_section_url }}">{{ bc_section_label }}</a></li>
{%- endif %}
{%- if bc_parent %}
<li><a href="{{ bc_parent.url }}">{{ bc_parent.name }}</a></li>
{%- endif %}
{%- set bc_lang_attr = bc_lang | default("") %}
<li aria-current="page"{% if bc_lang_attr %} lang="{{ bc_lang_attr }}"{% endif %}>{{ bc_current }}</li>
</ol>
</nav>

"""#),
        File(path: "layouts/partials/footer.html", contents: #"""
<footer class="site-footer">
<div class="wrap footer-inner">
{%- if site.organization %}
<section class="footer-org" aria-labelledby="footer-org-name">
<h2 id="footer-org-name">{% if site.organization.name %}{{ site.organization.name }}{% else %}{{ site.title }}{% endif %}</h2>
<address>
{%- if site.organization.address %}
<p>{{ site.organization.address }}</p>
{%- endif %}
{%- if site.organization.phone %}
<p>{{ "phone" | t }}: <a href="tel:{{ site.organization.phone }}">{{ site.organization.phone }}</a></p>
{%- endif %}
{%- if site.organization.email %}
<p>{{ "email" | t }}: <a href="mailto:{{ site.organization.email }}">{{ site.organization.email }}</a></p>
{%- endif %}
</address>
</section>
{%- endif %}
<nav class="footer-nav" aria-label="{{ "footer_navigation" | t }}">
<ul>
{%- for pg in site.pages %}
<li><a href="{{ pg.url }}">{{ pg.title }}</a></li>
{%- endfor %}
<li><a href="{{ site.url }}feed.xml">{{ "rss_feed" | t }}</a></li>
<li><a href="{{ site.url }}feed.json">{{ "json_feed" | t }}</a></li>
</ul>
</nav>
{%- if site.hashtags %}
<p class="footer-tags">{{ "official_hashtags" | t }}:
{%- for ht in site.hashtags %} <a href="{{ ht.url }}">#{{ ht.name }}</a>{% endfor %}</p>
{%- endif %}
<p class="copyright"><small>©{% if site.build_date %} {{ site.build_date | date("%Y") }}{% endif %} {% if site.organization %}{% if site.organization.name %}{{ site.organization.name }}{% else %}{{ site.title }}{% endif %}{% else %}{{ site.title }}{% endif %} · {{ "powered_by" | t }}</small></p>
</div>
</footer>

"""#),
        File(path: "layouts/partials/furigana-toggle.html", contents: #"""
{#- The furigana switch of a page whose text has readings (`furigana: true`). Off by default; without
    JavaScript the box still shows and hides them (CSS `:has`); with it, the choice is remembered across pages
    and `?furigana=1` or `?furigana=0` in a link sets it. The script runs before the text is drawn, so a
    remembered choice moves nothing. -#}
<p class="furigana-toggle"><input type="checkbox" id="furigana-toggle"><label for="furigana-toggle">{{ "show_furigana" | t }}</label></p>
<script>(function(){try{var b=document.getElementById("furigana-toggle"),m=/[?&]furigana=([01])/.exec(location.search);if(m)localStorage.setItem("koho-furigana",m[1]);b.checked=localStorage.getItem("koho-furigana")==="1";b.addEventListener("change",function(){localStorage.setItem("koho-furigana",b.checked?"1":"0")})}catch(e){}})();</script>

"""#),
        File(path: "layouts/partials/hashtags.html", contents: #"""
{#- Set `tags` (a list of {name, url}) before including. -#}
{%- if tags %}
<ul class="hashtags">
{%- for ht in tags %}
<li><a href="{{ ht.url }}">#{{ ht.name }}</a></li>
{%- endfor %}
</ul>
{%- endif %}

"""#),
        File(path: "layouts/partials/head.html", contents: #"""
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{% if page.title %}{% if page.title != site.title %}{{ page.title }}{% if page.paginator %}{% if page.paginator.number > 1 %}{{ "title_page_n" | t(page.paginator.number) }}{% endif %}{% endif %} | {% endif %}{% endif %}{{ site.title }}</title>
{%- set meta_title = site.title %}{% if page.title %}{% set meta_title = page.title %}{% endif %}
{%- set meta_description = null %}{% if page.description %}{% set meta_description = page.description %}{% elif site.description %}{% set meta_description = site.description %}{% endif %}
{%- if meta_description %}
<meta name="description" content="{{ meta_description | truncate(160) }}">
{%- endif %}
{%- if page.kind == "404" or page.kind == "share-mastodon" or page.kind == "search" %}
<meta name="robots" content="noindex">
{%- else %}
<link rel="canonical" href="{{ page.permalink }}">
{%- endif %}
{#- The same page in the site's other languages, and the main language's as the default. #}
{%- if page.translations %}
{%- for pa in page.alternates %}
<link rel="alternate" hreflang="{{ pa.language }}" href="{{ pa.permalink }}">
{%- endfor %}
{%- for pa in page.alternates %}{% if pa.main %}
<link rel="alternate" hreflang="x-default" href="{{ pa.permalink }}">
{%- endif %}{% endfor %}
{%- endif %}
<link rel="icon" href="{{ "/assets/favicon.svg" | rel_url }}" type="image/svg+xml">
<link rel="stylesheet" href="{{ "/assets/koho.css" | rel_url }}">
<link rel="alternate" type="application/rss+xml" title="{{ site.title }} ({{ "rss_feed" | t }})" href="{{ site.url }}feed.xml">
<link rel="alternate" type="application/feed+json" title="{{ site.title }} ({{ "json_feed" | t }})" href="{{ site.url }}feed.json">
{%- if page.feed_url %}{% if page.feed_url != (site.url ~ "feed.xml") %}
<link rel="alternate" type="application/rss+xml" title="{{ meta_title }} – {{ site.title }} ({{ "rss_feed" | t }})" href="{{ page.feed_url }}">
{%- endif %}{% endif %}
{#- Open Graph and Twitter cards: what a shared link shows. #}
<meta property="og:site_name" content="{{ site.title }}">
<meta property="og:type" content="{% if page.kind == "post" %}article{% elif page.kind == "staff" %}profile{% else %}website{% endif %}">
<meta property="og:title" content="{{ meta_title }}">
{%- if meta_description %}
<meta property="og:description" content="{{ meta_description | truncate(200) }}">
{%- endif %}
{%- if page.kind != "404" %}
<meta property="og:url" content="{{ page.permalink }}">
{%- endif %}
<meta property="og:locale" content="{% if site.language == "ja" %}ja_JP{% elif site.language == "en" %}en_US{% else %}{{ site.language | replace("-", "_") }}{% endif %}">
{%- for sl in site.languages %}{% if not sl.current %}
<meta property="og:locale:alternate" content="{{ sl.locale }}">
{%- endif %}{% endfor %}
{#- The picture a shared link shows: `page.image` is the entry's own raster image, its share card (1200×630
    PNG) or site.yml's `share_image` — never an SVG (Koho decides, in one place). #}
{%- if page.image %}
<meta property="og:image" content="{{ page.image.src | abs_url }}">
{%- if page.image.width %}
<meta property="og:image:width" content="{{ page.image.width }}">
<meta property="og:image:height" content="{{ page.image.height }}">
{%- endif %}
<meta name="twitter:image" content="{{ page.image.src | abs_url }}">
{%- if page.image.alt %}
<meta property="og:image:alt" content="{{ page.image.alt }}">
<meta name="twitter:image:alt" content="{{ page.image.alt }}">
{%- endif %}
{%- endif %}
<meta name="twitter:card" content="{% if page.image %}summary_large_image{% else %}summary{% endif %}">
{%- if site.organization %}{% for sl in site.organization.social %}{% if sl.service == "x" %}
<meta name="twitter:site" content="{{ sl.handle }}">
{%- endif %}{% endfor %}{% endif %}
<meta name="twitter:title" content="{{ meta_title }}">
{%- if meta_description %}
<meta name="twitter:description" content="{{ meta_description | truncate(200) }}">
{%- endif %}
{#- JSON-LD for the pages whose layout has none of its own (home, staff, department and post layouts write
    theirs in their head_extra block). Every value goes through `json`, which is safe inside <script>. #}
{%- if page.kind in ["staff-list", "department-list", "post-list", "tag-list", "tag", "page"] %}
<script type="application/ld+json">{"@context":"https://schema.org","@type":{% if page.kind == "page" %}"WebPage"{% else %}"CollectionPage"{% endif %},"name":{{ meta_title | json }},"url":{{ page.permalink | json }}{% if meta_description %},"description":{{ meta_description | json }}{% endif %},"inLanguage":{{ site.language | json }},"isPartOf":{"@type":"WebSite","name":{{ site.title | json }},"url":{{ site.base_url | json }}}}</script>
{%- endif %}

"""#),
        File(path: "layouts/partials/header.html", contents: ##"""
<a class="skip-link" href="#main">{{ "skip_to_content" | t }}</a>
<header class="site-header">
<div class="wrap header-inner">
<a class="site-title" href="{{ site.url }}">
{%- if site.organization %}{% if site.organization.logo %}<img src="{{ site.organization.logo | rel_url }}" alt="" width="36" height="36">{% endif %}{% endif -%}
<span>{{ site.title }}</span></a>
<nav class="site-nav" aria-label="{{ "main_navigation" | t }}">
<ul>
<li><a href="{{ site.url }}"{% if page.url == site.url %} aria-current="page"{% endif %}>{{ "home" | t }}</a></li>
<li><a href="{{ site.url }}departments/"{% if page.url == (site.url ~ "departments/") %} aria-current="page"{% endif %}>{{ "departments" | t }}</a></li>
<li><a href="{{ site.url }}staff/"{% if page.url == (site.url ~ "staff/") %} aria-current="page"{% endif %}>{{ "staff" | t }}</a></li>
<li><a href="{{ site.url }}posts/"{% if page.url == (site.url ~ "posts/") %} aria-current="page"{% endif %}>{{ "posts" | t }}</a></li>
<li><a href="{{ site.url }}tags/"{% if page.url == (site.url ~ "tags/") %} aria-current="page"{% endif %}>{{ "tags" | t }}</a></li>
</ul>
</nav>
{#- Without JavaScript the box leads to the staff directory; search.js points it at the search page. #}
{%- if page.kind != "search" %}
<form role="search" class="header-search" action="{{ site.url }}staff/" method="get" data-search-page="{{ site.url }}search/" data-search-index="{{ site.url }}search/index/">
<label class="visually-hidden" for="header-search-q">{{ "search_site" | t }}</label>
<input type="search" id="header-search-q" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search">
<button type="submit">{{ "search" | t }}</button>
</form>
{%- endif %}
{%- if page.language_links %}
<nav class="lang-switch" aria-label="{{ "language_switcher" | t }}">
<ul>
{%- for ll in page.language_links %}
<li><a href="{{ ll.url }}" lang="{{ ll.language }}" hreflang="{{ ll.language }}">{{ ll.name }}</a></li>
{%- endfor %}
</ul>
</nav>
{%- endif %}
</div>
</header>

"""##),
        File(path: "layouts/partials/org-chart.html", contents: #"""
{#- The organisation chart of /departments/: the office, its departments (部), their divisions (課) and
    sections (係) as boxes joined by lines, drawn with HTML and CSS at build time. The chart is the nested list
    itself, so a screen reader or a text browser reads the same tree, and every box is a link. Wide screens
    draw the departments side by side (scrolling sideways when there are many); narrow ones draw a tree going
    down. -#}
{%- if site.departments %}
<figure class="org-chart" aria-labelledby="org-chart-title">
<figcaption id="org-chart-title">{{ "org_chart" | t }}</figcaption>
<div class="org-scroll" tabindex="0" role="group" aria-labelledby="org-chart-title">
<p class="org-root">{% if site.organization %}{{ site.organization.name }}{% else %}{{ site.title }}{% endif %}</p>
<ul class="org-level-1">
{%- for d1 in site.departments %}
<li><a class="org-box" href="{{ d1.url }}">{{ d1.name }}</a>
{%- if d1.children %}
<ul class="org-level-2">
{%- for d2 in d1.children %}
<li><a class="org-box" href="{{ d2.url }}">{{ d2.name }}</a>
{%- if d2.children %}
<ul class="org-level-3">
{%- for d3 in d2.children %}
<li><a class="org-box" href="{{ d3.url }}">{{ d3.name }}</a></li>
{%- endfor %}
</ul>
{%- endif %}
</li>
{%- endfor %}
</ul>
{%- endif %}
</li>
{%- endfor %}
</ul>
</div>
</figure>
{%- endif %}

"""#),
        File(path: "layouts/partials/paged-posts.html", contents: #"""
{#- Set `posts` and `first_count` before including: this page's posts when the list is split into pages
    (`page.paginator`), else the first `first_count` of `posts`; then the links between the pages. -#}
<div class="post-grid">
{%- if page.paginator %}{% set posts = page.paginator.items %}{% set first_count = page.paginator.items | length %}{% endif %}
{%- for p in posts %}{% if loop.index <= first_count %}
{%- set hl = 3 %}
{% include "partials/post-card.html" %}
{%- endif %}{% endfor %}
</div>
{%- include "partials/pagination.html" %}

"""#),
        File(path: "layouts/partials/pagination.html", contents: #"""
{#- Links between the pages of a list (`page.paginator`): plain links, no script. Lists of posts say
    newer/older; other lists say previous/next. Shows the first and last pages and two on each side of this one. -#}
{%- if page.paginator %}{% if page.paginator.total > 1 %}
{%- set pn = page.paginator %}
{%- set pn_posts = page.kind not in ["staff-list", "department-list", "tag-list"] %}
<nav class="pagination" aria-label="{{ "pagination" | t }}">
<ul>
<li class="prev">{% if pn.prev_url %}<a href="{{ pn.prev_url }}" rel="prev">← {% if pn_posts %}{{ "newer_posts" | t }}{% else %}{{ "prev_page" | t }}{% endif %}</a>{% endif %}</li>
<li class="current">{{ "page_label" | t }} {{ pn.number }} / {{ pn.total }}</li>
<li class="next">{% if pn.next_url %}<a href="{{ pn.next_url }}" rel="next">{% if pn_posts %}{{ "older_posts" | t }}{% else %}{{ "next_page" | t }}{% endif %} →</a>{% endif %}</li>
</ul>
<ol class="page-numbers">
{%- for pg in pn.pages %}
{%- if pg.number == 1 or pg.number == pn.total or (pg.number >= pn.number - 2 and pg.number <= pn.number + 2) %}
<li><a href="{{ pg.url }}"{% if pg.current %} aria-current="page"{% endif %} aria-label="{{ "page_n" | t(pg.number) }}">{{ pg.number }}</a></li>
{%- elif pg.number == pn.number - 3 or pg.number == pn.number + 3 %}
<li class="gap" aria-hidden="true">…</li>
{%- endif %}
{%- endfor %}
</ol>
</nav>
{%- endif %}{% endif %}

"""#),
        File(path: "layouts/partials/picture.html", contents: #"""
{#- Set `pic` (an image: `photo`, `image`), `pic_class`, `pic_sizes` (the width it is shown at, for the browser to choose a file), `pic_eager` (true for the first image of a page), `pic_decorative` (true for an empty `alt`) and `pic_lang` (the `alt` text's language, or "") before including. An image Koho resized has `sources` (AVIF, WebP) and `srcset`; its `width` and `height` keep its space while it loads. -#}
{%- if pic.srcset %}<picture>
{%- for pic_source in pic.sources %}<source type="{{ pic_source.type }}" srcset="{{ pic_source.srcset }}" sizes="{{ pic_sizes }}">{% endfor -%}
<img class="{{ pic_class }}" src="{{ pic.src | rel_url }}" srcset="{{ pic.srcset }}" sizes="{{ pic_sizes }}" width="{{ pic.width }}" height="{{ pic.height }}" alt="{% if not pic_decorative and pic.alt %}{{ pic.alt }}{% endif %}"{% if pic_lang %} lang="{{ pic_lang }}"{% endif %}{% if pic_eager %} fetchpriority="high"{% else %} loading="lazy"{% endif %} decoding="async"></picture>
{%- else %}<img class="{{ pic_class }}" src="{{ pic.src | rel_url }}" alt="{% if not pic_decorative and pic.alt %}{{ pic.alt }}{% endif %}"{% if pic_lang %} lang="{{ pic_lang }}"{% endif %}{% if not pic_eager %} loading="lazy"{% endif %} decoding="async">
{%- endif %}

"""#),
        File(path: "layouts/partials/post-card.html", contents: #"""
{#- Set `p` (a post) and `hl` (heading level, 2 or 3) before including. A post's own language (front matter `lang`, e.g. `en`) marks its title and summary. -#}
{%- set pc_lang = p.params.lang | default("") %}
<article class="card post-card{% if p.image %} has-image{% endif %}">
<div class="post-card-body">
<h{{ hl }} class="card-title"><a href="{{ p.url }}"{% if pc_lang %} lang="{{ pc_lang }}"{% endif %}>{{ p.title }}</a></h{{ hl }}>
<p class="meta"><time datetime="{{ p.date | date("%Y-%m-%d") }}">{{ p.date | date }}</time>
{%- for pc_d in p.departments %}<span class="sep" aria-hidden="true"> · </span><a href="{{ pc_d.url }}">{{ pc_d.name }}</a>{% endfor %}</p>
{%- if p.summary %}
<p class="summary"{% if pc_lang %} lang="{{ pc_lang }}"{% endif %}>{{ p.summary }}</p>
{%- endif %}
</div>
{%- if p.image %}
{%- set pic = p.image %}{% set pic_class = "post-card-image" %}{% set pic_sizes = "(max-width: 40rem) 5rem, 6.5rem" %}{% set pic_eager = false %}{% set pic_decorative = true %}{% set pic_lang = "" %}
{% include "partials/picture.html" %}
{%- endif %}
</article>

"""#),
        File(path: "layouts/partials/share.html", contents: #"""
{%- if page.share %}
<section class="share" aria-labelledby="share-heading">
<h2 id="share-heading">{{ "share" | t }}</h2>
<ul>
{%- for sh in page.share %}
<li><a class="share-link share-{{ sh.target }}" href="{{ sh.url }}" rel="noopener"{% if sh.target != "email" %} target="_blank"{% endif %}>{{ sh.label }}</a></li>
{%- endfor %}
</ul>
</section>
{%- endif %}

"""#),
        File(path: "layouts/partials/social.html", contents: #"""
{#- Set `links` (a list of {service, label, handle, url}) before including. -#}
{%- if links %}
<ul class="social">
{%- for sl in links %}
<li><a class="social-{{ sl.service }}" href="{{ sl.url }}" rel="me noopener">{{ sl.label }}{% if sl.handle %} <span class="handle">{{ sl.handle }}</span>{% endif %}</a></li>
{%- endfor %}
</ul>
{%- endif %}

"""#),
        File(path: "layouts/partials/staff-card.html", contents: #"""
{#- Set `s` (a staff member) before including; goes inside <ul class="cards">. -#}
<li class="card staff-card" data-filter-item="{{ s.name }}{% if s.reading %} {{ s.reading }}{% endif %}{% if s.name_en %} {{ s.name_en }}{% endif %}{% if s.role %} {{ s.role }}{% endif %} {{ s.topics | join(" ") }}">
{%- if s.photo %}
{%- set pic = s.photo %}{% set pic_class = "avatar" %}{% set pic_sizes = "64px" %}{% set pic_eager = false %}{% set pic_decorative = false %}{% set pic_lang = "" %}
{% include "partials/picture.html" %}
{%- else %}
<span class="avatar avatar-blank" aria-hidden="true">{{ s.name | first }}</span>
{%- endif %}
<div class="staff-card-body">
<a class="card-title" href="{{ s.url }}">{% if s.reading %}<ruby>{{ s.name }}<rp>（</rp><rt>{{ s.reading }}</rt><rp>）</rp></ruby>{% else %}{{ s.name }}{% endif %}</a>
{%- if s.name_en %}
<span class="name-en" lang="en">{{ s.name_en }}</span>
{%- endif %}
{%- if s.role %}
<p class="role">{{ s.role }}</p>
{%- endif %}
{%- if s.topics %}
<p class="topics">{{ "topics_short" | t }}: {{ s.topics | join("、") }}</p>
{%- endif %}
</div>
</li>

"""#),
        File(path: "layouts/partials/staff-members.html", contents: #"""
{#- Set `members` (staff) and `compact_over` (a number) before including: cards, or one line per person when
    there are more than `compact_over`, so a long list stays a small page. -#}
{%- if members | length > compact_over %}
<ul class="name-index">
{%- for s in members %}
{% include "partials/staff-row.html" %}
{%- endfor %}
</ul>
{%- else %}
<ul class="cards">
{%- for s in members %}
{% include "partials/staff-card.html" %}
{%- endfor %}
</ul>
{%- endif %}

"""#),
        File(path: "layouts/partials/staff-row.html", contents: #"""
{#- Set `s` (a staff member) before including; one line of a compact list, inside <ul class="name-index">. -#}
<li data-filter-item="{{ s.name }}{% if s.reading %} {{ s.reading }}{% endif %}{% if s.name_en %} {{ s.name_en }}{% endif %}{% if s.role %} {{ s.role }}{% endif %} {{ s.topics | join(" ") }}"><a href="{{ s.url }}">{% if s.reading %}<ruby>{{ s.name }}<rp>（</rp><rt>{{ s.reading }}</rt><rp>）</rp></ruby>{% else %}{{ s.name }}{% endif %}</a>
{%- if s.role %} <span class="role">{{ s.role }}</span>{% endif %}
{%- for sd in s.departments %}{% if loop.first %} <span class="muted">（{% endif %}{{ sd.name }}{% if loop.last %}）</span>{% else %}・{% endif %}{% endfor %}</li>

"""#),
        File(path: "layouts/post-list.html", contents: #"""
{% extends "base.html" %}
{% block breadcrumbs %}
{%- set bc_section_url = null %}{% set bc_section_label = null %}{% set bc_parent = null %}{% set bc_current = "posts" | t %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
<h1>{{ "posts" | t }}</h1>
{%- if page.paginator %}
{%- if page.paginator.number > 1 %}
<p class="muted">{{ "page_label" | t }} {{ page.paginator.number }} / {{ page.paginator.total }}</p>
{%- endif %}
<div class="post-list">
{%- for p in page.paginator.items %}
{%- set hl = 2 %}
{% include "partials/post-card.html" %}
{%- else %}
<p>{{ "no_posts" | t }}</p>
{%- endfor %}
</div>
{% include "partials/pagination.html" %}
{%- endif %}
<p class="feed-link"><a href="{{ site.url }}feed.xml">{{ "subscribe_feed" | t }}</a></p>
{% endblock %}

"""#),
        File(path: "layouts/post.html", contents: #"""
{% extends "base.html" %}
{% block head_extra %}
<meta property="article:published_time" content="{{ post.date | datetime }}">
{%- for a in post.authors %}
<meta property="article:author" content="{{ a.url | abs_url }}">
{%- endfor %}
{%- for ph in post.hashtags %}
<meta property="article:tag" content="{{ ph.name }}">
{%- endfor %}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":{{ post.title | json }},"datePublished":{{ post.date | datetime | json }},"dateModified":{{ post.date | datetime | json }},"url":{{ page.permalink | json }},"mainEntityOfPage":{"@type":"WebPage","@id":{{ page.permalink | json }}},"inLanguage":{{ site.language | json }}{% if page.description %},"description":{{ page.description | json }}{% endif %}{% if page.image %},"image":[{{ page.image.src | abs_url | json }}]{% endif %}{% if post.hashtags %},"keywords":[{% for ph in post.hashtags %}{{ ph.name | json }}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}{% if post.departments %},"articleSection":[{% for pd in post.departments %}{{ pd.name | json }}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %},"author":[{% for a in post.authors %}{"@type":"Person","name":{{ a.name | json }},"url":{{ a.url | abs_url | json }}{% if a.role %},"jobTitle":{{ a.role | json }}{% endif %}}{% if not loop.last %},{% endif %}{% else %}{"@type":{{ "organization_type" | t | json }},"name":{% if site.organization %}{{ site.organization.name | json }}{% else %}{{ site.title | json }}{% endif %},"url":{{ site.base_url | json }}}{% endfor %}],"publisher":{"@type":{{ "organization_type" | t | json }},"name":{% if site.organization %}{{ site.organization.name | json }}{% else %}{{ site.title | json }}{% endif %},"url":{{ site.base_url | json }}{% if site.organization %}{% if site.organization.logo %},"logo":{"@type":"ImageObject","url":{{ site.organization.logo | abs_url | json }}}{% endif %}{% endif %}}}</script>
{% endblock %}
{% block breadcrumbs %}
{%- set bc_section_url = site.url ~ "posts/" %}{% set bc_section_label = "posts" | t %}{% set bc_parent = null %}{% set bc_current = post.title %}{% set bc_lang = post.params.lang | default("") %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
{%- set po_lang = post.params.lang | default("") %}{% if not po_lang %}{% if post.language != site.language %}{% set po_lang = post.language %}{% endif %}{% endif %}
<article class="post">
<header class="post-header">
<h1{% if po_lang %} lang="{{ po_lang }}"{% endif %}>{{ post.title }}</h1>
<p class="meta"><time datetime="{{ post.date | date("%Y-%m-%d") }}">{{ post.date | date }}</time>
{%- if post.authors %}
<span class="sep" aria-hidden="true"> · </span><span>{{ "written_by" | t }}:
{%- for a in post.authors %} <a href="{{ a.url }}">{{ a.name }}</a>{% if not loop.last %}、{% endif %}{% endfor %}</span>
{%- endif %}
{%- if post.departments %}
<span class="sep" aria-hidden="true"> · </span><span>{{ "department_label" | t }}:
{%- for pd in post.departments %} <a href="{{ pd.url }}">{{ pd.name }}</a>{% if not loop.last %}、{% endif %}{% endfor %}</span>
{%- endif %}
</p>
{%- if post.summary %}
<p class="lead"{% if po_lang %} lang="{{ po_lang }}"{% endif %}>{{ post.summary }}</p>
{%- endif %}
</header>
{%- if post.image %}
<figure class="post-image">
{%- set pic = post.image %}{% set pic_class = "post-image-img" %}{% set pic_sizes = "(min-width: 50rem) 48rem, 100vw" %}{% set pic_eager = true %}{% set pic_decorative = false %}{% set pic_lang = po_lang %}
{% include "partials/picture.html" %}
</figure>
{%- endif %}
{%- if post.content %}
<div class="prose"{% if po_lang %} lang="{{ po_lang }}"{% endif %}>{{ post.content }}</div>
{%- endif %}
{%- set tags = post.hashtags %}
{% include "partials/hashtags.html" %}
{% include "partials/share.html" %}
{%- if post.authors %}
<section class="post-authors" aria-labelledby="authors-heading">
<h2 id="authors-heading">{{ "about_the_author" | t }}</h2>
<ul class="cards">
{%- for s in post.authors %}
{% include "partials/staff-card.html" %}
{%- endfor %}
</ul>
</section>
{%- endif %}
</article>
{% endblock %}

"""#),
        File(path: "layouts/search.html", contents: #"""
{% extends "base.html" %}
{#- The search page (/search/): search.js reads ?q=, asks the index under search/index/ and writes the results,
    grouped, into #search-results; its words come from the data-* attributes below ({0} the query, {1} the
    number). Without JavaScript the page says so and links the directories. #}
{% block breadcrumbs %}
{%- set bc_section_url = null %}{% set bc_section_label = null %}{% set bc_parent = null %}{% set bc_current = page.title %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
<div id="search-page" class="search-page" data-search-index="{{ site.url ~ "search/index/" }}" data-count="{{ "search_count" | t("{0}", "{1}") }}" data-count-partial="{{ "search_count_partial" | t("{0}", "{1}") }}" data-none="{{ "search_none" | t("{0}") }}" data-partial="{{ "search_partial" | t }}" data-error="{{ "search_error" | t }}" data-more="{{ "search_more" | t }}" data-group-staff="{{ "search_group_staff" | t }}" data-group-department="{{ "search_group_department" | t }}" data-group-post="{{ "search_group_post" | t }}" data-group-page="{{ "search_group_page" | t }}">
<h1>{{ page.title }}</h1>
<form role="search" id="search-form" class="search-form" action="{{ site.url ~ "search/" }}" method="get">
<label for="search-q">{{ "search_label" | t }}</label>
<div class="search-row">
<input type="search" id="search-q" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="search-hint">
<button type="submit">{{ "search" | t }}</button>
</div>
<p id="search-hint" class="search-hint">{{ "search_hint" | t }}</p>
</form>
<p id="search-status" class="search-status" role="status"></p>
<div id="search-results"></div>
<noscript><p>{{ "search_noscript" | t }}</p>
<ul class="link-list">
<li><a href="{{ site.url ~ "staff/" }}">{{ "staff" | t }}</a></li>
<li><a href="{{ site.url ~ "departments/" }}">{{ "departments" | t }}</a></li>
<li><a href="{{ site.url ~ "posts/" }}">{{ "posts" | t }}</a></li>
</ul></noscript>
</div>
{% endblock %}

"""#),
        File(path: "layouts/share-mastodon.html", contents: #"""
{% extends "base.html" %}
{% block content %}
<h1>{{ "share_on_mastodon" | t }}</h1>
<p class="lead">{{ "mastodon_share_intro" | t }}</p>
<form class="share-form" id="mastodon-share" data-error="{{ "mastodon_instance_invalid" | t }}">
<p><label for="mastodon-instance">{{ "mastodon_instance" | t }}</label>
<input id="mastodon-instance" name="instance" type="text" inputmode="url" autocomplete="url" placeholder="mastodon.social" required spellcheck="false" autocapitalize="off"></p>
<p><label for="mastodon-text">{{ "mastodon_share_text" | t }}</label>
<textarea id="mastodon-text" name="text" rows="5"></textarea></p>
<p class="form-error" id="mastodon-error" role="alert" hidden></p>
<p><button type="submit">{{ "share_on_mastodon" | t }}</button></p>
</form>
<noscript><p>{{ "mastodon_share_noscript" | t }}</p></noscript>
{% endblock %}
{% block scripts %}
<script src="{{ "/assets/mastodon-share.js" | rel_url }}" defer></script>
{% endblock %}

"""#),
        File(path: "layouts/staff-list.html", contents: #"""
{% extends "base.html" %}
{% block breadcrumbs %}
{%- set bc_section_url = null %}{% set bc_section_label = null %}{% set bc_parent = null %}{% set bc_current = "staff" | t %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
<h1>{{ "staff" | t }}{% if page.paginator %}{% if page.paginator.number > 1 %} <span class="muted">{{ "page_n" | t(page.paginator.number) }}</span>{% endif %}{% endif %}</h1>
<p class="lead">{{ "staff_list_intro" | t }}</p>
<p class="staff-by-department"><a href="{{ site.url }}departments/">{{ "staff_by_department" | t }}</a></p>
{%- if page.paginator %}
{%- set pn = page.paginator %}
<nav class="kana-index" aria-label="{{ "kana_index" | t }}">
<ul>
{%- for r in pn.index %}
<li>{% if r.url %}<a href="{{ r.url }}"{% if pn.total > 1 and r.number == pn.number %} class="here"{% endif %}>{{ r.label }}</a>{% else %}<span class="empty">{{ r.label }}</span>{% endif %}</li>
{%- endfor %}
</ul>
</nav>
<div class="staff-directory" data-filter="{% if pn.total > 1 %}{{ "filter_staff_page" | t }}{% else %}{{ "filter_staff" | t }}{% endif %}" data-filter-status="{{ "filter_status" | t("{0}") }}" data-filter-none="{{ "filter_none" | t }}">
{%- for g in pn.groups %}
<section class="kana-group" data-filter-group>
<h2{% if not g.continued %} id="{{ g.id }}"{% endif %}>{{ g.label }}{% if g.continued %} <span class="muted">{{ "continued" | t }}</span>{% endif %}</h2>
<ul class="name-index">
{%- for s in g.items %}
{% include "partials/staff-row.html" %}
{%- endfor %}
</ul>
</section>
{%- else %}
<p class="empty">{{ "no_staff_yet" | t }}</p>
{%- endfor %}
</div>
{% include "partials/pagination.html" %}
{%- elif site.staff %}
<div class="staff-directory" data-filter="{{ "filter_staff" | t }}" data-filter-status="{{ "filter_status" | t("{0}") }}" data-filter-none="{{ "filter_none" | t }}">
<ul class="name-index">
{%- for s in site.staff %}
{% include "partials/staff-row.html" %}
{%- endfor %}
</ul>
</div>
{%- else %}
<p class="empty">{{ "no_staff_yet" | t }}</p>
{%- endif %}
{% endblock %}
{% block scripts %}
<script src="{{ "/assets/koho.js" | rel_url }}" defer></script>
{% endblock %}

"""#),
        File(path: "layouts/staff.html", contents: ##"""
{% extends "base.html" %}
{% block head_extra %}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","@id":{{ (page.permalink ~ "#person") | json }},"name":{{ staff.name | json }},"url":{{ page.permalink | json }}{% if staff.reading or staff.name_en %},"alternateName":[{% if staff.reading %}{{ staff.reading | json }}{% if staff.name_en %},{% endif %}{% endif %}{% if staff.name_en %}{{ staff.name_en | json }}{% endif %}]{% endif %}{% if staff.role %},"jobTitle":{{ staff.role | json }}{% endif %}{% if staff.email %},"email":{{ staff.email | json }}{% endif %}{% if staff.phone %},"telephone":{{ staff.phone | json }}{% endif %}{% if page.image %},"image":{{ page.image.src | abs_url | json }}{% endif %}{% if staff.topics %},"knowsAbout":{{ staff.topics | json }}{% endif %},"worksFor":[{% for sd in staff.departments %}{"@type":{{ "organization_type" | t | json }},"name":{{ sd.name | json }},"url":{{ sd.url | abs_url | json }},"parentOrganization":{% if sd.parent %}{"@type":{{ "organization_type" | t | json }},"name":{{ sd.parent.name | json }},"url":{{ sd.parent.url | abs_url | json }},"parentOrganization":{"@type":{{ "organization_type" | t | json }},"name":{% if site.organization %}{{ site.organization.name | json }}{% else %}{{ site.title | json }}{% endif %},"url":{{ site.base_url | json }}}}{% else %}{"@type":{{ "organization_type" | t | json }},"name":{% if site.organization %}{{ site.organization.name | json }}{% else %}{{ site.title | json }}{% endif %},"url":{{ site.base_url | json }}}{% endif %}}{% if not loop.last %},{% endif %}{% else %}{"@type":{{ "organization_type" | t | json }},"name":{% if site.organization %}{{ site.organization.name | json }}{% else %}{{ site.title | json }}{% endif %},"url":{{ site.base_url | json }}}{% endfor %}]{% if staff.social %},"sameAs":[{% for sl in staff.social %}{{ sl.url | json }}{% if not loop.last %},{% endif %}{% endfor %}]{% endif %}}</script>
{% endblock %}
{% block breadcrumbs %}
{%- set bc_section_url = site.url ~ "staff/" %}{% set bc_section_label = "staff" | t %}{% set bc_parent = null %}{% set bc_current = staff.name %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
{%- set ent_lang = "" %}{% if staff.language != site.language %}{% set ent_lang = staff.language %}{% endif %}
<article class="profile">
<header class="profile-header">
{%- if staff.photo %}
{%- set pic = staff.photo %}{% set pic_class = "profile-photo" %}{% set pic_sizes = "(max-width: 40rem) 112px, 160px" %}{% set pic_eager = true %}{% set pic_decorative = false %}{% set pic_lang = "" %}
{% include "partials/picture.html" %}
{%- endif %}
<div class="profile-heading">
<h1{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{% if staff.reading %}<ruby>{{ staff.name }}<rp>（</rp><rt>{{ staff.reading }}</rt><rp>）</rp></ruby>{% else %}{{ staff.name }}{% endif %}</h1>
{%- if staff.name_en %}
<p class="name-en" lang="en">{{ staff.name_en }}</p>
{%- endif %}
{%- if staff.role %}
<p class="role">{{ staff.role }}</p>
{%- endif %}
{%- if staff.departments %}
<p class="profile-departments">{{ "department_label" | t }}:
{%- for sd in staff.departments %} <a href="{{ sd.url }}">{% if sd.parent %}{{ sd.parent.name }} {% endif %}{{ sd.name }}</a>{% if not loop.last %}、{% endif %}{% endfor %}</p>
{%- endif %}
{%- if staff.since %}
<p class="since">{{ "since" | t }}: {{ staff.since }}</p>
{%- endif %}
</div>
</header>
{#- The member's posts a page at a time (`page.paginator`); the profile on the first page. -#}
{%- set st_first = true %}
{%- if page.paginator %}{% set st_first = page.paginator.number == 1 %}{% endif %}
{%- if st_first %}
<div class="entry-layout">
<div class="entry-main">
{%- if staff.content %}
<div class="prose"{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{{ staff.content }}</div>
{%- endif %}
{%- set st_en = staff.params.english | default("") %}
{%- if st_en %}
<section class="in-english" lang="en" aria-labelledby="english-heading">
<h2 id="english-heading">In English</h2>
<div class="prose"{% if ent_lang %} lang="{{ ent_lang }}"{% endif %}>{{ st_en | markdown }}</div>
</section>
{%- endif %}
</div>
<div class="entry-side">
{%- if staff.topics %}
<section class="topics" aria-labelledby="topics-heading">
<h2 id="topics-heading">{{ "topics" | t }}</h2>
<ul class="chips topic-chips">
{%- for tp in staff.topics %}
<li>{{ tp }}</li>
{%- endfor %}
</ul>
</section>
{%- endif %}
{%- if staff.email or staff.phone %}
<section class="contact" aria-labelledby="contact-heading">
<h2 id="contact-heading">{{ "contact" | t }}</h2>
<dl>
{%- if staff.phone %}
<dt>{{ "phone" | t }}</dt><dd><a href="tel:{{ staff.phone }}">{{ staff.phone }}</a></dd>
{%- endif %}
{%- if staff.email %}
<dt>{{ "email" | t }}</dt><dd><a href="mailto:{{ staff.email }}">{{ staff.email }}</a></dd>
{%- endif %}
</dl>
</section>
{%- endif %}
{%- if staff.social %}
<section class="social-links" aria-labelledby="social-heading">
<h2 id="social-heading">{{ "social_media" | t }}</h2>
{%- set links = staff.social %}
{% include "partials/social.html" %}
</section>
{%- endif %}
</div>
</div>
{%- set tags = staff.hashtags %}
{% include "partials/hashtags.html" %}
{% include "partials/share.html" %}
{%- endif %}
{%- if staff.posts %}
<section class="staff-posts" aria-labelledby="staff-posts-heading">
<h2 id="staff-posts-heading">{{ "posts_by_staff" | t }}{% if page.paginator %}{% if page.paginator.total > 1 %} <span class="muted">{{ "page_n" | t(page.paginator.number) }}</span>{% endif %}{% endif %}</h2>
{%- set posts = staff.posts %}{% set first_count = 10 %}
{% include "partials/paged-posts.html" %}
{%- if page.feed_url %}
<p class="feed-link"><a href="{{ page.feed_url }}">{{ "subscribe_feed" | t }}</a></p>
{%- endif %}
</section>
{%- endif %}
</article>
{% endblock %}

"""##),
        File(path: "layouts/tag-list.html", contents: #"""
{% extends "base.html" %}
{% block breadcrumbs %}
{%- set bc_section_url = null %}{% set bc_section_label = null %}{% set bc_parent = null %}{% set bc_current = "tags" | t %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
<h1>{{ "tags" | t }}</h1>
<p class="lead">{{ "tags_intro" | t }}</p>
{%- if site.tags %}
<ul class="tag-cloud">
{%- for tg in site.tags %}
<li><a href="{{ tg.url }}">#{{ tg.name }}</a> <span class="count">{{ (tg.posts | length) + (tg.staff | length) + (tg.departments | length) }}</span></li>
{%- endfor %}
</ul>
{%- else %}
<p>{{ "no_tags" | t }}</p>
{%- endif %}
{% endblock %}

"""#),
        File(path: "layouts/tag.html", contents: ##"""
{% extends "base.html" %}
{% block breadcrumbs %}
{%- set bc_section_url = site.url ~ "tags/" %}{% set bc_section_label = "tags" | t %}{% set bc_parent = null %}{% set bc_current = "#" ~ tag.name %}
{% include "partials/breadcrumbs.html" %}
{% endblock %}
{% block content %}
<h1>#{{ tag.name }}</h1>
{%- if tag.feed_url %}
<p class="feed-link"><a href="{{ tag.feed_url }}">{{ "subscribe_feed" | t }}</a></p>
{%- endif %}
{#- The posts a page at a time (`page.paginator`); the staff and departments on the first page. -#}
{%- set tg_posts = tag.posts %}{% set tg_first = true %}
{%- if page.paginator %}{% set tg_posts = page.paginator.items %}{% set tg_first = page.paginator.number == 1 %}{% endif %}
{%- if tg_posts %}
<section aria-labelledby="tag-posts-heading">
<h2 id="tag-posts-heading">{{ "posts" | t }}{% if page.paginator %}{% if page.paginator.total > 1 %} <span class="muted">{{ "page_n" | t(page.paginator.number) }}</span>{% endif %}{% endif %}</h2>
{%- set posts = tag.posts %}{% set first_count = tag.posts | length %}
{% include "partials/paged-posts.html" %}
</section>
{%- endif %}
{%- if tg_first %}
{%- if tag.staff %}
<section aria-labelledby="tag-staff-heading">
<h2 id="tag-staff-heading">{{ "staff" | t }}</h2>
{%- set members = tag.staff %}{% set compact_over = 24 %}
{%- include "partials/staff-members.html" %}
</section>
{%- endif %}
{%- if tag.departments %}
<section aria-labelledby="tag-departments-heading">
<h2 id="tag-departments-heading">{{ "departments" | t }}</h2>
<ul class="cards dept-cards">
{%- for c in tag.departments %}
<li class="card"><a class="card-title" href="{{ c.url }}">{{ c.name }}</a>
{%- if c.summary %}
<p class="summary">{{ c.summary }}</p>
{%- endif %}
</li>
{%- endfor %}
</ul>
</section>
{%- endif %}
{%- endif %}
{%- if not tag.posts and not tag.staff and not tag.departments %}
<p>{{ "nothing_tagged" | t }}</p>
{%- endif %}
{% include "partials/share.html" %}
{% endblock %}

"""##),
        File(path: "theme.yml", contents: #"""
# What the default theme's layouts ask of Koho: the lists they split into pages, and how many items a page
# of each shows (the layouts show `page.paginator`). A site sets other sizes with `paginate:` in site.yml;
# the post list's size (20) comes from site.yml.
paginate:
  # The staff directory, by reading, with a kana index (あ か さ …) to the page where each row starts.
  staff-list: 100
  # A tag's posts; its staff and departments are on the first page.
  tag: 20
  # A department's posts, under the department's own page.
  department: 20
  # A staff member's posts, under the profile.
  staff: 10

"""#),
    ]
}
