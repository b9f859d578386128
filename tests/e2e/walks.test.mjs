// Full walks: every guide in every language, on the replica, with the shipped extension. The
// walker acts only on the highlighted element; each step must be verified by the extension from
// the portal's state (or typed / confirmed where the guide says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, overlayFrame, PORTAL } from '../lib/browser.mjs';
import { guideJson, walk } from '../lib/walker.mjs';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const VALUES = {
  'name-input': 'regpilot mail',
  'redirect-uri-input': 'https://crm.example.com/webservice/OAuth/MailAccount/1',
  'secret-description-input': 'regpilot',
  redirectUri: 'https://crm.example.com/webservice/OAuth/MailAccount/1',
  // Searching lists: the mailbox user (Statlook), the vendor's enterprise application (Comarch).
  'user-object-id:list-search': 'Adele',
  'enterprise-app:list-search': 'Comarch',
};
const only = (process.env.REGPILOT_WALKS || '').split(',').filter(Boolean);
const CASES = [];
for (const target of ['yetiforce', 'statlook', 'aktionnext', 'comarch']) {
  for (const lang of ['en', 'pl', 'cs']) CASES.push({ target, lang, portal: lang });
}
CASES.push({ target: 'statlook', lang: 'cs', portal: 'pl' }); // the portal in Polish, the guide in Czech

let b;
before(async () => { b = await launch(); });
after(async () => { await b?.close(); });

for (const c of CASES.filter((c) => !only.length || only.includes(`${c.target}:${c.lang}`))) {
  test(`walk ${c.target} in ${c.lang} over a portal in ${c.portal}`, async () => {
    const guide = guideJson(c.target, c.lang);
    const page = await b.context.newPage();
    await page.goto(`${PORTAL}/?l=${c.portal}&replica-reset=1${LIST}`);
    const { frame } = await overlayFrame(page);
    await frame.waitForSelector('main h1');
    // A new registration: nothing kept from the previous walk.
    await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'forget-all' }));
    await frame.evaluate(([t, l]) => chrome.runtime.sendMessage({ type: 'choose', target: t, lang: l }), [c.target, c.lang]);
    await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } }));
    const trail = await walk(page, frame, guide, VALUES, { log: process.env.REGPILOT_WALK_LOG ? console.log : undefined });
    const ids = guide.steps.map((s) => s.id);
    assert.deepEqual(trail.map((s) => s.id), ids.filter((id) => trail.some((t) => t.id === id)), 'steps met in guide order');
    const state = await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'get-state' }));
    assert.equal(state.attrs.status, 'finished');
    // Every step was done, none skipped; portal steps were verified by the extension itself.
    assert.deepEqual(state.progress.steps.map((s) => s.mark), ids.map(() => 'done'));
    for (const t of trail) {
      const step = guide.steps.find((s) => s.id === t.id);
      if (!step.outside_portal && step.plan.verify.kind !== 'manual') assert.equal(t.how, 'verified', t.id);
    }
    // The values the target needs were captured, and equal what the replica shows.
    const shown = Object.fromEntries(state.progress.values);
    const needs = new Set(guide.steps.flatMap((s) => s.captures.map((c) => c.label)));
    for (const label of needs) assert.ok(label in shown, `captured: ${label} (${JSON.stringify(shown)})`);
    const app = await page.evaluate(() => { const apps = JSON.parse(localStorage.getItem('replica-store-v2') || '{}').apps || []; return apps[apps.length - 1] || null; });
    if (c.target !== 'comarch') {
      // The admin registered an app: its IDs, as the replica shows them, were captured exactly.
      assert.ok(app && app.appId, 'the replica holds the new registration');
      assert.ok(Object.values(shown).includes(app.appId), `the client ID the portal shows (${app.appId})`);
      assert.ok(Object.values(shown).includes(app.objectId), `the object ID the portal shows (${app.objectId})`);
    }
    await page.close();
  });
}
