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
