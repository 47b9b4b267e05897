// Step-by-step journeys (GOV.UK's step-by-step pattern). Without this file every step is open, as an ordered
// list. With it, each step's heading becomes a button that shows or hides the step, and "Show all steps" opens
// or closes them all. A step named in the address (/journeys/x/#step) is opened, so links from "Part of" land on it.
(function () {
  "use strict";
  var nav = document.querySelector("[data-step-nav]");
  if (!nav || nav.hasAttribute("data-step-nav-ready")) return;
  nav.setAttribute("data-step-nav-ready", "");
  var list = nav.querySelector("ol");

  var controls = document.createElement("div");
  controls.className = "step-nav-controls";
  var all = document.createElement("button");
  all.type = "button";
  all.className = "button-secondary step-nav-all";
  all.setAttribute("aria-controls", list.id);
  controls.appendChild(all);
  nav.insertBefore(controls, list);

  var toggles = Array.prototype.map.call(nav.querySelectorAll(".step-nav-step"), function (step) {
    var heading = step.querySelector("[data-step-heading]");
    var panel = step.querySelector("[data-step-panel]");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "step-nav-button";
    button.setAttribute("aria-controls", panel.id);
    heading.parentNode.insertBefore(button, heading);
    button.appendChild(heading);
    var state = document.createElement("span");
    state.className = "step-nav-state";
    button.appendChild(state);
    var toggle = {
      step: step,
      isOpen: function () { return button.getAttribute("aria-expanded") === "true"; },
      set: function (open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        panel.hidden = !open;
        state.textContent = open ? "Hide" : "Show";
      }
    };
    button.addEventListener("click", function () { toggle.set(!toggle.isOpen()); update(); });
    return toggle;
  });

  function update() {
    var open = toggles.every(function (t) { return t.isOpen(); });
    all.setAttribute("aria-expanded", open ? "true" : "false");
    all.textContent = open ? "Hide all steps" : "Show all steps";
  }

  all.addEventListener("click", function () {
    var open = all.getAttribute("aria-expanded") !== "true";
    toggles.forEach(function (t) { t.set(open); });
    update();
  });

  function openNamedStep() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    toggles.forEach(function (t) { if (t.step.id === id) t.set(true); });
    update();
  }

  toggles.forEach(function (t) { t.set(false); });
  openNamedStep();
  window.addEventListener("hashchange", openNamedStep);
})();
