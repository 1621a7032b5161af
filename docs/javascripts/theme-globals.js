/* The theme's storage helpers, from Material for MkDocs' partials/javascripts/base.html
 * (MIT, Martin Donath), as Zensical's version of it writes them. They used to be an inline
 * script; loaded from this file, the Content-Security-Policy can forbid inline scripts.
 * The scope (the key prefix for localStorage) comes from the tag's data-md-scope, which the
 * template fills exactly as the theme filled the inline script.
 */
/* eslint-disable no-var */
var __md_scope = new URL(document.currentScript.getAttribute("data-md-scope") || ".", location);
if (!__md_scope.pathname.endsWith("/")) __md_scope = new URL(__md_scope.pathname + "/", location);
var __md_hash = function (value) {
  return Array.from(value).reduce(function (hash, char) {
    return (hash << 5) - hash + char.charCodeAt(0);
  }, 0);
};
var __md_get = function (key, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  return JSON.parse(storage.getItem(scope.pathname + "." + key));
};
var __md_set = function (key, value, storage, scope) {
  storage = storage || localStorage;
  scope = scope || __md_scope;
  try {
    storage.setItem(scope.pathname + "." + key, JSON.stringify(value));
  } catch (error) {
    /* storage full or forbidden: the theme works without it */
  }
};
document.documentElement.setAttribute("data-platform", navigator.platform);
