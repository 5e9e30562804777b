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

  // Overview: the map is its own cached resource (the page's HTML stays small, a browser fetches the map once per
  // version). Put it inline where the page kept its place, so keyboard, touch and captions work as on any inline SVG.
  function loadMap() {
    var slot = document.getElementById("map-slot");
    if (!slot || !window.fetch) { wireMap(); return; }
    fetch(slot.getAttribute("data-src"), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (svg) {
        if (svg) { slot.innerHTML = svg; slot.classList.add("loaded"); }
        wireMap();
      })
      .catch(function () { wireMap(); });
  }

  // Upload: refuse a file over the limit before sending it (a browser that sends 200 MB only to hear "too large"
  // wastes minutes, and may see a reset connection instead of the answer); otherwise show a busy note while sending.
  // The limit and the message come from the page (data-max-bytes, data-too-large), which takes them from UploadLimit.
  function wireUpload() {
    var form = document.getElementById("upload-form");
    if (!form) { return; }
    var input = document.getElementById("file");
    var alert = document.getElementById("upload-too-large");
    var maxBytes = Number(form.getAttribute("data-max-bytes"));
    var tooLarge = function () {
      var file = input && input.files && input.files[0];
      if (!file || !maxBytes || file.size <= maxBytes) { return null; }
      var size = (file.size / 1048576).toLocaleString(document.documentElement.lang || "vi", { maximumFractionDigits: 1 }) + " MB";
      return form.getAttribute("data-too-large").replace("{name}", file.name).replace("{size}", size);
    };
    var check = function () {
      var message = tooLarge();
      if (alert) { alert.textContent = message || ""; alert.hidden = !message; }
      return !message;
    };
    if (input) { input.addEventListener("change", check); }
    form.addEventListener("submit", function (event) {
      if (!check()) { event.preventDefault(); return; }
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

  // Publish: poll the rescoring job's state (GET /api/v1/rules/jobs/{id}) until it has finished or failed.
  function wireJobProgress() {
    var box = document.querySelector("[data-poll]");
    if (!box || !window.fetch) { return; }
    var bar = box.querySelector("progress");
    var text = box.querySelector("#rescore-text");
    var state = box.querySelector("#rescore-state");
    var fill = function (template, done, total) { return template.replace("{0}", done).replace("{1}", total); };
    var poll = function () {
      fetch(box.getAttribute("data-poll"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (job) {
          if (!job) { return; }
          if (job.total !== null && bar) { bar.max = job.total; bar.value = job.done || 0; }
          if (state) { state.textContent = "(Hangfire: " + job.state + ", job " + job.jobId + ")"; }
          if (job.failed) { text.textContent = box.getAttribute("data-text-failed"); return; }
          if (job.finished) { text.textContent = fill(box.getAttribute("data-text-done"), job.done, job.total); return; }
          text.textContent = job.total === null ? box.getAttribute("data-text-waiting") : fill(box.getAttribute("data-text-running"), job.done, job.total);
          window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    poll();
  }

  // Overview on a first start: the demo data is being prepared in the background. Follow its progress from
  // /health/ready (entry "demo") and show the overview once every month is rated.
  function wireDemoPreparation() {
    var box = document.getElementById("demo-preparing");
    if (!box || !window.fetch) { return; }
    var text = document.getElementById("demo-progress");
    var bar = box.querySelector("progress");
    var template = box.getAttribute("data-template") || "{0}/{1}";
    var poll = function () {
      fetch("/health/ready", { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (ready) {
          var demo = ready && ready.checks && ready.checks.demo && ready.checks.demo.data;
          if (!demo || demo.status !== "preparing") { window.location.reload(); return; }
          if (text) { text.textContent = template.replace("{0}", demo.monthsDone).replace("{1}", demo.monthsTotal); }
          if (bar) { bar.max = demo.monthsTotal; bar.value = demo.monthsDone; }
          window.setTimeout(poll, 2000);
        })
        .catch(function () { window.setTimeout(poll, 4000); });
    };
    window.setTimeout(poll, 2000);
  }

  // Methodology: a print button (the page prints on A4 without navigation whichever way printing is started).
  function wirePrint() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { loadMap(); wireUpload(); wireAutoSubmit(); wireJobProgress(); wireDemoPreparation(); wirePrint(); });
})();
