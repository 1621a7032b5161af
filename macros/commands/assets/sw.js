// Night Cramps offline service worker. Written into the built site by the build's offline step
// (macros/commands/offline.py), which fills in VERSION and PRECACHE from the built files, so
// every build whose offline pages change gets a new cache and the old one is deleted.
//
// Pages are fetched from the network first, so a reader online always sees the newest text;
// with no connection, the cached copy is served, and a page that was never cached gets the
// "You are offline" page. Requests to any other host are never touched or cached.
"use strict";

const VERSION = "__VERSION__";
const PREFIX = "night-cramps-";
const CACHE = PREFIX + VERSION;
const PRECACHE = __PRECACHE__;
const OFFLINE_PAGE = "__OFFLINE_PAGE__";
const scope = self.registration.scope;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // cache: "reload" skips the browser's HTTP cache, so a new build's worker keeps the new
      // files, never the copies the browser still holds from the last visit.
      .then((cache) =>
        cache.addAll(PRECACHE.map((path) => new Request(new URL(path, scope).href, { cache: "reload" }))),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((hit) => {
      if (hit) return hit;
      // A page that was never saved: send the reader to the saved "You are offline" page (a
      // redirect, so its relative links and styles resolve from its own address).
      if (request.mode === "navigate") return Response.redirect(new URL(OFFLINE_PAGE, scope).href, 302);
      return Response.error();
    }),
  );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (new URL(request.url).origin !== self.location.origin) return;
  // A page is asked of the server every time (revalidated, "no-cache"), so a reader online
  // never gets a stale copy from the browser's HTTP cache, and offline gets this build's copy.
  const fresh = request.mode === "navigate" ? fetch(request, { cache: "no-cache" }) : fetch(request);
  event.respondWith(fresh.catch(() => fromCache(request)));
});
