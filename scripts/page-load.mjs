// Page load in a phone-width Chromium (headless, 390 × 844, touch, device scale 3), through the DevTools protocol.
// Usage: node --experimental-websocket scripts/page-load.mjs <base-url> <cookie-header> <path> [runs]
// Prints per run: the time to DOMContentLoaded and to the load event (navigation timing), the bytes transferred,
// and how many requests the page made before its load event. Only the given base URL (loopback) is visited.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, cookieHeader, path, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const port = 9300 + Math.floor(Math.random() * 500);
const profile = mkdtempSync(join(tmpdir(), "page-load-"));
const chrome = spawn("/usr/bin/chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", `--remote-debugging-port=${port}`,
  `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let version;
for (let i = 0; i < 100 && !version; i++) {
  try { version = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json(); } catch { await sleep(100); }
}
const pages = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const ws = new WebSocket(pages.find((p) => p.type === "page").webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener("open", r));
let id = 0; const waiting = new Map(); const listeners = [];
ws.addEventListener("message", (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg.result); waiting.delete(msg.id); }
  else if (msg.method) { listeners.forEach((l) => l(msg)); }
});
const send = (method, params = {}) => new Promise((r) => { const n = ++id; waiting.set(n, r); ws.send(JSON.stringify({ id: n, method, params })); });
await send("Page.enable"); await send("Network.enable"); await send("Runtime.enable");
await send("Network.setCacheDisabled", { cacheDisabled: true });
await send("Emulation.setDeviceMetricsOverride", { width: 390, height: 844, deviceScaleFactor: 3, mobile: true });
await send("Emulation.setTouchEmulationEnabled", { enabled: true });
const url = new URL(base);
for (const part of cookieHeader.split(";").map((c) => c.trim()).filter(Boolean)) {
  const eq = part.indexOf("=");
  await send("Network.setCookie", { name: part.slice(0, eq), value: part.slice(eq + 1), domain: url.hostname, path: "/" });
}
console.log(`${path} at 390 px (runs: ${runs})`);
for (let run = 0; run < runs; run++) {
  let requests = 0, bytes = 0, loaded = false;
  const onEvent = (msg) => {
    if (msg.method === "Network.requestWillBeSent" && !loaded) { requests++; }
    if (msg.method === "Network.loadingFinished") { bytes += msg.params.encodedDataLength; }
  };
  listeners.push(onEvent);
  const load = new Promise((r) => listeners.push((msg) => { if (msg.method === "Page.loadEventFired") { loaded = true; r(); } }));
  await send("Page.navigate", { url: base + path });
  await Promise.race([load, sleep(60000)]);
  await sleep(300);
  const timing = await send("Runtime.evaluate", { expression: "JSON.stringify((() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, html: n.transferSize }; })())", returnByValue: true });
  const t = JSON.parse(timing.result.value);
  console.log(`run ${run + 1}: DOMContentLoaded ${t.dcl.toFixed(0)} ms, load ${t.load.toFixed(0)} ms, HTML ${(t.html / 1024).toFixed(0)} KB, ${requests} requests before load, ${(bytes / 1024).toFixed(0)} KB transferred`);
  listeners.length = 0;
}
ws.close(); chrome.kill();
