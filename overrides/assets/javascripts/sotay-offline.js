/* Sổ tay offline reading: registers the service worker (sw.js at the site root), runs the
 * "save this chapter" button, and lists saved pages on the offline page.
 * Strings come from data- attributes rendered by the templates (sotay/ui_strings.py).
 */
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  var script = document.currentScript;
  var base = script ? script.src.replace(/assets\/javascripts\/sotay-offline\.js(?:\?.*)?$/, "") : "/";
  var CACHE_PREFIX = "sotay-";

  var registration = navigator.serviceWorker
    .register(base + "sw.js", { scope: base, updateViaCache: "none" })
    .catch(function () { return null; });

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? String(values[k]) : m; });
  }
  function absolute(url) { return new URL(url, window.location.href).href; }
  function isCached(url) {
    return caches.match(url, { ignoreSearch: true }).then(function (r) { return !!r; }, function () { return false; });
  }
  function allCached(urls) {
    return Promise.all(urls.map(isCached)).then(function (hits) { return hits.every(Boolean); });
  }
  function activeWorker() {
    return registration.then(function (reg) {
      if (!reg) throw new Error("no service worker");
      return navigator.serviceWorker.ready;
    }).then(function (reg) { return reg.active; });
  }

  /* Ask the worker to fetch and keep every page of the chapter (and its images); report progress. */
  function savePages(urls, onProgress) {
    return activeWorker().then(function (worker) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          onProgress(event.data);
          if (event.data.done + event.data.failed >= event.data.total) resolve(event.data);
        };
        worker.postMessage({ type: "sotay-save-pages", urls: urls }, [channel.port2]);
      });
    });
  }

  function setupSave(box) {
    var button = box.querySelector("button");
    var status = box.querySelector("[data-sotay-save-status]");
    var urls = (box.getAttribute("data-pages") || "").split(/\s+/).filter(Boolean).map(absolute);
    if (!button || !urls.length) return;
    function say(key, values) { status.textContent = format(box.getAttribute(key) || "", values); }
    allCached(urls).then(function (yes) { if (yes) say("data-msg-saved", {}); });
    button.addEventListener("click", function () {
      button.disabled = true;
      say("data-msg-progress", { done: 0, total: urls.length });
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(function () {});
      savePages(urls, function (p) {
        if (p.done + p.failed < p.total) say("data-msg-progress", { done: p.done + p.failed, total: p.total });
      }).then(function (p) {
        if (p.failed) say("data-msg-failed", p);
        else say("data-msg-done", p);
      }, function () {
        say("data-msg-failed", { failed: urls.length, total: urls.length });
      }).then(function () { button.disabled = false; });
    });
  }

  /* On the offline page: link every page of this language kept on the device, with its title. */
  function listSaved(list) {
    var langRoot = absolute(list.getAttribute("data-sotay-saved-list") || base);
    var others = (list.getAttribute("data-sotay-other-roots") || "").split(/\s+/).filter(Boolean).map(absolute);
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (n) { return n.indexOf(CACHE_PREFIX) === 0; }).map(function (n) {
        return caches.open(n).then(function (c) { return c.keys(); });
      }));
    }).then(function (lists) {
      var seen = {};
      var pages = [];
      lists.forEach(function (keys) {
        keys.forEach(function (req) {
          var url = req.url;
          var inOther = others.some(function (o) { return url.indexOf(o) === 0; });
          if (seen[url] || url.indexOf(langRoot) !== 0 || inOther || !/\/$/.test(url)) return;
          seen[url] = true;
          pages.push(url);
        });
      });
      pages.sort();
      return Promise.all(pages.map(function (url) {
        return caches.match(url).then(function (r) { return r ? r.text() : ""; }).then(function (html) {
          var m = /<title>([^<]*)<\/title>/.exec(html);
          var title = m ? new DOMParser().parseFromString(m[1], "text/html").documentElement.textContent : url;
          title = title.replace(/ - [^-]*$/, ""); /* drop " - <site name>" */
          return { url: url, title: title };
        });
      }));
    }).then(function (pages) {
      pages.forEach(function (p) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = p.url;
        a.textContent = p.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      var box = list.closest("[data-sotay-saved]");
      if (box && pages.length) box.hidden = false;
    }).catch(function () {});
  }

  function start() {
    var box = document.querySelector("[data-sotay-save]");
    if (box) setupSave(box);
    var saved = document.querySelector("[data-sotay-saved-list]");
    if (saved) listSaved(saved);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
