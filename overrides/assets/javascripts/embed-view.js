/* Sổ tay embed view (embed.html, shown in a portal's iframe): tell the parent page how tall the
   content is, whenever it changes and when the parent asks ({type: "sotay:ping"}). */
(function () {
  "use strict";
  if (window.parent === window) return;
  var main = document.querySelector("[data-sotay-embed-view]");
  if (!main) return;
  var last = 0;

  function report(force) {
    var style = getComputedStyle(document.body);
    var height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY +
      parseFloat(style.marginBottom || 0) + parseFloat(style.paddingBottom || 0));
    if (!force && height === last) return;
    last = height;
    window.parent.postMessage({ type: "sotay:height", height: height }, "*");
  }

  if (window.ResizeObserver) new ResizeObserver(function () { report(false); }).observe(main);
  window.addEventListener("load", function () { report(true); });
  window.addEventListener("message", function (event) {
    if (event.source === window.parent && event.data && event.data.type === "sotay:ping") report(true);
  });
  report(true);
})();
