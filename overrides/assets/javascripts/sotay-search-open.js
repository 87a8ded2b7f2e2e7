/* Sổ tay search, part 1 of 2 (every page, tiny): show the search button, listen for the keyboard
   shortcut and for ?q=, and only then load the search code, its styles and the index.
   The dialog markup and every string come from the page (partials/sotay-search.html). */
(function () {
  "use strict";
  var dialog = document.querySelector("dialog[data-sotay-search]");
  if (!dialog || typeof dialog.showModal !== "function") return;
  var loading = null;
  var returnTo = null; /* what had focus when search opened: it gets it back when search closes */

  function add(tag, attrs) {
    return new Promise(function (resolve, reject) {
      var el = document.createElement(tag);
      Object.keys(attrs).forEach(function (k) { el[k] = attrs[k]; });
      el.onload = resolve;
      el.onerror = reject;
      document.head.appendChild(el);
    });
  }

  function load() {
    loading = loading || Promise.all([
      add("link", { rel: "stylesheet", href: dialog.getAttribute("data-css") }),
      add("script", { src: dialog.getAttribute("data-engine"), async: true })
    ]).then(function () { return window.SotaySearch; });
    return loading;
  }

  /* The dialog opens at once, so what the reader types while the search code is still loading on a
     slow connection lands in the search field and is searched as soon as the code arrives. */
  function open(query, opener) {
    var input = dialog.querySelector("input[type=search]");
    if (!dialog.open) {
      returnTo = opener || document.activeElement;
      if (query) input.value = query;
      dialog.showModal();
      input.focus();
      var status = dialog.querySelector("[data-sotay-search-status]");
      if (status && !loading) status.textContent = JSON.parse(dialog.getAttribute("data-strings") || "{}").loading || "";
    }
    load().then(function (search) { search.open(dialog, query); }, function () { loading = null; });
  }

  /* Closing works from the first moment, not only once the search code has arrived: the close
     button, a click on the backdrop, one press of Escape (also in the search field, which would
     only clear itself); then the page's address loses its ?q= and focus goes back to where the
     reader was. */
  dialog.addEventListener("click", function (ev) {
    if (ev.target === dialog || (ev.target.closest && ev.target.closest("[data-sotay-search-close]"))) dialog.close();
  });
  dialog.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    ev.preventDefault();
    dialog.close();
  });
  dialog.addEventListener("close", function () {
    var url = new URL(window.location.href);
    if (url.searchParams.has("q")) {
      url.searchParams.delete("q");
      window.history.replaceState(window.history.state, "", url.href);
    }
    if (returnTo && document.contains(returnTo)) returnTo.focus();
  });

  Array.prototype.forEach.call(document.querySelectorAll("[data-sotay-search-open]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { open(null, button); });
  });

  /* Material's shortcuts: "/", "s" or "f" anywhere but in a text field; also Ctrl/Cmd + K. */
  document.addEventListener("keydown", function (ev) {
    if (dialog.open || ev.altKey || ev.defaultPrevented) return;
    var t = ev.target;
    var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    var mod = ev.ctrlKey || ev.metaKey;
    if ((mod && ev.key === "k") || (!mod && !typing && (ev.key === "/" || ev.key === "s" || ev.key === "f"))) {
      ev.preventDefault();
      open(null, document.activeElement);
    }
  });

  var query = new URLSearchParams(window.location.search).get("q");
  if (query && query.trim()) open(query, null);
})();
