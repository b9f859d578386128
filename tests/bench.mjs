// `cargo xtask bench`: one table of figures, each with its budget, measured in one run.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, overlayFrame, PORTAL, EXTENSION } from './lib/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gz = (...files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(EXTENSION, f)), { level: 9 }).length, 0);
const rows = [];
const row = (what, value, unit, budget, ok) => rows.push({ what, value, unit, budget, ok });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

const injected = gz('content.js');
row('script injected into portal frames (gzip)', (injected / 1024).toFixed(1), 'KB', '≤ 6 KB', injected <= 6 * 1024);
const overlay = gz('wasm/regpilot_overlay_bg.wasm', 'wasm/regpilot_overlay.js');
row('overlay wasm + glue (gzip)', (overlay / 1024).toFixed(1), 'KB', '≤ 150 KB', overlay <= 150 * 1024);
const bg = gz('wasm/regpilot_background_bg.wasm', 'wasm/regpilot_background.js');
row('background wasm + glue (gzip)', (bg / 1024).toFixed(1), 'KB', 'reported', true);

// Navigation start → overlay text visible, cold (first page of a fresh browser) and warm.
const b = await launch();
const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const times = [];
for (let i = 0; i < 8; i++) {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?regpilot=yetiforce:pl${LIST}`);
  const { frame } = await overlayFrame(page);
  const shown = await frame.evaluate(async () => {
    while (!document.querySelector('main h1')) await new Promise((r) => requestAnimationFrame(r));
    return performance.timeOrigin + performance.now();
  });
  const start = await page.evaluate(() => performance.timeOrigin);
  times.push(shown - start);
  await page.close();
}
await b.close();
row('navigation start → overlay visible, cold', times[0].toFixed(0), 'ms', 'reported', true);
row('navigation start → overlay visible, warm p50', pct(times.slice(1), 50).toFixed(0), 'ms', 'reported', true);

const w = Math.max(...rows.map((r) => r.what.length));
console.log(`\n${'figure'.padEnd(w)}  ${'value'.padStart(8)}      budget     verdict`);
for (const r of rows) console.log(`${r.what.padEnd(w)}  ${String(r.value).padStart(8)} ${r.unit.padEnd(4)} ${r.budget.padEnd(10)} ${r.ok ? 'ok' : 'OVER'}`);
if (rows.some((r) => !r.ok)) process.exitCode = 1;
