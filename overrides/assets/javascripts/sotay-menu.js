/* Sổ tay: the phone menu (the theme's drawer) for keyboard and screen-reader users.
   The theme opens its drawer with a <label for="__drawer">, which a keyboard cannot reach. This puts
   a real <button> in its place: named (data-sotay-menu on the label), aria-expanded, Enter or Space;
   focus goes into the menu when it opens and back to the button when it closes; Escape, or leaving
   the menu with Tab, closes it. Without JS the label works for touch and mouse as before. */
(function () {
  "use strict";
  var toggle = document.getElementById("__drawer");
  var label = document.querySelector("label[data-sotay-menu]");
  var menu = document.querySelector(".md-sidebar--primary");
  if (!toggle || !label || !menu) return;

  var button = document.createElement("button");
  button.type = "button";
  button.className = label.className + " sotay-menu-button";
  button.setAttribute("aria-label", label.getAttribute("data-sotay-menu"));
  button.setAttribute("aria-expanded", "false");
  while (label.firstChild) button.appendChild(label.firstChild);
  label.parentNode.replaceChild(button, label);

  function setOpen(open) {
    if (toggle.checked === open) return;
    toggle.checked = open;
    toggle.dispatchEvent(new Event("change", { bubbles: true }));
  }
  function first() {  // the first control of the menu's open level (the others are hidden)
    var all = menu.querySelectorAll("a[href], label[tabindex='0'], button:not([disabled])");
    for (var i = 0; i < all.length; i++) {
      if (getComputedStyle(all[i]).visibility === "visible" && all[i].getClientRects().length) return all[i];
    }
    return null;
  }

  button.addEventListener("click", function () {
    setOpen(!toggle.checked);
    var target = toggle.checked && first();
    if (target) target.focus();
  });
  toggle.addEventListener("change", function () {
    button.setAttribute("aria-expanded", toggle.checked ? "true" : "false");
    if (!toggle.checked && menu.contains(document.activeElement)) button.focus();
  });
  // Moving between the menu's levels (Enter on a row or on "back"): focus follows to the level shown.
  menu.addEventListener("change", function (e) {
    var t = e.target;
    if (!t.classList.contains("md-nav__toggle") || !menu.contains(document.activeElement)) return;
    var item = t.parentElement;
    var target = t.checked
      ? item.querySelector(":scope > .md-nav > .md-nav__title[tabindex]")
      : item.querySelector(":scope > .md-nav__link[tabindex], :scope > a.md-nav__link, :scope > .md-nav__container > a");
    if (target) target.focus();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && toggle.checked) { setOpen(false); button.focus(); }
  });
  document.addEventListener("focusin", function (e) {
    if (toggle.checked && !menu.contains(e.target) && e.target !== button) setOpen(false);
  });
})();
