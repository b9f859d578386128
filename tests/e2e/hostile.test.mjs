// Hostile input: markup in portal labels and in typed values is shown as text, never run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, overlayFrame, PORTAL } from '../lib/browser.mjs';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const APP = '8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35';
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
];
let b;
before(async () => { b = await launch(); });
after(async () => { await b?.close(); });

test('hostile portal text and hostile typed values are shown literally and never execute', async () => {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${PORTAL}/?l=en${LIST}`);
  const { frame } = await overlayFrame(page);
  await frame.waitForSelector('main h1');
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'choose', target: 'yetiforce', lang: 'en' }));
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } }));
  // The portal shows hostile labels: the executor reads and compares them as text.
  await page.evaluate((p) => {
    for (const el of document.querySelectorAll('.fxs-blade-title-titleText, td')) el.textContent = p.join(' ');
    const b = document.querySelector('button.azc-toolbarButton');
    b.setAttribute('aria-label', p[0]);
    b.setAttribute('title', p[1]);
  }, PAYLOADS);
  // A typed value from outside the portal carries markup too.
  const g = await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'get-state' }));
  const i = g.progress.steps.findIndex((s) => s.id === 'target-redirect-uri');
  await frame.evaluate((index) => chrome.runtime.sendMessage({ type: 'step', action: { do: 'goto', index } }), i);
  const input = await frame.waitForSelector('.user-input input');
  for (const p of PAYLOADS) {
    await input.fill(p);
    await frame.waitForFunction(() => document.querySelector('.findings li'));
  }
  await input.fill(`https://crm.example.com/webservice/OAuth/MailAccount/1${PAYLOADS[0]}`);
  const finding = await frame.waitForSelector('.findings li.error');
  assert.ok((await finding.textContent()).length > 0);
  // Navigating with the hostile text on screen: still nothing runs.
  await page.evaluate((a) => { location.hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${a}`; }, APP);
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await frame.evaluate(() => window.__pwned), undefined);
  assert.equal(await frame.$$eval('img, svg, script:not([src])', (e) => e.length), 0, 'no element was created from text');
  // The value stays exactly as typed (nothing typed is lost).
  assert.equal(await frame.$eval('.user-input input', (e) => e.value), `https://crm.example.com/webservice/OAuth/MailAccount/1${PAYLOADS[0]}`);
  assert.deepEqual(errors, []);
  await page.close();
});
