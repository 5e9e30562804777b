// DashboardKpi: small progressive enhancements; every page works without this file.
// Served from our origin (CSP script-src 'self'); no inline handlers anywhere.
(function () {
  "use strict";

  // Map: show the focused or hovered unit's name and rating in the caption (keyboard users get the same as mouse users).
  function wireMap() {
    var caption = document.getElementById("map-caption");
    if (!caption) { return; }
    var template = caption.getAttribute("data-template") || "{0}";
    var show = function (event) {
      var link = event.target.closest ? event.target.closest(".unit, .unit-zoom") : null;
      if (!link) { return; }
      var title = link.querySelector("title");
      var label = link.getAttribute("aria-label") || (title ? title.textContent : "");
      if (label) { caption.textContent = template.replace("{0}", label); }
    };
    var map = document.getElementById("commune-map");
    if (!map) { return; }
    map.addEventListener("focusin", show);
    map.addEventListener("mouseover", show);
  }

  // Upload: show the chosen file's name and a busy bar while the browser sends it.
  function wireUpload() {
    var form = document.getElementById("upload-form");
    if (!form) { return; }
    form.addEventListener("submit", function () {
      var busy = document.getElementById("upload-busy");
      if (busy) { busy.hidden = false; }
    });
  }

  // Selects that apply on change (period, filters) submit their form.
  function wireAutoSubmit() {
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      select.addEventListener("change", function () { select.form.submit(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { wireMap(); wireUpload(); wireAutoSubmit(); });
})();
