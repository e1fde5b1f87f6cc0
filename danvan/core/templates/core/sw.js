/* danvan's service worker, served at /sw.js (danvan/core/pwa.py renders CONFIG; docs/architecture.md).
 *
 * - The app shell (styles, scripts, icons, the offline page) is fetched at install, in a cache named by
 *   the shell's version; an activated new version deletes the old caches.
 * - Static files: from the cache first (their names carry a content hash in production); with DEBUG on,
 *   from the network first so that an edited file shows at once.
 * - Pages (navigations): from the network first; each page answered 200 is kept (the last MAX_PAGES), so a
 *   page opened recently opens offline too; a page never opened shows the offline page.
 * - Never cached: POSTs (offline.js keeps unsent forms in IndexedDB), the API, sign-in pages, downloads.
 * Sign-out deletes the pages cache (offline.js), so the next user of the phone reads nothing of the last.
 */
const CONFIG = {{ config|safe }};
const SHELL_CACHE = "danvan-shell-" + CONFIG.version;
const PAGES_CACHE = "danvan-pages";
const MAX_PAGES = 40;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(CONFIG.shell)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((key) => key.startsWith("danvan-shell-") && key !== SHELL_CACHE).map((key) => caches.delete(key))
  )).then(() => self.clients.claim()));
});

function keepPage(request, response) {
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok || response.redirected || response.type !== "basic" || !type.startsWith("text/html")) return;
  const copy = response.clone();
  caches.open(PAGES_CACHE).then((cache) => cache.put(request, copy).then(() => cache.keys()).then((keys) =>
    Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((key) => cache.delete(key)))));
}

function fromNetworkFirst(request, cacheName) {
  return fetch(request).then((response) => {
    if (cacheName && response.ok) {
      const copy = response.clone();
      caches.open(cacheName).then((cache) => cache.put(request, copy));
    }
    return response;
  }).catch(() => caches.match(request).then((hit) => hit || Promise.reject(new Error("offline"))));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith(CONFIG.staticPrefix)) {
    if (!CONFIG.staticCacheFirst) {
      event.respondWith(fromNetworkFirst(request, SHELL_CACHE));
      return;
    }
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    })));
    return;
  }
  if (request.mode !== "navigate") return;
  if (CONFIG.notCached.some((prefix) => url.pathname.startsWith(prefix))) {
    if (url.pathname === CONFIG.offlineUrl) {
      event.respondWith(fetch(request).catch(() => caches.match(CONFIG.offlineUrl)));
    }
    return;
  }
  event.respondWith(fetch(request).then((response) => {
    keepPage(request, response);
    return response;
  }).catch(() => caches.match(request, { cacheName: PAGES_CACHE }).then((hit) => hit || caches.match(CONFIG.offlineUrl))));
});
