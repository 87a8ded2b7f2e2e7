/* Sổ tay widget for other sites. Paste a marked element and this script (async):
     <div data-sotay-widget="list" data-lang="vi" data-chapter="vneid"><a href="…">…</a></div>
     <div data-sotay-widget="list" data-tag="otp">…</div>      guides with a tag
     <div data-sotay-widget="search" data-lang="en">…</div>    a search box opening <handbook>/?q=…
   Reads the handbook's catalog.json (no cookies, nothing from anyone else) and draws cards inside a
   Shadow DOM, so the portal's CSS and ours never touch. Until that works (or if the handbook cannot
   be reached) the plain link or form inside the element stays as it is. */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector('script[src*="/embed.js"]');
  if (!script) return;
  var catalogUrl = new URL("../../catalog.json", script.src).href;
  var loading = null;

  var CSS = [
    ".w{all:initial;display:block;box-sizing:border-box;max-width:100%;padding:12px 16px;",
    "border:2px solid #00695c;border-radius:8px;background:#fff;color:#1b1b1b;",
    "font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;text-align:start}",
    ".w *{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit;letter-spacing:normal;text-transform:none}",
    ".w .h{display:block;margin:0 0 8px;font-size:1.15em;font-weight:700;color:#004d40}",
    ".w ul{display:grid;gap:8px;list-style:none}",
    ".w li a{display:block;min-height:44px;padding:10px 12px;border:1px solid #b2c8c5;border-radius:6px;text-decoration:none}",
    ".w li a:hover{border-color:#00695c;background:#f1f8f7}",
    ".w .t{display:block;font-weight:700;color:#0b5394;text-decoration:underline}",
    ".w .d{display:block;margin-top:2px;font-size:.9em;color:#333}",
    ".w .m{display:inline-block;margin-top:10px;font-weight:700;color:#0b5394;text-decoration:underline}",
    ".w .v{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    ".w form{display:flex;flex-wrap:wrap;gap:8px}",
    ".w label{display:block;width:100%;font-weight:700}",
    ".w input{flex:1 1 12em;min-height:44px;padding:8px 10px;border:2px solid #555;border-radius:6px;background:#fff}",
    ".w button{min-height:44px;padding:8px 18px;border:0;border-radius:6px;background:#00695c;color:#fff;font-weight:700;cursor:pointer}",
    ".w a:focus-visible,.w input:focus-visible,.w button:focus-visible{outline:3px solid #ffb300;outline-offset:2px}"
  ].join("");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs) if (attrs[key] != null) node.setAttribute(key, attrs[key]);
    if (text != null) node.textContent = text;
    return node;
  }

  function load() {
    loading = loading || fetch(catalogUrl, { credentials: "omit" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
    return loading;
  }

  function styleRoot(root) {
    if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", {}, CSS));
    }
  }

  function newTab(link, t) {
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener");
    link.appendChild(el("span", { "class": "v" }, " " + t.new_tab));
    return link;
  }

  function searchBox(box, home, t) {
    var form = el("form", { action: home, method: "get", target: "_blank", role: "search" });
    form.appendChild(el("label", { "for": "q" }, t.embed_search_label));
    form.appendChild(el("input", { id: "q", type: "search", name: "q", required: "" }));
    form.appendChild(el("button", { type: "submit" }, t.embed_search_button));
    box.appendChild(form);
    return true;
  }

  function cardList(host, box, catalog, lang, t) {
    var chapter = host.getAttribute("data-chapter") || "";
    var tag = host.getAttribute("data-tag") || "";
    var limit = parseInt(host.getAttribute("data-limit"), 10) || 6;
    var level = Math.min(6, Math.max(2, parseInt(host.getAttribute("data-heading"), 10) || 2));
    var index = null;
    catalog.chapters.forEach(function (c) { if (c.lang === lang && c.id === chapter) index = c; });
    var title = catalog.name[lang], more = catalog.home[lang], pages;
    if (tag) {
      title = t.embed_tag_title.replace("{tag}", tag);
      more = catalog.home[lang] + "?q=" + encodeURIComponent(tag.replace(/-/g, " "));
      pages = catalog.pages.filter(function (p) { return p.lang === lang && p.tags.indexOf(tag) >= 0; });
    } else if (index) {
      title = index.title;
      more = index.url;
      pages = catalog.pages.filter(function (p) {
        return p.lang === lang && p.chapter === chapter && p.url !== index.url;
      });
    } else {
      pages = catalog.chapters.filter(function (c) { return c.lang === lang; }).map(function (c) {
        var page = catalog.pages.filter(function (p) { return p.url === c.url; })[0];
        return page || c;
      });
    }
    if (!pages.length) return false;
    box.appendChild(el("h" + level, { "class": "h" }, title));
    var list = el("ul", { role: "list" });
    pages.slice(0, limit).forEach(function (p) {
      var link = el("a", { href: p.url });
      link.appendChild(el("span", { "class": "t", lang: p.content_lang || lang }, p.title));
      if (p.description) link.appendChild(el("span", { "class": "d", lang: p.content_lang || lang }, p.description));
      var item = el("li");
      item.appendChild(newTab(link, t));
      list.appendChild(item);
    });
    box.appendChild(list);
    box.appendChild(newTab(el("a", { "class": "m", href: more }, t.embed_more), t));
    return true;
  }

  function render(host, catalog) {
    if (host.shadowRoot || !host.attachShadow) return;
    var lang = host.getAttribute("data-lang");
    if (catalog.languages.indexOf(lang) < 0) lang = catalog.languages[0];
    var t = catalog.strings[lang];
    var box = el("div", { "class": "w", lang: lang });
    var kind = host.getAttribute("data-sotay-widget");
    var ok = kind === "search" ? searchBox(box, catalog.home[lang], t) : cardList(host, box, catalog, lang, t);
    if (!ok) return;
    var root = host.attachShadow({ mode: "open" });
    styleRoot(root);
    root.appendChild(box);
    host.setAttribute("data-sotay-ready", "");
  }

  function start() {
    var hosts = document.querySelectorAll("[data-sotay-widget]:not([data-sotay-ready])");
    if (!hosts.length) return;
    load().then(function (catalog) {
      hosts.forEach(function (host) {
        try { render(host, catalog); } catch (e) { /* keep the plain link */ }
      });
    }, function () { /* handbook unreachable: keep the plain links */ });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
