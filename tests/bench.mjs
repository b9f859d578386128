// `cargo xtask bench`: one table of figures, each with its budget, all measured in one run so
// they hold on a noisy machine (with and without the extension side by side).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, overlayFrame, PORTAL, EXTENSION } from './lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const here = dirname(fileURLToPath(import.meta.url));
const gzFile = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const gz = (...files) => files.reduce((n, f) => n + gzFile(join(EXTENSION, f)), 0);
const rows = [];
const row = (what, value, unit, budget, ok) => rows.push({ what, value, unit, budget, ok });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const KB = (n) => (n / 1024).toFixed(1);

// --- sizes -------------------------------------------------------------------------------------
const injected = gz('content.js');
row('script injected into portal frames (gzip)', KB(injected), 'KB', '≤ 6 KB', injected <= 6 * 1024);
const overlay = gz('wasm/regpilot_overlay_bg.wasm', 'wasm/regpilot_overlay.js');
row('overlay wasm + glue (gzip)', KB(overlay), 'KB', '≤ 150 KB', overlay <= 150 * 1024);
const bg = gz('wasm/regpilot_background_bg.wasm', 'wasm/regpilot_background.js');
row('background wasm + glue (gzip)', KB(bg), 'KB', 'reported', true);
const driverFiles = ['driver.js.iife.js', 'driver.css'].map((f) => join(here, 'node_modules/driver.js/dist', f));
const driverSize = driverFiles.reduce((n, f) => n + gzFile(f), 0);
row('Driver.js injected (js + css, gzip), for comparison', KB(driverSize), 'KB', 'reported', true);

// --- validating 10 000 URIs natively (release build of the core) -------------------------------
const checks = execFileSync('cargo', ['run', '--quiet', '--release', '-p', 'regpilot-core', '--example', 'bench_checks'], { cwd: root, encoding: 'utf8' });
const median = Number((checks.match(/check per URI[^\n]*median ([\d.]+) ms/) || [])[1]);
row('validate 10 000 URIs natively (median)', Number.isFinite(median) ? median.toFixed(2) : 'n/a', 'ms', '≤ 20 ms', median <= 20);

// --- in the browser ----------------------------------------------------------------------------
const withExt = await launch();
const without = await launch({ extension: false });

// Navigation start → overlay text visible, cold (first page) and warm.
const times = [];
for (let i = 0; i < 8; i++) {
  const page = await withExt.context.newPage();
  await page.goto(`${PORTAL}/?regpilot=yetiforce:pl${LIST}`);
  const { frame } = await overlayFrame(page);
  const shown = await frame.evaluate(async () => {
    while (!document.querySelector('main h1')) await new Promise((r) => requestAnimationFrame(r));
    return performance.timeOrigin + performance.now();
  });
  times.push(shown - (await page.evaluate(() => performance.timeOrigin)));
  await page.close();
}
row('navigation start → overlay visible, cold', times[0].toFixed(0), 'ms', 'reported', true);
row('navigation start → overlay visible, warm p50', pct(times.slice(1), 50).toFixed(0), 'ms', 'reported', true);

// Element appears → highlight drawn, timed by a main-world observer that stamps the moment the
// executor marks it. Two paths: the element the worker already assigned to this frame re-renders
// (followed in the frame), and the current step's element appears for the first time (the frame
// reports, the worker decides, the frame marks: a round trip through the worker).
async function rerenderLatency(page) {
  return page.evaluate(async () => {
    const btn = document.querySelector('[data-regpilot-step]');
    const parent = btn.parentNode;
    btn.remove();
    const clone = btn.cloneNode(true);
    clone.removeAttribute('data-regpilot-step');
    const marked = new Promise((r) => new MutationObserver((_, o) => {
      if (clone.hasAttribute('data-regpilot-step')) { o.disconnect(); r(performance.now()); }
    }).observe(clone, { attributes: true }));
    const t0 = performance.now();
    parent.appendChild(clone);
    return (await marked) - t0;
  });
}
async function appearLatency(page, overlayFrame) {
  // Hide the button, step back (the list page re-verifies the first step at once, so the guide
  // comes straight back to "new registration" with a fresh plan and no assignment), then show a
  // copy of it where it was. A copy that is never marked within 2 s counts as missing (NaN).
  await page.evaluate(() => {
    const btn = document.querySelector('.azc-toolbarButton');
    window.__held = { copy: btn.cloneNode(true), parent: btn.parentNode };
    window.__held.copy.removeAttribute('data-regpilot-step');
    btn.remove();
  });
  await overlayFrame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'back' } }));
  await page.waitForFunction(() => document.querySelector('#regpilot-overlay').dataset.step === 'new-registration');
  await page.waitForTimeout(150);
  return page.evaluate(async () => {
    const { copy, parent } = window.__held;
    const marked = new Promise((r) => {
      new MutationObserver((_, o) => { if (copy.hasAttribute('data-regpilot-step')) { o.disconnect(); r(performance.now()); } }).observe(copy, { attributes: true });
      setTimeout(() => r(NaN), 2000);
    });
    const t0 = performance.now();
    (parent.isConnected ? parent : document.querySelector('.fxs-commandBar') || document.body).appendChild(copy);
    return (await marked) - t0;
  });
}
const hlPage = await withExt.context.newPage();
await hlPage.goto(`${PORTAL}/?l=en&replica-frames=none${LIST}`);
const { frame: of } = await overlayFrame(hlPage);
await of.waitForSelector('main h1');
await of.evaluate(() => chrome.runtime.sendMessage({ type: 'choose', target: 'yetiforce', lang: 'en' }));
await of.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } }));
await hlPage.waitForSelector('[data-regpilot-step="new-registration"]');
const rerender = [], appear = [];
for (let i = 0; i < 40; i++) rerender.push(await rerenderLatency(hlPage));
for (let i = 0; i < 20; i++) appear.push(await appearLatency(hlPage, of));
const missed = appear.filter(Number.isNaN).length;
appear.splice(0, appear.length, ...appear.filter((x) => !Number.isNaN(x)));
await hlPage.close();
row('assigned element re-rendered → highlight, p50', pct(rerender, 50).toFixed(1), 'ms', 'reported', true);
row('assigned element re-rendered → highlight, p95', pct(rerender, 95).toFixed(1), 'ms', '≤ 16 ms', pct(rerender, 95) <= 16);
row("step's element appears → highlight (via worker), p50", pct(appear, 50).toFixed(1), 'ms', 'reported', true);
row("step's element appears → highlight (via worker), p95", pct(appear, 95).toFixed(1), 'ms', '≤ 16 ms', pct(appear, 95) <= 16);
// A run where the replica redrew its own button meanwhile (its copy took the mark) is excluded.
row("appear runs excluded (the portal's redraw took the mark)", `${missed}/20`, '', 'reported', true);

// Driver.js on the same page: a MutationObserver calls driver.highlight() when the element appears.
const dPage = await without.context.newPage();
await dPage.goto(`${PORTAL}/?l=en&replica-frames=none${LIST}`);
await dPage.waitForSelector('.azc-toolbarButton');
await dPage.addStyleTag({ path: driverFiles[1] });
await dPage.addScriptTag({ path: driverFiles[0] });
const driverTimes = await dPage.evaluate(async () => {
  const d = window.driver.js.driver({ animate: false });
  const out = [];
  for (let i = 0; i < 40; i++) {
    const btn = document.querySelector('.azc-toolbarButton');
    const parent = btn.parentNode;
    btn.remove();
    await new Promise((r) => setTimeout(r, 20));
    const clone = btn.cloneNode(true);
    const done = new Promise((r) => {
      const o = new MutationObserver(() => {
        if (clone.isConnected) { o.disconnect(); d.highlight({ element: clone }); r(performance.now()); }
      });
      o.observe(document.body, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    parent.appendChild(clone);
    out.push((await done) - t0);
  }
  d.destroy();
  return out;
});
await dPage.close();
row('Driver.js: element appears → highlight, p50', pct(driverTimes, 50).toFixed(1), 'ms', 'reported', true);
row('Driver.js: element appears → highlight, p95', pct(driverTimes, 95).toFixed(1), 'ms', 'reported', true);

// A scripted replica session of 50 steps, timed with and without the extension in the same run.
// The steps run inside the portal page (an admin's clicks, typing and address changes), so the
// figure is the portal's own pace: each step ends when its page is drawn, React blades included
// (their frames say when they are ready), and painted. A second browser without the extension
// runs the same sessions as a control: its ratio to the first is what this machine's noise alone
// gives. Sessions rotate through the three browsers, so drift and order fall on all of them.
const APP_HASH = '#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35';
async function session(b) {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=en&replica-delay=0#home`);
  await page.waitForSelector('.fxs-blade');
  await page.waitForTimeout(300);
  const ms = await page.evaluate(async ({ LIST, APP }) => {
    const $ = (s) => document.querySelector(s);
    const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const until = async (ok) => {
      const t = performance.now();
      while (!ok()) {
        if (performance.now() - t > 5000) throw new Error(`session step stuck at ${location.hash}`);
        await new Promise((r) => requestAnimationFrame(r));
      }
      await painted();
    };
    const title = () => ($('.fxs-blade .fxs-blade-title-titleText') || {}).textContent || '';
    const ready = new WeakSet();
    addEventListener('message', (e) => { if (e.data && e.data.type === 'replica-ready') ready.add(e.source); });
    const loaded = () => {
      const body = $('.fxs-blade-body');
      if (!body || $('.fxs-part-loading') || !body.childElementCount) return false;
      const f = body.querySelector('iframe.fxs-reactview-frame-active');
      return !f || ready.has(f.contentWindow);
    };
    const go = (h, ok) => async () => { location.hash = h; await until(() => location.hash === h && ok()); };
    const click = (sel, ok) => async () => { $(sel).click(); await until(ok); };
    const type = (text, ok) => async () => {
      const box = $('#menu-search');
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await until(ok);
    };
    const items = () => document.querySelectorAll('.fxc-menu-listView-item').length;
    const section = (id) => () => location.hash.includes(`/${id}/`) && loaded();
    let all = 0;
    const steps = [
      go(LIST, () => title() === 'App registrations' && loaded()),
      go(APP, () => $('[data-blade*="ApplicationMenuBlade"]') && loaded()),
      click('[data-telemetryname="Menu-Authentication"]', section('Authentication')),
      click('[data-telemetryname="Menu-Credentials"]', section('Credentials')),
      click('[data-telemetryname="Menu-CallAnAPI"]', section('CallAnAPI')),
      async () => { all = items(); await type('cert', () => items() === 1)(); },
      type('', () => items() === all),
      click('[data-telemetryname="Menu-Overview"]', section('Overview')),
      go('#home', () => title() && !$('[data-blade*="ApplicationMenuBlade"]') && loaded()),
      go('#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null', loaded),
    ];
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) await steps[i % steps.length]();
    return performance.now() - t0;
  }, { LIST, APP: APP_HASH });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize: heap } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return { ms, heap };
}
const control = await launch({ extension: false });
const runs = new Map([[withExt, []], [without, []], [control, []]]);
const order = [...runs.keys()];
for (let i = 0; i < 12; i++) for (let k = 0; k < 3; k++) { const b = order[(i + k) % 3]; runs.get(b).push(await session(b)); }
await control.close();
const med = (xs) => { const s = [...xs].sort((p, q) => p - q); return (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2; };
const ms = (b) => med(runs.get(b).map((x) => x.ms));
const ratio = ms(withExt) / ms(without);
row('50-step session: with / without extension (median of 12)', ratio.toFixed(3), '×', '≤ 1.02', ratio <= 1.02);
row('  control: second browser without / without', (ms(control) / ms(without)).toFixed(3), '×', 'reported', true);
row('  session without the extension (median)', ms(without).toFixed(0), 'ms', 'reported', true);
const heapAdded = med(runs.get(withExt).map((x) => x.heap)) - med(runs.get(without).map((x) => x.heap));
row('page-side JS heap added', KB(heapAdded), 'KB', '≤ 1024 KB', heapAdded <= 1024 * 1024);

await withExt.close();
await without.close();

const w = Math.max(...rows.map((r) => r.what.length));
console.log(`\n${'figure'.padEnd(w)}  ${'value'.padStart(8)}       budget      verdict`);
for (const r of rows) console.log(`${r.what.padEnd(w)}  ${String(r.value).padStart(8)} ${r.unit.padEnd(5)} ${r.budget.padEnd(11)} ${r.ok ? 'ok' : 'OVER'}`);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
