// "Copy link" beside the share links: shown only when JavaScript runs, and says so when the link is copied.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-link]"), function (button) {
    var item = button.closest("[data-copy-link-item]");
    var status = item.querySelector("[data-copy-link-status]");
    button.addEventListener("click", function () {
      var link = button.getAttribute("data-copy-link");
      var done = function (ok) { status.textContent = ok ? "Link copied. You can paste it into a message." : "Copying did not work. The link is " + link; };
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).then(function () { done(true); }, function () { done(false); });
      else done(false);
    });
    item.hidden = false;
  });
})();
