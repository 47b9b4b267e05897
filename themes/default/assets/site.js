// LocalOfferGen: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js-enabled");

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-print]");
    if (link) { event.preventDefault(); window.print(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector("[data-search]")) loadScript("search.js");
    if (document.querySelector("[data-filters]")) loadScript("filters.js");
    if (document.querySelector("[data-event-filters]")) loadScript("whats-on.js");
    if (document.querySelector("[data-save-item], [data-my-list]")) loadScript("mylist.js");
    if (document.querySelector("[data-copy-link]")) loadScript("share.js");
    if (document.querySelector("[data-video-player]")) loadScript("video.js");
    if (document.querySelector("[data-step-nav]")) loadScript("step-nav.js");
    loadScript("offline.js");
  });

  function loadScript(name) {
    var own = document.querySelector("script[src$='site.js']");
    var script = document.createElement("script");
    script.src = own.src.replace(/site\.js$/, name);
    document.head.appendChild(script);
  }
})();
