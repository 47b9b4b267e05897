// Turns the directory's filter links (which open pre-built filter pages) into checkboxes that combine
// instantly: a service shows when it matches at least one ticked option in every group.
(function () {
  "use strict";
  var panel = document.querySelector("[data-filters]");
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-service-list] > li"));
  var count = document.getElementById("result-count");
  var none = document.querySelector("[data-no-results]");
  if (!panel || cards.length === 0) return;
  var attributes = { age: "data-ages", need: "data-needs", category: "data-categories" };

  Array.prototype.forEach.call(panel.querySelectorAll("[data-filter-group]"), function (group) {
    var key = group.getAttribute("data-filter-group");
    var heading = group.querySelector("h3");
    var fieldset = document.createElement("fieldset");
    var legend = document.createElement("legend");
    legend.textContent = heading.textContent;
    fieldset.appendChild(legend);
    Array.prototype.forEach.call(group.querySelectorAll("a[data-filter-value]"), function (link, i) {
      var id = "filter-" + key + "-" + i;
      var label = document.createElement("label");
      var box = document.createElement("input");
      box.type = "checkbox"; box.id = id; box.value = link.getAttribute("data-filter-value");
      box.setAttribute("data-key", key);
      box.checked = link.getAttribute("aria-current") === "page";
      label.setAttribute("for", id);
      label.appendChild(box);
      var text = document.createElement("span");
      text.textContent = link.textContent.replace(/\s*\(\d+\)\s*$/, "");
      label.appendChild(text);
      fieldset.appendChild(label);
    });
    group.textContent = "";
    group.appendChild(fieldset);
  });
  panel.addEventListener("change", update);
  update();

  function update() {
    var chosen = {};
    Array.prototype.forEach.call(panel.querySelectorAll("input:checked"), function (box) {
      var key = box.getAttribute("data-key");
      (chosen[key] = chosen[key] || []).push(box.value);
    });
    var shown = 0;
    cards.forEach(function (card) {
      var match = Object.keys(chosen).every(function (key) {
        var values = (card.getAttribute(attributes[key]) || "").split(" ");
        return chosen[key].some(function (v) { return values.indexOf(v) >= 0; });
      });
      card.hidden = !match;
      if (match) shown++;
    });
    count.textContent = shown === 1 ? "1 service" : shown + " services";
    none.hidden = shown > 0;
  }
})();
