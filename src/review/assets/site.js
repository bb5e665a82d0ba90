// baocao review site: marks a finding's lines, sorts the index's table.
// No network, no eval, no inline handlers (the pages' CSP forbids them).
"use strict";
(function () {
  function markLines(finding, scroll) {
    document.querySelectorAll(".line.marked").forEach(function (l) { l.classList.remove("marked"); });
    document.querySelectorAll(".finding.active").forEach(function (f) { f.classList.remove("active"); });
    if (!finding) return;
    finding.classList.add("active");
    var first = null;
    (finding.getAttribute("data-lines") || "").split(" ").forEach(function (n) {
      var l = document.getElementById("L" + n);
      if (l) { l.classList.add("marked"); if (!first) first = l; }
    });
    if (scroll && first) {
      first.scrollIntoView({ block: "center" });
      var a = first.querySelector("a.ln");
      if (a) a.focus({ preventScroll: true });
    }
  }
  function sortTable(button) {
    var table = button.closest("table");
    var col = Number(button.getAttribute("data-col"));
    var asc = button.getAttribute("aria-sort") !== "ascending";
    table.querySelectorAll("button.sort").forEach(function (b) { b.removeAttribute("aria-sort"); });
    button.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[col];
      if (!cell) return "";
      var v = cell.getAttribute("data-sort");
      return v === null ? cell.textContent.trim() : v;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      if (x === "" && y !== "") return 1;
      if (y === "" && x !== "") return -1;
      var nx = Number(x), ny = Number(y);
      var c = (!isNaN(nx) && !isNaN(ny) && x !== "" && y !== "") ? nx - ny : x.localeCompare(y, "vi");
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.addEventListener("click", function (e) {
    var t = e.target;
    if (!(t instanceof Element)) return;
    var b = t.closest("button.mark-lines");
    if (b) { markLines(b.closest(".finding"), true); return; }
    var a = t.closest(".finding a.to-line");
    if (a) { markLines(a.closest(".finding"), false); return; }
    var s = t.closest("button.sort");
    if (s) sortTable(s);
  });
})();
