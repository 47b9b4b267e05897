// LocalOfferGen service worker, written by the build to /sw.js (the site's root, so it serves every page).
// The build puts BUILD (a hash of the website's files, so it changes only when the site does) and PRECACHE
// (the theme's assets and the My list page) above this comment. Same origin only: other sites' requests pass by.
// Pages: fetched from the network first and saved; when the network fails (or takes too long), the saved copy
// is served, marked with the date it was saved so the page can say so. Assets: from the cache first.
"use strict";
var CACHE = "localoffer-" + BUILD;
var SAVED_HEADER = "x-localoffer-saved";
var PAGE_TIMEOUT_MS = 8000;

self.addEventListener("install", function (event) {
  event.waitUntil(Promise.all(PRECACHE.map(function (path) {
    var url = new URL(path, self.location).href;
    return fetch(new Request(url, { cache: "reload" })).then(function (response) { return keep(url, response); });
  })).then(function () { return self.skipWaiting(); }));
});

// A new build's worker removes the caches of every earlier build.
self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys()
    .then(function (keys) {
      return Promise.all(keys.filter(function (key) { return key.indexOf("localoffer-") === 0 && key !== CACHE; })
        .map(function (key) { return caches.delete(key); }));
    })
    .then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === new URL("sw.js", self.location).pathname) return;
  var isPage = request.mode === "navigate" || (request.headers.get("Accept") || "").indexOf("text/html") >= 0;
  event.respondWith(isPage ? page(request) : asset(request));
});

// The page that registered the worker was loaded before the worker ran: it asks for itself to be saved.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "save-page" || typeof data.url !== "string") return;
  var url = new URL(data.url, self.location);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(fetch(url.href, { credentials: "same-origin" }).then(function (response) { return keep(url.href, response); }).catch(function () {}));
});

// Saves a copy of a page with the time it was saved, for the offline notice.
function keep(key, response) {
  if (!response.ok || response.type !== "basic") return Promise.resolve();
  return response.arrayBuffer().then(function (body) {
    var headers = new Headers(response.headers);
    headers.set(SAVED_HEADER, new Date().toISOString());
    return caches.open(CACHE).then(function (cache) {
      return cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers: headers }));
    });
  });
}

function page(request) {
  var fromNetwork = fetch(request).then(function (response) {
    keep(request.url, response.clone());
    return response;
  });
  var tooSlow = new Promise(function (resolve) { setTimeout(resolve, PAGE_TIMEOUT_MS, null); });
  return Promise.race([fromNetwork, tooSlow]).then(function (response) {
    return response || saved(request).then(function (copy) { return copy || fromNetwork.catch(notSaved); });
  }, function () {
    return saved(request).then(function (copy) { return copy || notSaved(); });
  });
}

// The saved copy of a page, with <html data-offline-saved="..."> so offline.js can show the notice.
function saved(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) { return hit || cache.match(request, { ignoreSearch: true }); });
  }).then(function (hit) {
    if (!hit) return null;
    var when = hit.headers.get(SAVED_HEADER) || "";
    return hit.text().then(function (html) {
      var marked = html.replace(/<html(\s|>)/i, function (match, after) { return "<html data-offline-saved=\"" + when + "\"" + after; });
      var headers = new Headers(hit.headers);
      headers.delete("content-length");
      return new Response(marked, { status: 200, headers: headers });
    });
  });
}

function notSaved() {
  var html = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"><title>You are offline</title>"
    + "<link rel=\"stylesheet\" href=\"" + new URL("assets/site.css", self.location).href + "\"></head><body><main id=\"main\" class=\"width\">"
    + "<h1>You are offline</h1><p>This page has not been saved on this device, so it cannot open without signal. "
    + "Pages you have read before can still be opened. Try again when you have signal.</p>"
    + "<p><a href=\"" + new URL("my-list/", self.location).href + "\">Open my list</a></p></main></body></html>";
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function asset(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request).then(function (hit) {
      if (hit) return hit;
      return fetch(request).then(function (response) {
        if (response.ok && response.type === "basic") cache.put(request, response.clone());
        return response;
      });
    });
  });
}
