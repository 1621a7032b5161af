/* Loads the search index when the reader reaches for search, not with every page.
 *
 * Why: the theme's bundle (Material for MkDocs, and Zensical's) requests its search index as
 * soon as a page opens: about 90 KB gzip, 450 KB of JSON that the phone must parse and copy
 * to the search worker while the reader is still waiting for the page. Most readers never
 * search. This script runs just before the bundle (overrides/main.html) and holds back that
 * one request until the reader shows they are about to search: a finger or pointer on the
 * search box or its button, focus on it, a search shortcut key, or a link that opens search
 * (?q=) or highlights a search result (?h=). From there the theme carries on exactly as
 * before, so search still works the same, and it is ready by the time a query is typed: the
 * request starts on the first touch, before the tap even ends.
 *
 * How: the bundle asks for the index with XMLHttpRequest (search/search_index.json under
 * MkDocs, search.json under Zensical); `send` is wrapped so that only that request waits.
 * Nothing else in the theme is changed, and without this file the theme loads it as before.
 */
(function () {
  "use strict";

  var INDEX = /\/search(?:\/search_index)?\.json$/;
  var SEARCH = '.md-search, label[for="__search"], [data-md-toggle="search"]';
  var SHORTCUTS = { "/": true, s: true, f: true, k: true };
  var INTENT_EVENTS = ["pointerdown", "pointerover", "touchstart", "focusin", "keydown", "change"];
  var held = new WeakSet();
  var waiting = [];
  var wanted = false;

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;

  XMLHttpRequest.prototype.open = function (method, url) {
    if (!wanted && INDEX.test(new URL(String(url), location.href).pathname)) held.add(this);
    else held.delete(this);
    return open.apply(this, arguments);
  };

  XMLHttpRequest.prototype.send = function () {
    if (wanted || !held.has(this)) return send.apply(this, arguments);
    var request = this;
    var args = arguments;
    waiting.push(function () {
      /* Only a request still waiting to be sent (not aborted or reopened meanwhile). */
      if (request.readyState === XMLHttpRequest.OPENED && held.has(request)) {
        held.delete(request);
        send.apply(request, args);
      }
    });
  };

  function release() {
    if (wanted) return;
    wanted = true;
    INTENT_EVENTS.forEach(function (type) {
      document.removeEventListener(type, onIntent, true);
    });
    waiting.splice(0).forEach(function (go) {
      go();
    });
  }

  function typing(target) {
    return (
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
    );
  }

  function onIntent(event) {
    var target = event.target;
    if (target instanceof Element && target.closest(SEARCH)) {
      release();
    } else if (
      event.type === "keydown" &&
      SHORTCUTS[String(event.key).toLowerCase()] &&
      !typing(target)
    ) {
      release();
    }
  }

  var params = new URL(location.href).searchParams;
  if (params.has("q") || params.has("h")) {
    release();
  } else {
    INTENT_EVENTS.forEach(function (type) {
      document.addEventListener(type, onIntent, { capture: true, passive: true });
    });
  }
})();
