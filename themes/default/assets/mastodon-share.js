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
