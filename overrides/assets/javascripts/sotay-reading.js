/* Sổ tay reading aids: text size and high contrast, remembered on this device.
 *
 * Loaded synchronously in <head> (a file, not an inline script) so the remembered choice is set on
 * <html> before the first paint: data-sotay-text="0..4" and data-sotay-contrast="high|normal";
 * sotay.css turns them into sizes and colours. Without a stored choice, high contrast follows the
 * system setting (prefers-contrast: more). Buttons are wired once the page has been parsed.
 * Also, before printing: internal links get their full address (the print stylesheet shows it) and
 * the page's QR code in the share panel is opened so it is printed.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  var TEXT_KEY = "sotay-text-size";
  var CONTRAST_KEY = "sotay-contrast";
  var SIZES = [90, 100, 115, 130, 150]; /* percent; keep in step with sotay.css */
  var DEFAULT_LEVEL = 1;

  function load(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* storage off: the choice lasts for this page only */ }
  }
  function textLevel() {
    var n = parseInt(load(TEXT_KEY), 10);
    return n >= 0 && n < SIZES.length ? n : DEFAULT_LEVEL;
  }
  function systemWantsContrast() {
    return !!(window.matchMedia && window.matchMedia("(prefers-contrast: more)").matches);
  }
  function contrast() {
    var v = load(CONTRAST_KEY);
    if (v === "high" || v === "normal") return v;
    return systemWantsContrast() ? "high" : "normal";
  }
  function apply() {
    root.setAttribute("data-sotay-text", String(textLevel()));
    root.setAttribute("data-sotay-contrast", contrast());
  }

  root.classList.add("sotay-js");
  if ("serviceWorker" in navigator && "caches" in window) root.classList.add("sotay-sw");
  apply();

  function wire() {
    var tools = document.querySelector("[data-sotay-tools]");
    if (!tools) return;
    var status = tools.querySelector("[data-sotay-tools-status]");
    var label = tools.getAttribute("data-size-label") || "{percent}%";
    var sizeButtons = tools.querySelectorAll("[data-sotay-text-step]");
    var contrastButton = tools.querySelector("[data-sotay-contrast-toggle]");

    function refresh() {
      var level = textLevel();
      for (var i = 0; i < sizeButtons.length; i++) {
        var step = parseInt(sizeButtons[i].getAttribute("data-sotay-text-step"), 10);
        sizeButtons[i].disabled = (step < 0 && level === 0) || (step > 0 && level === SIZES.length - 1) ||
          (step === 0 && level === DEFAULT_LEVEL);
      }
      if (contrastButton) contrastButton.setAttribute("aria-pressed", contrast() === "high" ? "true" : "false");
    }
    function onSize(event) {
      var step = parseInt(event.currentTarget.getAttribute("data-sotay-text-step"), 10);
      var level = step === 0 ? DEFAULT_LEVEL : Math.max(0, Math.min(SIZES.length - 1, textLevel() + step));
      store(TEXT_KEY, level === DEFAULT_LEVEL ? null : String(level));
      apply();
      refresh();
      if (status) status.textContent = label.replace("{percent}", String(SIZES[level]));
      if (event.currentTarget.disabled) {
        /* the pressed button just became disabled: keep the keyboard focus in the toolbar */
        var other = tools.querySelector("[data-sotay-text-step]:not([disabled])");
        if (other) other.focus();
      }
    }
    for (var i = 0; i < sizeButtons.length; i++) sizeButtons[i].addEventListener("click", onSize);
    if (contrastButton) {
      contrastButton.addEventListener("click", function () {
        var next = contrast() === "high" ? "normal" : "high";
        /* a choice equal to the system setting is not stored, so the system setting keeps leading */
        store(CONTRAST_KEY, (next === "high") === systemWantsContrast() ? null : next);
        apply();
        refresh();
      });
    }
    window.addEventListener("storage", function () { apply(); refresh(); });
    refresh();
  }

  var openedForPrint = [];
  function beforePrint() {
    var links = document.querySelectorAll(".md-content a[href]:not(.headerlink)");
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href");
      if (href && href.charAt(0) !== "#" && !/^(https?:|mailto:|tel:)/.test(href)) {
        links[i].setAttribute("data-sotay-print-url", links[i].href);
      }
    }
    /* the page's QR code (share panel) is printed: open its box and load its image now */
    var qr = document.querySelectorAll("details.sotay-share__qr:not([open])");
    for (var j = 0; j < qr.length; j++) {
      qr[j].open = true;
      openedForPrint.push(qr[j]);
      var img = qr[j].querySelector("img");
      if (img) img.loading = "eager";
    }
  }
  function afterPrint() {
    while (openedForPrint.length) openedForPrint.pop().open = false;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
  else wire();
  window.addEventListener("beforeprint", beforePrint);
  window.addEventListener("afterprint", afterPrint);
})();
