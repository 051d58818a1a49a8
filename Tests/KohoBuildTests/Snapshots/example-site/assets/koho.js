// Koho: a filter box for the staff directory. The list works without it.
(function () {
  var box = document.querySelector("[data-filter]");
  if (!box) return;
  var wrap = document.createElement("div"), label = document.createElement("label"), input = document.createElement("input");
  wrap.className = "filter";
  input.type = "search"; input.id = "koho-filter"; input.autocomplete = "off";
  label.htmlFor = input.id; label.textContent = box.getAttribute("data-filter");
  wrap.appendChild(label); wrap.appendChild(input);
  box.parentNode.insertBefore(wrap, box);
  var items = box.querySelectorAll("[data-filter-item]"), groups = box.querySelectorAll("[data-filter-group]");
  input.addEventListener("input", function () {
    var q = input.value.trim().toLowerCase();
    items.forEach(function (el) {
      var text = (el.getAttribute("data-filter-item") + " " + el.textContent).toLowerCase();
      el.hidden = q !== "" && text.indexOf(q) < 0;
    });
    groups.forEach(function (g) {
      g.hidden = q !== "" && !g.querySelector("[data-filter-item]:not([hidden])");
    });
  });
})();
