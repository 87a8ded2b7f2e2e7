/* Sổ tay iframe helper for portals: <iframe data-sotay-embed src=".../embed.html"> grows or shrinks
   to the height its page reports. Only messages from the iframe's own window and origin count. */
(function () {
  "use strict";
  if (window.sotayEmbedResize) return;
  window.sotayEmbedResize = true;

  function frames() { return document.querySelectorAll("iframe[data-sotay-embed]"); }

  function ping(frame) {
    try {
      frame.contentWindow.postMessage({ type: "sotay:ping" }, new URL(frame.src, location.href).origin);
    } catch (e) { /* not loaded yet: its load event pings again */ }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "sotay:height" || typeof data.height !== "number") return;
    frames().forEach(function (frame) {
      if (frame.contentWindow !== event.source) return;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.max(80, Math.min(data.height, 50000)) + "px";
    });
  });

  function setUp() {
    frames().forEach(function (frame) {
      if (!frame.style.width) frame.style.width = "100%";
      frame.addEventListener("load", function () { ping(frame); });
      ping(frame);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
