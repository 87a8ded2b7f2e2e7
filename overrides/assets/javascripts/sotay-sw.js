/* Sổ tay service worker (published as /sw.js by the post-build step sotay/build/service_worker.py,
 * which puts SOTAY_SW = {version, shell, offline} in front of this file).
 *
 * - One cache per build: "sotay-<build hash>". Cached on install: the shell (CSS, JS, logo) and the
 *   offline page of each language the reader has open (else of the languages the reader had, else of
 *   every language), so a Vietnamese reader's first visit does not download the English one. Every
 *   page and file read afterwards is kept too, so a guide opened once opens again without signal.
 * - The first page read in another language also keeps that language's offline page, on its own:
 *   its failure never touches the page, its saving, or "save this chapter".
 * - Pages and unversioned files: network first (fresh whenever online; a slow network falls back to
 *   the saved copy after a few seconds); the theme's hashed files: cache first (they never change).
 * - A page never saved, offline: the offline page in the page's language, else any offline page kept.
 * - A new build: the new worker takes over at once, fetches fresh copies of the pages kept by the
 *   old one (offline pages included), then deletes the old cache. Nothing stale is kept forever.
 * - "Save this chapter": the page posts {type: "sotay-save-pages", urls} with a MessagePort and gets
 *   {done, failed, total} after every page.
 */
/* global SOTAY_SW */
"use strict";

const CONFIG = typeof SOTAY_SW === "object" ? SOTAY_SW : { version: "dev", shell: [], offline: {} };
const PREFIX = "sotay-";
const CACHE = PREFIX + CONFIG.version;
const SCOPE = self.registration.scope;
const NETWORK_TIMEOUT_MS = 5000;
const IMMUTABLE = /\.[0-9a-f]{8}\.min\.(?:js|css)$/;

const scoped = (path) => new URL(path, SCOPE).href;
const isPage = (url) => /\/$|\.html$/.test(new URL(url).pathname);
const pageKey = (url) => {
  const u = new URL(url);
  u.search = "";
  u.hash = "";
  return u.href;
};

function offlinePageFor(url) {
  let best = "";
  for (const prefix of Object.keys(CONFIG.offline)) {
    if (url.startsWith(scoped(prefix)) && prefix.length >= best.length) best = prefix;
  }
  return CONFIG.offline[best] ? scoped(CONFIG.offline[best]) : null;
}
const allOfflinePages = () => Object.values(CONFIG.offline).map(scoped);

async function put(cache, key, response) {
  if (response && response.ok && response.type === "basic") await cache.put(key, response);
}

/* Same-origin files a page needs besides itself (images, styles, scripts), from its HTML. */
function pageAssets(html, pageUrl) {
  const found = new Set();
  const attr = /<(?:img|script|source)\b[^>]*?\ssrc="([^"]+)"|<link\b[^>]*?\shref="([^"]+)"[^>]*>/gi;
  let m;
  while ((m = attr.exec(html))) {
    const tag = m[0];
    if (m[2] && !/rel="?(?:stylesheet|icon|apple-touch-icon)/i.test(tag)) continue;
    const url = new URL((m[1] || m[2]).replace(/&amp;/g, "&"), pageUrl);
    if (url.origin === self.location.origin && url.href.startsWith(SCOPE)) found.add(pageKey(url.href));
  }
  return [...found];
}

/* Fetch a page fresh and keep it with the files it uses; true when the page was kept. */
async function savePage(cache, url) {
  const response = await fetch(url, { cache: "no-cache" });
  if (!response.ok) return false;
  const html = await response.clone().text();
  await put(cache, pageKey(url), response);
  for (const asset of pageAssets(html, url)) {
    if (await cache.match(asset)) continue;
    try {
      await put(cache, asset, await fetch(asset));
    } catch (e) {
      /* an image that failed does not make the page unreadable */
    }
  }
  return true;
}

/* The offline pages to keep on install: those of the languages of the open windows (the page that
 * registered the worker is one, not yet controlled), else those an older build kept, else all. */
async function offlinePagesToKeep() {
  const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const pages = new Set(open.map((client) => offlinePageFor(client.url)).filter(Boolean));
  if (!pages.size) {
    for (const name of (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE)) {
      const old = await caches.open(name);
      for (const page of allOfflinePages()) if (await old.match(page)) pages.add(page);
    }
  }
  return pages.size ? [...pages] : allOfflinePages();
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const files = CONFIG.shell.map(scoped).concat(await offlinePagesToKeep());
    await cache.addAll([...new Set(files)].map((url) => new Request(url, { cache: "no-cache" })));
    await self.skipWaiting();
  })());
});

/* Keep the offline page of *url*'s language if it is not kept yet (a reader who switched language).
 * Never rejects: offline or failed, it is tried again at the next page of that language. */
const keepingOffline = new Map();
function keepOfflinePageFor(url) {
  const offline = offlinePageFor(url);
  if (!offline) return Promise.resolve();
  if (!keepingOffline.has(offline)) {
    const keeping = (async () => {
      const cache = await caches.open(CACHE);
      if (await fromCache(offline)) return;
      await put(cache, offline, await fetch(offline, { cache: "no-cache" }));
    })()
      .catch(() => null)
      .finally(() => keepingOffline.delete(offline));
    keepingOffline.set(offline, keeping);
  }
  return keepingOffline.get(offline);
}

/* Move the pages kept by older builds into this build's cache (fresh copies), then drop the old
 * caches. Resumable: it runs again whenever the worker starts while an old cache is left (e.g. the
 * connection dropped half-way). */
let migrating = null;
async function migrate() {
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
  if (!names.length) return;
  const cache = await caches.open(CACHE);
  for (const name of names) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      if (isPage(request.url) && !(await cache.match(request))) {
        try {
          await savePage(cache, request.url);
        } catch (e) {
          return; /* offline: keep the old copies for now, try again next time */
        }
      }
      await old.delete(request);
    }
    await caches.delete(name);
  }
}
function startMigration() {
  if (!migrating) migrating = migrate().finally(() => { migrating = null; });
  return migrating;
}

/* The page that installed the worker was loaded before the worker ran: keep it now. */
async function keepOpenPages() {
  const cache = await caches.open(CACHE);
  for (const client of await self.clients.matchAll({ type: "window" })) {
    const key = pageKey(client.url);
    if (!key.startsWith(SCOPE) || (await cache.match(key))) continue;
    try {
      await savePage(cache, key);
    } catch (e) {
      /* offline right now: it is kept the next time it is read */
    }
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim().then(keepOpenPages));
  startMigration();
});

async function fromCache(key, options) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key, options)) || (await caches.match(key, options));
}

async function networkFirst(event, key, options) {
  const cache = await caches.open(CACHE);
  const network = fetch(event.request).then(async (response) => {
    await put(cache, key, response.clone());
    return response;
  });
  event.waitUntil(network.catch(() => null));
  const cached = fromCache(key, options);
  let timer;
  const slow = new Promise((resolve) => { timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, "slow"); });
  try {
    const first = await Promise.race([network, slow]);
    if (first !== "slow") return first;
    return (await cached) || (await network);
  } catch (e) {
    const hit = await cached;
    if (hit) return hit;
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

async function page(event) {
  event.waitUntil(startMigration());
  try {
    return await networkFirst(event, pageKey(event.request.url), { ignoreSearch: true });
  } catch (e) {
    /* the offline page in the page's language, else one the reader has (another language) */
    const offline = offlinePageFor(event.request.url);
    for (const candidate of offline ? [offline, ...allOfflinePages()] : allOfflinePages()) {
      const hit = await fromCache(candidate);
      if (hit) return hit;
    }
    return Response.error();
  }
}

async function cacheFirst(event) {
  const hit = await fromCache(event.request);
  if (hit) return hit;
  const response = await fetch(event.request);
  const cache = await caches.open(CACHE);
  event.waitUntil(put(cache, event.request, response.clone()));
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.headers.has("range")) return;
  if (!request.url.startsWith(SCOPE) || new URL(request.url).pathname === new URL(scoped("sw.js")).pathname) return;
  if (request.mode === "navigate") {
    const response = page(event);
    event.respondWith(response);
    /* after the page, apart from it: waitUntil is called now, while the event is dispatched */
    const url = request.url;
    event.waitUntil(response.then(() => keepOfflinePageFor(url), () => keepOfflinePageFor(url)));
  } else if (IMMUTABLE.test(new URL(request.url).pathname)) event.respondWith(cacheFirst(event));
  else event.respondWith(networkFirst(event, request).catch(() => Response.error()));
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  if (data.type !== "sotay-save-pages" || !port || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === "string" && u.startsWith(SCOPE));
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    let done = 0;
    let failed = 0;
    for (const url of urls) {
      let ok = false;
      try {
        ok = await savePage(cache, url);
      } catch (e) {
        ok = !!(await cache.match(pageKey(url))); /* offline: a page already kept still counts */
      }
      if (ok) done += 1;
      else failed += 1;
      port.postMessage({ done, failed, total: urls.length });
    }
    if (!urls.length) port.postMessage({ done: 0, failed: 0, total: 0 });
  })());
});
