// Offline reading: registers the service worker (sw.js at the site's root), which keeps a copy of each page
// read so it opens again without signal. When the page came from that copy, say so and when it was saved.
// Nothing is registered where service workers are unavailable, or in `localoffergen serve` (marked by
// <html data-serve> or <meta name="localoffer-serve">), where an old worker is removed instead.
(function () {
  "use strict";
  var saved = document.documentElement.getAttribute("data-offline-saved");
  if (saved) showOfflineNotice(saved);

  if (!("serviceWorker" in navigator)) return;
  var serve = document.documentElement.hasAttribute("data-serve") || document.querySelector("meta[name='localoffer-serve']");
  if (serve) {
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (r) { r.unregister(); });
    }, function () {});
    return;
  }
  var own = document.querySelector("script[src$='offline.js']");
  var worker = own.src.replace(/assets\/offline\.js$/, "sw.js");
  navigator.serviceWorker.register(worker).then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    // This first page loaded before the worker ran, so ask it to keep a copy too.
    if (!saved && !navigator.serviceWorker.controller && registration.active) registration.active.postMessage({ type: "save-page", url: location.href.split("#")[0] });
  }).catch(function () { /* the site works as before without it */ });

  function showOfflineNotice(iso) {
    var date = new Date(iso);
    var when = isNaN(date.getTime()) ? "an earlier visit"
      : date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    var notice = document.createElement("div");
    notice.className = "offline-notice";
    notice.setAttribute("role", "status");
    var text = document.createElement("p");
    text.textContent = "You are offline; this page was saved on " + when + ". It may have changed since.";
    notice.appendChild(text);
    var main = document.getElementById("main");
    if (main) main.insertBefore(notice, main.firstChild);
  }
})();
