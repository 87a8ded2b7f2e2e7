/* Sổ tay: copy buttons and the poster's print button (progressive: hidden until this file runs).
   <button data-sotay-copy="ID" data-copied="…" data-copy-failed="…"> copies the value of the input
   (or the text of the element) with that id; a [data-sotay-copy-status] sibling announces it. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (done, fail) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      if (ok) done(); else fail();
    });
  }

  document.querySelectorAll("[data-sotay-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-sotay-copy"));
    var status = button.parentNode.querySelector("[data-sotay-copy-status]");
    if (!source) return;
    function say(message) { if (status) status.textContent = message || ""; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = source.tagName === "INPUT" ? source.value : source.textContent;
      copyText(text).then(
        function () { say(button.getAttribute("data-copied")); },
        function () {
          say(button.getAttribute("data-copy-failed"));
          if (source.select) source.select();
        }
      );
    });
  });

  document.querySelectorAll("[data-sotay-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
