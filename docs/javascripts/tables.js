/* Sortable, filterable tables for Night Cramps.
 *
 * Works on any <table data-nc-table>: header cells with data-nc-sort get a sort button
 * (state in aria-sort); header cells with data-nc-filter get a <select> above the table built
 * from their data-nc-options. Cells give data-sort (sort key) and data-value (filter tokens).
 * Without JavaScript the table is a plain readable table. Runs inside Material's document$
 * so it also runs after instant navigation; each table is set up once.
 */
(function () {
  "use strict";

  function keyOf(row, index) {
    var cell = row.children[index];
    if (!cell) return "";
    var value = cell.getAttribute("data-sort");
    return value === null ? cell.textContent.trim().toLowerCase() : value;
  }

  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) return x - y;
    return String(a).localeCompare(String(b));
  }

  function makeSortable(table, status) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);

    function sortBy(index, ascending) {
      var th = headers[index];
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = original.slice().sort(function (r1, r2) {
        var order = compare(keyOf(r1, index), keyOf(r2, index));
        if (order === 0) order = compare(keyOf(r1, 0), keyOf(r2, 0));
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      status.textContent = "Sorted by " + th.textContent.trim() + ", " +
        (ascending ? "ascending" : "descending") + ".";
    }

    headers.forEach(function (th, index) {
      if (!th.hasAttribute("data-nc-sort")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "nc-sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      var arrow = document.createElement("span");
      arrow.className = "nc-sort__arrow";
      arrow.setAttribute("aria-hidden", "true");
      button.appendChild(arrow);
      th.appendChild(button);
      button.addEventListener("click", function () {
        sortBy(index, th.getAttribute("aria-sort") !== "ascending");
      });
    });
    return sortBy;
  }

  /* A "Sort by" list for small screens, where the table shows as cards without headers. */
  function sortControl(table, form, sortBy) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var id = table.id + "-sort";
    var field = document.createElement("div");
    field.className = "nc-filters__field nc-filters__sort";
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = "Sort by";
    var select = document.createElement("select");
    select.id = id;
    headers.forEach(function (th, index) {
      if (th.hasAttribute("data-nc-sort")) select.appendChild(new Option(th.textContent.trim(), index));
    });
    select.addEventListener("change", function () { sortBy(Number(select.value), true); });
    field.appendChild(label);
    field.appendChild(select);
    form.insertBefore(field, form.firstChild);
  }

  function makeFilterable(table, status, form) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var filters = [];
    var noun = table.getAttribute("data-nc-noun") || "rows";
    headers.forEach(function (th, index) {
      var column = th.getAttribute("data-nc-filter");
      if (!column) return;
      var options = JSON.parse(th.getAttribute("data-nc-options") || "[]");
      var id = table.id + "-filter-" + column;
      var label = document.createElement("label");
      label.setAttribute("for", id);
      label.textContent = th.textContent.trim();
      var select = document.createElement("select");
      select.id = id;
      select.appendChild(new Option("Any", ""));
      options.forEach(function (pair) { select.appendChild(new Option(pair[1], pair[0])); });
      var field = document.createElement("div");
      field.className = "nc-filters__field";
      field.appendChild(label);
      field.appendChild(select);
      form.appendChild(field);
      filters.push({ index: index, select: select });
    });
    if (!filters.length) return;
    var reset = document.createElement("button");
    reset.type = "reset";
    reset.className = "md-button nc-filters__reset";
    reset.textContent = "Show all";
    form.appendChild(reset);
    var empty = document.createElement("p");
    empty.className = "nc-filters__empty";
    empty.hidden = true;
    empty.textContent = "No " + noun + " match these filters. Choose \u201cAny\u201d to see more.";

    function apply() {
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var shown = 0;
      rows.forEach(function (row) {
        var visible = filters.every(function (filter) {
          var wanted = filter.select.value;
          if (!wanted) return true;
          var cell = row.children[filter.index];
          var tokens = (cell && cell.getAttribute("data-value") || "").split(/\s+/);
          return tokens.indexOf(wanted) !== -1;
        });
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      empty.hidden = shown !== 0;
      status.textContent = "Showing " + shown + " of " + rows.length + " " + noun + ".";
    }

    filters.forEach(function (filter) { filter.select.addEventListener("change", apply); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    var wrap = table.closest(".nc-table-wrap") || table;
    wrap.parentNode.insertBefore(empty, wrap.nextSibling);
  }

  function setUp(table) {
    if (table.hasAttribute("data-nc-ready") || !table.tHead || !table.tBodies.length) return;
    table.setAttribute("data-nc-ready", "");
    var status = document.createElement("p");
    status.className = "nc-sr-only";
    status.setAttribute("role", "status");
    var wrap = table.closest(".nc-table-wrap") || table;
    wrap.parentNode.insertBefore(status, wrap.nextSibling);
    var form = document.createElement("form");
    form.className = "nc-filters";
    form.setAttribute("aria-label", "Sort and filter the table");
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    makeFilterable(table, status, form);
    var sortBy = makeSortable(table, status);
    if (table.querySelector("th[data-nc-sort]")) sortControl(table, form, sortBy);
    if (form.children.length) wrap.parentNode.insertBefore(form, wrap);
  }

  function init() {
    document.querySelectorAll("table[data-nc-table]").forEach(setUp);
    document.querySelectorAll("[data-nc-print]").forEach(function (button) {
      var holder = button.closest("[hidden]");
      if (holder) holder.hidden = false;
      if (button.hasAttribute("data-nc-ready")) return;
      button.setAttribute("data-nc-ready", "");
      button.addEventListener("click", function () { window.print(); });
    });
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(init);
  } else {
    document.addEventListener("DOMContentLoaded", init);
  }
})();
