/* Tooltips for glossary terms (<abbr title>) and other titled elements in the page content.
 *
 * Material's own tooltips (theme feature content.tooltips, also in Zensical) read an element's
 * title and insert it into the tooltip as HTML, so a title holding "<img onerror=...>" as text
 * would become a live element. That feature is off; this script shows the same tooltip boxes
 * (the theme's md-tooltip2 styles) with the title set as text only (textContent), so whatever
 * the title says, it is shown, never run. A titled element that has the keyboard focus shows
 * its tooltip too; Escape hides it. Without JavaScript the browser's own title tooltip remains.
 */
(function () {
  "use strict";

  var TARGETS = ".md-content [title]";
  var ID = "nc-tooltip";
  var open = null; /* { host, title, node } while a tooltip shows */

  function hide() {
    if (!open) return;
    open.node.remove();
    open.host.setAttribute("title", open.title);
    open.host.removeAttribute("aria-describedby");
    open = null;
  }

  function show(host) {
    if (open && open.host === host) return;
    hide();
    var title = host.getAttribute("title");
    if (!title) return;
    var node = document.createElement("div");
    node.className = "md-tooltip2 md-tooltip2--bottom";
    node.id = ID;
    node.setAttribute("role", "tooltip");
    var inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    inner.textContent = title;
    node.appendChild(inner);
    /* The browser would show its own tooltip as well: keep the title aside while ours shows. */
    host.removeAttribute("title");
    host.setAttribute("aria-describedby", ID);
    document.body.appendChild(node);
    var box = host.getBoundingClientRect();
    node.style.setProperty("--md-tooltip-host-x", box.left + window.scrollX + "px");
    node.style.setProperty("--md-tooltip-host-y", box.top + window.scrollY + "px");
    node.style.setProperty("--md-tooltip-x", box.width / 2 + "px");
    node.style.setProperty("--md-tooltip-y", 8 + box.height + "px");
    node.style.setProperty("--md-tooltip-width", inner.getBoundingClientRect().width + "px");
    node.style.setProperty("--md-tooltip-tail", "0px");
    open = { host: host, title: title, node: node };
    window.requestAnimationFrame(function () {
      if (open && open.node === node) node.classList.add("md-tooltip2--active");
    });
  }

  function targetOf(event) {
    var el = event.target;
    return el instanceof Element ? el.closest(TARGETS) : null;
  }

  document.addEventListener("mouseover", function (event) {
    var host = targetOf(event);
    if (host) show(host);
    else if (open && !open.host.contains(event.target)) hide();
  });
  document.addEventListener("focusin", function (event) {
    var host = targetOf(event);
    if (host) show(host);
    else hide();
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  window.addEventListener("scroll", hide, { passive: true });

  /* A page swapped in by instant navigation starts without a tooltip. */
  if (typeof document$ !== "undefined") document$.subscribe(hide);
})();
