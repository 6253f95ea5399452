/* The archive's page scripts: sortable tables and filters on the listings (the markup is
   written by hooks/newsarchive/filters.py), and the address printed with an article. No
   dependency and no request: it works from disk as on a server, and a page without it is
   complete (every item shown, in the order the build chose; the site-relative address printed).

   - table[data-sortable]: each column header becomes a button; a cell's data-sort value (an
     ISO date, a number) sorts in place of its text; aria-sort says the current order.
   - form.archive-filter[data-filter-for=ID]: each <select name="x"> keeps the items of #ID
     whose data-x holds the chosen value (values separated by spaces); the "from" and "to"
     dates keep the items whose data-date (or data-first to data-last) meets that span. A
     [data-filter-group] left without an item is hidden too. The address can preset a filter:
     page.html?place=raqqa.
   - .archive-address: filled with the article's address before printing: the absolute one the
     JSON-LD gives when the site's address is known, else the one the reader has open. */
(function () {
  "use strict";

  var NUMBER = /^-?\d[\d,]*(\.\d+)?$/;

  function sortValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim();
  }

  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) {
      return parseFloat(a.replace(/,/g, "")) - parseFloat(b.replace(/,/g, ""));
    }
    return a.localeCompare(b, undefined, { sensitivity: "base", numeric: true });
  }

  function sortBy(table, header, index) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var order = compare(sortValue(x, index), sortValue(y, index));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) {
      body.appendChild(row);
    });
  }

  function makeSortable(table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "archive-sort";
      button.title = "Sort by this column";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () {
        sortBy(table, header, index);
      });
    });
  }

  function values(item, name) {
    var value = item.getAttribute("data-" + name);
    return value ? value.split(" ") : [];
  }

  function keeps(item, selects, from, to) {
    for (var i = 0; i < selects.length; i++) {
      var wanted = selects[i].value;
      if (wanted && values(item, selects[i].name).indexOf(wanted) < 0) return false;
    }
    if (!from && !to) return true;
    var first = item.getAttribute("data-first") || item.getAttribute("data-date");
    var last = item.getAttribute("data-last") || first;
    if (!first) return false;
    return !(from && last < from) && !(to && first > to);
  }

  function applyFilter(form, target) {
    var selects = form.querySelectorAll("select");
    var from = form.elements.from ? form.elements.from.value : "";
    var to = form.elements.to ? form.elements.to.value : "";
    var items = target.querySelectorAll("[data-filter-item]");
    var shown = 0;
    Array.prototype.forEach.call(items, function (item) {
      var keep = keeps(item, selects, from, to);
      item.hidden = !keep;
      if (keep) shown++;
    });
    Array.prototype.forEach.call(target.querySelectorAll("[data-filter-group]"), function (group) {
      group.hidden = !group.querySelector("[data-filter-item]:not([hidden])");
    });
    var output = form.querySelector("output");
    if (output) output.textContent = shown + " of " + items.length + " shown";
  }

  function setUpFilter(form) {
    var target = document.getElementById(form.getAttribute("data-filter-for"));
    if (!target) return;
    var preset = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (control) {
      if (control.name && preset.has(control.name)) control.value = preset.get(control.name);
    });
    form.addEventListener("input", function () {
      applyFilter(form, target);
    });
    form.addEventListener("change", function () {
      applyFilter(form, target);
    });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        applyFilter(form, target);
      }, 0);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    applyFilter(form, target);
  }

  function pageAddress() {
    var data = document.querySelector('script[type="application/ld+json"]');
    try {
      var id = data && JSON.parse(data.textContent)["@id"];
      if (id && /^https?:/.test(id)) return id;
    } catch (error) {
      // no usable JSON-LD: the address in the browser will do
    }
    return window.location.href.split("#")[0];
  }

  function fillAddresses() {
    var address = pageAddress();
    Array.prototype.forEach.call(document.querySelectorAll(".archive-address"), function (element) {
      element.textContent = address;
    });
  }

  function start() {
    fillAddresses();
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), makeSortable);
    Array.prototype.forEach.call(document.querySelectorAll("form.archive-filter"), setUpFilter);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
