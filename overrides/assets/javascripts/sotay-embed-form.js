/* Agencies' page: picking a chapter or a language rewrites every snippet. The templates and values
   come from the build (data-embed-data, JSON) and are filled exactly as the build fills them. */
(function () {
  "use strict";
  var form = document.querySelector("[data-embed-form]");
  if (!form) return;
  var data = JSON.parse(form.getAttribute("data-embed-data"));
  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#x27;" };

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return ESCAPES[c]; });
  }

  function update() {
    var byLang = data.values[form.elements.lang.value] || {};
    var values = byLang[form.elements.chapter.value] || byLang[""];
    document.querySelectorAll("[data-embed-snippet]").forEach(function (snippet) {
      var template = data.templates[snippet.getAttribute("data-embed-kind")];
      if (!template || !values) return;
      snippet.querySelector("code").textContent = template.replace(/\{(\w+)\}/g, function (_, key) {
        return escapeHtml(values[key]);
      });
    });
  }

  form.hidden = false;
  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
})();
