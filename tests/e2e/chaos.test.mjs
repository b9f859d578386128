// Chaos walks on the replica: random DOM churn, re-rendered blades, navigation mid-step, a second
// tab and the service worker stopped mid-guide. The guide completes or shows its fallback, never
// more than one highlight, and no collected value is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, overlayFrame, PORTAL } from '../lib/browser.mjs';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const APP = '8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35';
const OBJ = 'e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f';
const TENANT = '0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b';
const OVERVIEW = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/objectId/${OBJ}`;
let b;
before(async () => { b = await launch(); });
after(async () => { await b?.close(); });

// 1 000 random mutations (seeded): insert/remove nodes, rewrite text, toggle attributes, and now
// and then re-render the whole blade (the portal replaces nodes it re-renders).
async function churn(page, seed, count = 1000) {
  return page.evaluate(async ([seed, count]) => {
    let x = seed >>> 0 || 1;
    const rnd = (n) => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x % n; };
    const words = ['Overview', 'Přehled', 'Nowa rejestracja', '+ New registration', 'Save', '', '<b>x</b>'];
    const root = () => document.getElementById('journey');
    for (let i = 0; i < count; i++) {
      const all = root().querySelectorAll('*');
      const el = all[rnd(all.length)] || root();
      switch (rnd(6)) {
        case 0: el.appendChild(document.createElement(['div', 'span', 'button'][rnd(3)])).textContent = words[rnd(words.length)]; break;
        case 1: if (el !== root() && !el.querySelector('iframe') && el.tagName !== 'IFRAME' && !el.matches('button.azc-toolbarButton')) el.remove(); break;
        case 2: if (!el.children.length) el.setAttribute('data-churn', String(i)); break;
        case 3: el.classList.toggle('churn'); break;
        case 4: el.setAttribute('aria-hidden', rnd(2) ? 'true' : 'false'); el.removeAttribute('aria-hidden'); break;
        case 5: if (rnd(50) === 0) { const blade = root().firstElementChild; if (blade) root().replaceChildren(blade.cloneNode(true)); } break;
      }
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 0));
    }
  }, [seed, count]);
}
async function marked(page) {
  let n = 0;
  for (const f of page.frames()) { try { n += await f.$$eval('[data-regpilot-step]', (e) => e.length); } catch { /* detached */ } }
  return n;
}
const attr = (page, n) => page.evaluate((a) => document.querySelector('#regpilot-overlay')?.getAttribute(a), n);
const state = (frame) => frame.evaluate(() => chrome.runtime.sendMessage({ type: 'get-state' }));

test('a walk survives churn, navigation mid-step, a second tab and a stopped service worker', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=pl${LIST}`);
  const { frame } = await overlayFrame(page);
  await frame.waitForSelector('main h1');
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'choose', target: 'yetiforce', lang: 'pl' }));
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } }));
  await page.waitForSelector('[data-regpilot-step="new-registration"]');

  for (const seed of [1, 2, 3]) {
    await churn(page, seed);
    await page.waitForTimeout(300);
    assert.ok(await marked(page) <= 1, 'never more than one highlight');
    assert.ok(['active', 'fallback'].includes(await attr(page, 'data-status')));
  }
  // The element survived the churn (re-rendered copies included): it is highlighted again.
  await page.waitForFunction(() => document.querySelectorAll('[data-regpilot-step]').length === 1, null, { timeout: 5000 });

  // Navigation in the middle of the step: the Overview's IDs are captured.
  await page.evaluate((h) => { location.hash = h; }, OVERVIEW);
  await frame.waitForFunction((t) => [...document.querySelectorAll('dl.values dd')].some((d) => d.textContent === t), TENANT, { timeout: 8000 });
  await churn(page, 4);
  const before = (await state(frame)).progress.values;
  assert.ok(before.some(([, v]) => v === APP) && before.some(([, v]) => v === TENANT), JSON.stringify(before));

  // The service worker is stopped mid-guide; the next message starts a new one from storage.
  const cdp = await page.context().newCDPSession(page);
  const statuses = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.forEach((v) => statuses.push(v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(300);
  const after = await state(frame);
  const stoppedAt = statuses.lastIndexOf('stopped');
  assert.ok(stoppedAt >= 0 && statuses.slice(stoppedAt).includes('running'), `the worker was stopped and started again: ${statuses}`);
  assert.deepEqual(after.progress.values, before, 'no collected value is lost');
  assert.equal(after.attrs.step, await attr(page, 'data-step'));

  // A second tab sees the same guide and values.
  const second = await b.context.newPage();
  await second.goto(`${PORTAL}/?l=cs${LIST}`);
  const { frame: f2 } = await overlayFrame(second);
  await f2.waitForFunction((t) => [...document.querySelectorAll('dl.values dd')].some((d) => d.textContent === t), TENANT, { timeout: 8000 });
  assert.ok(await marked(second) <= 1);
  await second.close();
  await page.close();
});
