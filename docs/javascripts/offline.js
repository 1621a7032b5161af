// Registers the offline service worker (sw.js at the site's root), so first aid, the night
// card, the stretches and When to get help open again with no connection. The root is worked
// out from this script's own address, so a site hosted under a sub-path works too.
//
// Registered only once the page has loaded and the browser is idle: installing the worker
// fetches and stores the night pages, work that would otherwise compete with the page the
// reader is waiting for (Lighthouse counted it as blocking time on a phone).
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !document.currentScript) return;
  var root = new URL("..", document.currentScript.src);

  function register() {
    navigator.serviceWorker.register(new URL("sw.js", root).href, { scope: root.pathname })
      .catch(function () {
        // No service worker (an old browser, a private window, or a site served without the
        // build's offline step): the site works as before, just not offline.
      });
  }

  function whenIdle() {
    if ("requestIdleCallback" in window) window.requestIdleCallback(register, { timeout: 5000 });
    else window.setTimeout(register, 1);
  }

  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
})();
