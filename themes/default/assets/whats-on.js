// What's on: shows the filter form (hidden without JavaScript, when every event stays listed) and filters the list
// in place. An event shows when it matches at least one ticked option in every group; an event that names no age
// group or need is for everyone. The ticked filters go into the address, so a filtered list can be bookmarked.
(function () {
  "use strict";
  var form = document.querySelector("[data-event-filters]");
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-event-list] li[data-ages]"));
  var weeks = Array.prototype.slice.call(document.querySelectorAll("[data-event-week]"));
  var count = document.querySelector("[data-event-count]");
  var none = document.querySelector("[data-no-results]");
  if (!form || cards.length === 0) return;
  var attributes = { age: "data-ages", need: "data-needs", cost: "data-cost", where: "data-where" };

  var params = new URLSearchParams(window.location.search);
  Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]"), function (box) {
    box.checked = params.getAll(box.name).indexOf(box.value) >= 0;
  });
  form.hidden = false;
  // On a phone the filters start folded, so the events are on the first screen.
  var panel = form.querySelector("[data-event-filters-panel]");
  if (panel && window.matchMedia && !window.matchMedia("(min-width: 50em)").matches && !window.location.search) panel.open = false;
  form.addEventListener("change", function () { update(true); });
  form.addEventListener("submit", function (event) { event.preventDefault(); update(true); });
  update(false);

  function update(remember) {
    var chosen = {};
    Array.prototype.forEach.call(form.querySelectorAll("input:checked"), function (box) {
      (chosen[box.name] = chosen[box.name] || []).push(box.value);
    });
    var shown = 0, events = {};
    cards.forEach(function (card) {
      var match = Object.keys(chosen).every(function (key) {
        var values = (card.getAttribute(attributes[key]) || "").split(" ");
        return values.indexOf("all") >= 0 || chosen[key].some(function (v) { return values.indexOf(v) >= 0; });
      });
      card.hidden = !match;
      if (match) { shown++; events[card.querySelector("a").getAttribute("href")] = true; }
    });
    weeks.forEach(function (week) { week.hidden = !week.querySelector("li[data-ages]:not([hidden])"); });
    var distinct = Object.keys(events).length;
    count.textContent = (distinct === 1 ? "1 event" : distinct + " events") + (shown === distinct ? "" : " on " + shown + " dates");
    none.hidden = shown > 0;
    if (remember && window.history && window.history.replaceState) {
      var query = new URLSearchParams(new FormData(form)).toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
    }
  }
})();
