// My list: "Save to my list" on service and information pages, and the /my-list/ page. The list is kept
// only in this browser (localStorage): it is never sent anywhere and no cookies are used.
(function () {
  "use strict";
  var KEY = "localoffer:my-list";

  function storageWorks() {
    try {
      localStorage.setItem(KEY + ":test", "1");
      localStorage.removeItem(KEY + ":test");
      return true;
    } catch (e) { return false; }
  }

  function read() {
    try {
      var items = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(items) ? items.filter(function (i) { return i && typeof i.canonical === "string"; }) : [];
    } catch (e) { return []; }
  }

  function write(items) {
    try { localStorage.setItem(KEY, JSON.stringify(items)); return true; } catch (e) { return false; }
  }

  function indexOf(items, canonical) {
    for (var i = 0; i < items.length; i++) if (items[i].canonical === canonical) return i;
    return -1;
  }

  function countText(n) { return n === 1 ? "1 item" : n + " items"; }

  // The facts the page carries in data-* attributes (partials/save-to-list.html).
  function itemFrom(holder) {
    var link = document.createElement("a");
    link.href = holder.getAttribute("data-href");
    var d = function (name) { return holder.getAttribute("data-" + name) || ""; };
    return {
      kind: d("kind"), title: d("title"), href: link.href, canonical: d("canonical"), summary: d("summary"),
      organisation: d("organisation"), who: d("who"), how: d("how"), phone: d("phone")
    };
  }

  function setUpSaveButton(holder) {
    var item = itemFrom(holder);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button-secondary save-button";
    var status = document.createElement("p");
    status.className = "save-status";
    status.setAttribute("role", "status");
    var view = document.createElement("a");
    view.href = holder.getAttribute("data-list-href");
    view.className = "save-view";
    view.textContent = "View my list";

    function show() {
      var saved = indexOf(read(), item.canonical) >= 0;
      button.textContent = saved ? "Saved" : "Save to my list";
      button.setAttribute("aria-pressed", saved ? "true" : "false");
    }

    // A saved page refreshes its stored facts whenever it is read again.
    var items = read();
    var at = indexOf(items, item.canonical);
    if (at >= 0) { item.saved = items[at].saved; items[at] = item; write(items); }

    button.addEventListener("click", function () {
      var list = read();
      var i = indexOf(list, item.canonical);
      if (i >= 0) {
        list.splice(i, 1);
        status.textContent = write(list) ? "Removed from my list. " + countText(list.length) + " in your list." : "Your browser did not let this site change your list.";
      } else {
        item.saved = new Date().toISOString();
        list.push(item);
        status.textContent = write(list) ? "Saved to my list. " + countText(list.length) + " in your list." : "Your browser did not let this site keep your list.";
      }
      show();
    });
    window.addEventListener("storage", function (event) { if (event.key === KEY) show(); });

    holder.appendChild(button);
    holder.appendChild(view);
    holder.appendChild(status);
    holder.hidden = false;
    show();
  }

  function siteTitle() {
    var name = document.querySelector(".site-name");
    return name ? name.textContent.trim() : document.title;
  }

  function asText(items) {
    var lines = ["My list from " + siteTitle(), ""];
    items.forEach(function (item, i) {
      lines.push((i + 1) + ". " + item.title + (item.organisation ? " (" + item.organisation + ")" : ""));
      if (item.kind === "service") {
        if (item.who) lines.push("   Who it is for: " + item.who);
        if (item.how) lines.push("   How to get it: " + item.how);
        if (item.phone) lines.push("   Phone: " + item.phone);
      } else if (item.summary) {
        lines.push("   " + item.summary);
      }
      lines.push("   " + item.canonical, "");
    });
    return lines.join("\n");
  }

  function fact(list, term, value, href) {
    if (!value) return;
    var row = document.createElement("div");
    var dt = document.createElement("dt");
    dt.textContent = term;
    var dd = document.createElement("dd");
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = value;
      dd.appendChild(a);
    } else {
      dd.textContent = value;
    }
    row.appendChild(dt);
    row.appendChild(dd);
    list.appendChild(row);
  }

  function telLink(phone) { return "tel:" + phone.replace(/(?!^\+)[^0-9]/g, ""); }

  function setUpListPage(app) {
    var listEl = app.querySelector("[data-my-list-items]");
    var count = app.querySelector("[data-my-list-count]");
    var status = app.querySelector("[data-my-list-status]");
    var empty = app.querySelector("[data-my-list-empty]");
    var actions = app.querySelector("[data-my-list-actions]");
    var email = app.querySelector("[data-my-list-email]");

    function entry(item) {
      var li = document.createElement("li");
      li.className = "my-list-item";
      li.setAttribute("data-canonical", item.canonical);
      var heading = document.createElement("h2");
      heading.className = "my-list-title";
      var link = document.createElement("a");
      link.href = item.href || item.canonical;
      link.textContent = item.title;
      heading.appendChild(link);
      li.appendChild(heading);
      if (item.organisation) {
        var org = document.createElement("p");
        org.className = "my-list-organisation";
        org.textContent = item.organisation;
        li.appendChild(org);
      }
      if (item.kind === "service") {
        var facts = document.createElement("dl");
        facts.className = "my-list-facts";
        fact(facts, "Who it is for", item.who);
        fact(facts, "How to get it", item.how);
        if (item.phone) fact(facts, "Phone", item.phone, telLink(item.phone));
        li.appendChild(facts);
      } else if (item.summary) {
        var summary = document.createElement("p");
        summary.textContent = item.summary;
        li.appendChild(summary);
      }
      var address = document.createElement("p");
      address.className = "my-list-address";
      address.textContent = item.canonical;
      li.appendChild(address);
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "button-secondary my-list-remove";
      remove.appendChild(document.createTextNode("Remove"));
      var which = document.createElement("span");
      which.className = "visually-hidden";
      which.textContent = " " + item.title + " from my list";
      remove.appendChild(which);
      remove.addEventListener("click", function () { removeItem(li, item); });
      li.appendChild(remove);
      return li;
    }

    function summarise(items) {
      count.textContent = items.length === 0 ? "" : "You have saved " + countText(items.length) + ".";
      empty.hidden = items.length > 0;
      actions.hidden = items.length === 0;
      email.href = "mailto:?subject=" + encodeURIComponent("My list from " + siteTitle()) + "&body=" + encodeURIComponent(asText(items));
    }

    // Removing keeps the reader where they were: focus moves to the next item's button (or the one
    // before, or the empty-list message), never to the top of the page.
    function removeItem(li, item) {
      var items = read();
      var i = indexOf(items, item.canonical);
      if (i >= 0) items.splice(i, 1);
      write(items);
      var next = li.nextElementSibling || li.previousElementSibling;
      li.parentNode.removeChild(li);
      summarise(items);
      status.textContent = "Removed " + item.title + ". " + (items.length === 0 ? "Your list is empty." : countText(items.length) + " left.");
      var target = next ? next.querySelector(".my-list-remove") : empty;
      if (!next) empty.setAttribute("tabindex", "-1");
      target.focus();
    }

    function render() {
      var items = read();
      while (listEl.firstChild) listEl.removeChild(listEl.firstChild);
      items.forEach(function (item) { listEl.appendChild(entry(item)); });
      summarise(items);
    }

    app.querySelector("[data-my-list-print]").addEventListener("click", function () { window.print(); });
    app.querySelector("[data-my-list-copy]").addEventListener("click", function () {
      var items = read();
      copyText(asText(items), function (ok) {
        status.textContent = ok
          ? "Copied " + countText(items.length) + " as text. You can paste it into a message or a document."
          : "This browser did not let the list be copied. Use Email my list instead.";
      });
    });
    window.addEventListener("storage", function (event) { if (event.key === KEY) render(); });

    render();
    app.hidden = false;
    var nojs = document.querySelector("[data-my-list-nojs]");
    if (nojs) nojs.hidden = true;
  }

  function copyText(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  if (!storageWorks()) {
    // JavaScript runs but the browser refuses to keep anything (some private modes): say so on /my-list/.
    var reason = document.querySelector("[data-my-list-nojs] p");
    if (reason) reason.textContent = "My list needs this browser to keep a little information on this device, and it does not allow that (private browsing can stop it).";
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-save-item]"), setUpSaveButton);
  var app = document.querySelector("[data-my-list]");
  if (app) setUpListPage(app);
})();
