// In-portal guidance on the replica: the shipped extension finds, highlights and verifies steps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, overlayFrame, PORTAL } from '../lib/browser.mjs';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const APP = '8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35';
const OBJ = 'e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f';
const TENANT = '0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b';
let b;
before(async () => { b = await launch(); });
after(async () => { await b?.close(); });

const attr = (page, name) => page.evaluate((n) => document.querySelector('#regpilot-overlay')?.getAttribute(n), name);
const waitAttr = (page, name, value, timeout = 8000) =>
  page.waitForFunction(([n, v]) => document.querySelector('#regpilot-overlay')?.getAttribute(n) === v, [name, value], { timeout });
// Elements carrying data-regpilot-step in every frame of the page (contract: exactly one).
async function marked(page) {
  const out = [];
  for (const f of page.frames()) {
    try { out.push(...(await f.$$eval('[data-regpilot-step]', (els) => els.map((e) => ({ step: e.dataset.regpilotStep, text: e.textContent.trim() }))))); } catch { /* detached */ }
  }
  return out;
}
async function restart(page, target, lang) {
  const { frame } = await overlayFrame(page);
  await frame.waitForSelector('main h1');
  await frame.evaluate(([t, l]) => chrome.runtime.sendMessage({ type: 'choose', target: t, lang: l }), [target, lang]);
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } }));
  return frame;
}

test('verifies "open App registrations" from the page, then highlights + New registration in the Polish portal', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=pl${LIST}`);
  await restart(page, 'yetiforce', 'en');
  // Step 1 is verified by the page itself (URL + the Polish blade title), not by a click.
  await waitAttr(page, 'data-step', 'new-registration');
  await page.waitForSelector('[data-regpilot-step="new-registration"]');
  const m = await marked(page);
  assert.equal(m.length, 1, JSON.stringify(m));
  assert.match(m[0].text, /Nowa rejestracja/);
  // The drawing lives in one shadow-rooted host.
  assert.equal(await page.$$eval('#regpilot-highlight', (h) => h.length), 1);
  assert.equal(await attr(page, 'data-status'), 'active');
  await page.close();
});

test('a missing target falls back (what to look for + deep link) and recovers when it appears', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=cs#home`);
  const frame = await restart(page, 'yetiforce', 'cs');
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'done' } }));
  await waitAttr(page, 'data-step', 'new-registration');
  await waitAttr(page, 'data-status', 'fallback');
  assert.equal((await marked(page)).length, 0, 'no highlight in fallback');
  const fb = await frame.waitForSelector('.fallback');
  assert.match(await fb.textContent(), /Nová registrace/, 'tells what to look for, in the portal\'s words');
  await frame.click('.fallback a');   // "Take me there": the deep link to App registrations
  await waitAttr(page, 'data-status', 'active');
  await page.waitForSelector('[data-regpilot-step="new-registration"]');
  assert.equal((await marked(page)).length, 1);
  await page.close();
});

test('a late target (rendered after 2.5 s) shows the fallback, then gets highlighted', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=en&replica-delay=2500${LIST}`);
  const frame = await restart(page, 'yetiforce', 'en');
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'done' } }));
  await waitAttr(page, 'data-status', 'fallback');
  await page.waitForSelector('[data-regpilot-step="new-registration"]', { timeout: 8000 });
  await waitAttr(page, 'data-status', 'active');
  await page.close();
});

test('on the Overview the guide jumps to "copy IDs", captures them from Essentials and moves on', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=pl${LIST}`);
  const frame = await restart(page, 'yetiforce', 'pl');
  await page.evaluate((h) => { location.hash = h; }, `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${APP}/objectId/${OBJ}`);
  // Verified by the captured values: the step after copy-ids becomes current.
  await page.waitForFunction(() => !['new-registration', 'copy-ids', 'open-app-registrations'].includes(document.querySelector('#regpilot-overlay')?.dataset.step), null, { timeout: 8000 });
  const values = await frame.$$eval('dl.values div', (ds) => ds.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent]));
  const flat = values.map((v) => v[1]);
  assert.ok(flat.includes(APP), JSON.stringify(values));
  assert.ok(flat.includes(TENANT), JSON.stringify(values));
  await page.close();
});

test('the panel moves to the other side rather than cover the highlighted element', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=en${LIST}`);
  await restart(page, 'yetiforce', 'en');
  await page.waitForSelector('[data-regpilot-step="new-registration"]');
  const overlap = () => page.evaluate(() => {
    const a = document.querySelector('[data-regpilot-step]').getBoundingClientRect();
    const o = document.querySelector('#regpilot-overlay').getBoundingClientRect();
    return a.left < o.right && a.right > o.left && a.top < o.bottom && a.bottom > o.top;
  });
  assert.equal(await overlap(), false);
  // The portal lays the button out where the panel is docked.
  await page.evaluate(() => { Object.assign(document.querySelector('[data-regpilot-step]').style, { position: 'fixed', right: '60px', bottom: '120px' }); });
  await page.waitForFunction(() => document.querySelector('#regpilot-overlay').style.left === '16px');
  assert.equal(await overlap(), false);
  await page.close();
});
