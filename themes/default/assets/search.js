// Live search over search-index.json, built by the generator. Results are announced by the status region.
(function () {
  "use strict";
  var app = document.querySelector("[data-search]");
  if (!app || !window.fetch) return;
  var input = app.querySelector("input");
  var status = app.querySelector("[data-search-status]");
  var list = app.querySelector("[data-search-results]");
  var form = app.querySelector("form");
  var entries = null;
  var timer = null;

  fetch(app.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (data) {
    entries = data.map(function (e) {
      e.haystack = fold(e.title + " " + e.summary + " " + e.text);
      e.titleFolded = fold(e.title);
      return e;
    });
    app.hidden = false;
    document.querySelector("[data-search-fallback]").hidden = true;
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; run(); }
  }).catch(function () { /* keep the A to Z fallback */ });

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 200); });
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });

  function fold(text) { return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }

  function run() {
    var words = fold(input.value).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
    list.textContent = "";
    if (!entries || words.length === 0) { status.textContent = ""; return; }
    var results = entries.map(function (e) {
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        if (e.haystack.indexOf(words[i]) < 0) return { entry: e, score: 0 };
        score += e.titleFolded.indexOf(words[i]) >= 0 ? 10 : 1;
      }
      return { entry: e, score: score };
    }).filter(function (r) { return r.score > 0; }).sort(function (a, b) { return b.score - a.score || a.entry.title.localeCompare(b.entry.title); });
    results.slice(0, 50).forEach(function (r) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = r.entry.url;
      link.textContent = r.entry.title;
      var kind = document.createElement("span");
      kind.className = "muted";
      kind.textContent = " " + r.entry.kind;
      var summary = document.createElement("p");
      summary.textContent = r.entry.summary;
      item.appendChild(link); item.appendChild(kind); item.appendChild(summary);
      list.appendChild(item);
    });
    status.textContent = results.length === 0 ? "No results for \u201c" + input.value + "\u201d"
      : results.length + (results.length === 1 ? " result" : " results") + " for \u201c" + input.value + "\u201d";
  }
})();
