// Registers the offline service worker (sw.js at the site's root), so first aid, the night
// card, the stretches and When to get help open again with no connection. The root is worked
// out from this script's own address, so a site hosted under a sub-path works too.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  var root = new URL("..", document.currentScript.src);
  navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.pathname })
    .catch(function () {
      // No service worker (an old browser, a private window, or a site served without the
      // build's offline step): the site works as before, just not offline.
    });
})();
