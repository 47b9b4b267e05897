// Videos: until the viewer presses play, the page shows a still picture that links to the video on the
// host's site and nothing is fetched from the host. Pressing play swaps in the host's privacy-enhanced player.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-video-player]"), function (player) {
    var start = player.querySelector("[data-video-play]");
    start.addEventListener("click", function (event) {
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.className = "video-frame";
      frame.src = player.getAttribute("data-embed");
      frame.title = "Video: " + player.getAttribute("data-title");
      frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      player.replaceChild(frame, start);
      frame.focus();
    });
  });
})();
