// Rule draft form editor: a live what-if beside the form. Optional: without it the page's buttons do the same by
// posting the form. It posts the whole form (antiforgery token included) to the page's WhatIf handler as values
// change and redraws the counts, the changed units, the field errors and the change-note boxes from the JSON answer.
// Nothing is stored by it. Served from our origin (CSP script-src 'self'); the DOM is built with textContent only.
(function () {
  "use strict";

  var form = document.getElementById("rule-form");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var url = form.getAttribute("data-whatif-url");
  var status = document.getElementById("whatif-status");
  var colours = ["green", "yellow", "red", "noData"];
  var timer = null;
  var sequence = 0;
  var controller = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function badge(colour, text) {
    var b = el("span", "badge " + colour, text);
    b.setAttribute("data-rating", colour);
    return b;
  }

  function showCounts(periods) {
    var body = document.querySelector("#whatif-counts tbody");
    if (!body) { return; }
    body.textContent = "";
    periods.forEach(function (p) {
      var row = el("tr");
      row.setAttribute("data-period", p.period);
      var head = el("th", null, p.label);
      head.setAttribute("scope", "row");
      row.appendChild(head);
      colours.forEach(function (c) {
        var before = p.before[c], after = p.after[c];
        var cell = el("td", "num" + (before !== after ? " delta" : ""));
        cell.setAttribute("data-rating", c);
        var b = el("span", null, String(before)); b.setAttribute("data-when", "before");
        var a = el("span", null, String(after)); a.setAttribute("data-when", "after");
        cell.appendChild(b); cell.appendChild(document.createTextNode(" → ")); cell.appendChild(a);
        row.appendChild(cell);
      });
      var changed = el("td", "num");
      changed.setAttribute("data-changed", String(p.changed));
      changed.appendChild(el("strong", null, String(p.changed)));
      row.appendChild(changed);
      body.appendChild(row);
    });
  }

  function showChanges(result) {
    var list = document.getElementById("whatif-changes");
    var none = document.getElementById("whatif-none");
    var more = document.getElementById("whatif-more");
    var period = document.getElementById("whatif-changes-period");
    if (!list) { return; }
    list.textContent = "";
    if (period) { period.textContent = result.periods.length ? result.periods[result.periods.length - 1].label : ""; }
    result.changes.forEach(function (c) {
      var item = el("li", "whatif-change");
      item.setAttribute("data-code", c.code);
      item.setAttribute("data-before", c.before);
      item.setAttribute("data-after", c.after);
      var link = el("a", null, c.name);
      link.href = "/Communes/Details/" + encodeURIComponent(c.code) + "?period=" + encodeURIComponent(result.changesPeriod || "");
      item.appendChild(link);
      item.appendChild(document.createTextNode(": "));
      item.appendChild(badge(c.before, c.beforeText));
      item.appendChild(document.createTextNode(" → "));
      item.appendChild(badge(c.after, c.afterText));
      var why = el("ul");
      c.why.forEach(function (w) { why.appendChild(el("li", null, w)); });
      item.appendChild(why);
      list.appendChild(item);
    });
    if (none) { none.hidden = !(result.valid !== undefined && result.periods.length > 0 && result.changes.length === 0); }
    if (more) {
      var template = more.getAttribute("data-template") || "{0}";
      more.textContent = result.moreChanges > 0 ? template.replace("{0}", String(result.moreChanges)) : "";
    }
  }

  // The map of changes drawn with the page: every unit takes the fill and label the answer gives it, the enlarged
  // inner city (<use href="#u-CODE">) too, and the legend its counts.
  function showMap(result) {
    var map = document.getElementById("commune-map");
    var units = result.map;
    if (!map || !units || !units.length) { return; }
    var period = document.getElementById("whatif-map-period");
    if (period) { period.textContent = result.periods[result.periods.length - 1].label; }
    var byCode = {};
    var counts = { green: 0, yellow: 0, red: 0, noData: 0 };
    units.forEach(function (u) { byCode[u.code] = u; counts[u.rating] = (counts[u.rating] || 0) + 1; });
    Array.prototype.forEach.call(map.querySelectorAll(".unit"), function (unit) {
      var u = byCode[unit.getAttribute("data-code")];
      if (!u) { return; }
      unit.setAttribute("data-rating", u.rating);
      if (unit.hasAttribute("href")) {
        unit.setAttribute("href", "/Communes/Details/" + encodeURIComponent(u.code) + "?period=" + encodeURIComponent(result.changesPeriod || ""));
      }
      unit.setAttribute("aria-label", u.label);
      var title = unit.querySelector("title");
      if (title) { title.textContent = u.label; }
      var shape = unit.querySelector("path, use");
      if (shape) { shape.setAttribute("fill", "url(#fill-" + u.rating + ")"); }
    });
    Array.prototype.forEach.call(map.querySelectorAll(".unit-zoom"), function (zoom) {
      var shape = zoom.querySelector("use");
      var u = shape ? byCode[(shape.getAttribute("href") || "").replace("#u-", "")] : null;
      if (!u) { return; }
      shape.setAttribute("fill", "url(#zfill-" + u.rating + ")");
      var title = zoom.querySelector("title");
      if (title) { title.textContent = u.label; }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-legend-count]"), function (cell) {
      cell.textContent = String(counts[cell.getAttribute("data-legend-count")] || 0);
    });
  }

  function showErrors(errors) {
    Array.prototype.forEach.call(form.querySelectorAll(".field-error"), function (e) {
      if (!e.id || e.id.indexOf("note-") !== 0) { e.textContent = ""; }
    });
    Array.prototype.forEach.call(form.querySelectorAll(".ff.has-error"), function (f) { f.classList.remove("has-error"); });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (i) {
      if (!i.id || i.id.indexOf("note-") !== 0) { i.removeAttribute("aria-invalid"); }
    });
    errors.forEach(function (e) {
      var target = document.getElementById(e.target);
      if (!target) { target = document.getElementById("form-errors"); }
      if (!target) { return; }
      target.textContent = (target.textContent ? target.textContent + " " : "") + e.text;
      var field = target.closest ? target.closest(".ff") : null;
      if (field) {
        field.classList.add("has-error");
        var input = field.querySelector("input:not([type=hidden]), select, textarea");
        if (input) { input.setAttribute("aria-invalid", "true"); }
      }
      var details = target.closest ? target.closest("details") : null;
      if (details) { details.open = true; }
    });
  }

  function showChanged(codes) {
    Array.prototype.forEach.call(form.querySelectorAll("[data-note-for]"), function (box) {
      box.hidden = codes.indexOf(box.getAttribute("data-note-for")) < 0;
    });
    Array.prototype.forEach.call(form.querySelectorAll("details.criterion-form"), function (d) {
      var mark = d.querySelector(".changed-mark");
      if (mark) { mark.hidden = codes.indexOf(d.getAttribute("data-code")) < 0; }
    });
  }

  function update() {
    var mine = ++sequence;
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    if (status) { status.textContent = status.getAttribute("data-updating"); }
    fetch(url, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (result) {
      if (mine !== sequence) { return; }
      showCounts(result.periods);
      showChanges(result);
      showMap(result);
      showErrors(result.errors);
      showChanged(result.changedCriteria);
      if (status) { status.textContent = (status.getAttribute("data-elapsed") || "{0}").replace("{0}", String(result.elapsedMs)); }
      form.setAttribute("data-whatif-sequence", String(mine));
    }).catch(function (error) {
      if (error && error.name === "AbortError") { return; }
      if (mine === sequence && status) { status.textContent = status.getAttribute("data-failed"); }
    });
  }

  function schedule(event) {
    var target = event.target;
    if (!target || !target.name || target.name.indexOf("note.") === 0) { return; }
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(update, event.type === "change" ? 0 : 300);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
