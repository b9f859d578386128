// Walking skeleton: the shipped extension in real Chromium on the portal replica.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, overlayFrame, reactFrames, PORTAL } from '../lib/browser.mjs';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
let b;
before(async () => { b = await launch(); });
after(async () => { await b?.close(); });

// The worker's frame registry, read from the session storage it persists (within a second).
async function frames() {
  return b.worker.evaluate(async () => (await chrome.storage.session.get('state')).state?.frames || []);
}

test('content script runs in the top frame and in a cross-origin reactblade frame', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/${LIST}`);
  await page.waitForFunction(() => document.querySelector('iframe.fxs-reactview-frame-active'));
  // The frame's document may still be navigating to its own origin: wait for it (a loaded machine).
  let rf = reactFrames(page);
  for (let i = 0; i < 50 && rf.length === 0; i++) { await page.waitForTimeout(100); rf = reactFrames(page); }
  assert.equal(rf.length, 1, 'the replica shows one React view frame');
  await rf[0].waitForSelector('table.ms-DetailsList');
  let got = [];
  for (let i = 0; i < 50 && !(got.some((f) => f.kind === 'portal-top') && got.some((f) => f.kind === 'reactblade')); i++) {
    await page.waitForTimeout(100);
    got = await frames();
  }
  // The kinds were computed in Rust (FrameKind::of) from the URLs the browser reported.
  assert.ok(got.some((f) => f.kind === 'portal-top' && f.frame === 0), JSON.stringify(got));
  assert.ok(got.some((f) => f.kind === 'reactblade' && f.frame !== 0), JSON.stringify(got));
  await page.close();
});

for (const [lang, title] of [['en', 'regpilot guide'], ['pl', 'Przewodnik regpilot'], ['cs', 'Průvodce regpilot']]) {
  test(`overlay shows the Yew UI with a Fluent string in ${lang}`, async () => {
    const page = await b.context.newPage();
    await page.goto(`${PORTAL}/?regpilot=yetiforce:${lang}${LIST}`);
    const { handle, frame } = await overlayFrame(page);
    await frame.waitForSelector(`main[lang="${lang}"] h1`);
    assert.equal(await frame.textContent('h1'), title);
    assert.equal(await handle.getAttribute('data-lang'), lang);
    assert.equal(await handle.getAttribute('data-target'), 'yetiforce');
    // "Connected to the guide engine <version>": the version came back from the Rust worker.
    const status = await frame.waitForSelector('[role=status]');
    assert.match(await status.textContent(), /\d+\.\d+\.\d+/);
    await page.close();
  });
}

test('the background worker answers a message with a value computed in Rust', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/${LIST}`);
  const { frame } = await overlayFrame(page);
  const reply = await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'status' }));
  assert.equal(reply.type, 'status');
  assert.deepEqual(reply.targets, ['yetiforce', 'statlook', 'aktionnext', 'comarch']);
  assert.deepEqual(reply.langs, ['en', 'pl', 'cs']);
  // A message the engine refuses (unknown type) gets an error reply from Rust, not silence.
  const bad = await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'no-such-thing' }));
  assert.equal(bad.type, 'error');
  assert.match(bad.reason, /unknown variant/);
  await page.close();
});

test('the overlay picks a target and a language, collapses and docks left; the iframe mirrors it', async () => {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?l=pl${LIST}`);
  const { handle, frame } = await overlayFrame(page);
  await frame.waitForSelector('main h1');
  await frame.selectOption('select', 'cs');
  await frame.waitForSelector('main[lang="cs"]');
  await frame.getByLabel('AktionNEXT').check();
  await page.waitForFunction(() => document.querySelector('#regpilot-overlay')?.dataset.target === 'aktionnext');
  assert.equal(await handle.getAttribute('data-lang'), 'cs');
  assert.equal(await frame.textContent('legend'), 'Nastavovaná aplikace');
  // Keyboard: collapse with Enter on the focused button.
  await frame.focus('button[aria-controls="regpilot-body"]');
  await page.keyboard.press('Enter');
  await frame.waitForSelector('button[aria-expanded="false"]');
  assert.equal(await frame.$('#regpilot-body'), null);
  await page.waitForFunction(() => document.querySelector('#regpilot-overlay').style.height === '48px');
  await frame.click('button.icon >> nth=0');
  await page.waitForFunction(() => document.querySelector('#regpilot-overlay').style.left === '16px');
  // Reset for the other tests (the state is shared by all tabs).
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'layout', collapsed: false, dock: 'right' }));
  await page.close();
});

test('a chosen guide shows its steps; "already done" and "skip" (with its warning) move on, mirrored in data-step', async () => {
  const page = await b.context.newPage();
  // On the portal's home page nothing verifies the first step by itself.
  await page.goto(`${PORTAL}/?regpilot=statlook:pl#home`);
  const { handle, frame } = await overlayFrame(page);
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } }));
  await frame.waitForSelector('ol.steps li.current');
  const ids = await frame.$$eval('ol.steps li', (lis) => lis.map((li) => li.dataset.stepId));
  assert.ok(ids.length >= 5, `a real guide has steps: ${ids}`);
  assert.equal(new Set(ids).size, ids.length, 'step ids are unique');
  assert.ok(ids.every((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)), 'step ids are kebab-case');
  await page.waitForFunction((id) => document.querySelector('#regpilot-overlay').dataset.step === id, ids[0]);
  assert.equal(await handle.getAttribute('data-status'), 'active');
  const title0 = await frame.textContent('article.current h3');
  assert.equal(title0, await frame.textContent('ol.steps li.current button'), 'the current step is the highlighted one in the list');

  await frame.getByRole('button', { name: 'Już zrobione' }).click();
  await page.waitForFunction((id) => document.querySelector('#regpilot-overlay').dataset.step === id, ids[1]);
  assert.notEqual(await frame.textContent('article.current h3'), title0);
  assert.match(await frame.textContent(`li[data-step-id="${ids[0]}"]`), /wykonano/);

  await frame.getByRole('button', { name: 'Pomiń' }).click();
  const warning = await frame.waitForSelector('[role=alertdialog]');
  assert.match(await warning.textContent(), /Pominąć mimo to\?/);
  await frame.getByRole('button', { name: 'Tak, pomiń' }).click();
  await page.waitForFunction((id) => document.querySelector('#regpilot-overlay').dataset.step === id, ids[2]);
  assert.match(await frame.textContent(`li[data-step-id="${ids[1]}"]`), /pominięto/);

  await frame.getByRole('button', { name: ids.length ? 'Zacznij od nowa' : '' }).click();
  await page.waitForFunction((id) => document.querySelector('#regpilot-overlay').dataset.step === id, ids[0]);
  await page.screenshot({ path: new URL('../../dist/screenshots/overlay-guide-statlook-pl.png', import.meta.url).pathname });
  await page.close();
});
