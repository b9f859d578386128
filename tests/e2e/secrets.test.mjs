// Secrets audit: after a whole walk that created a client secret, the secret is nowhere it must
// not be — chrome.storage.local/sync, IndexedDB, the portal frames' DOM, console output, requested
// URLs, exported files without it — and after "Finish" session storage no longer holds it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, overlayFrame, PORTAL } from '../lib/browser.mjs';
import { guideJson, walk } from '../lib/walker.mjs';

const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
let b;
const consoleLines = [];
const urls = [];
before(async () => {
  b = await launch();
  b.context.on('request', (r) => urls.push(r.url()));
  b.context.on('page', (p) => p.on('console', (m) => consoleLines.push(m.text())));
  for (const w of b.context.serviceWorkers()) w.on('console', (m) => consoleLines.push(m.text()));
  b.context.on('serviceworker', (w) => w.on('console', (m) => consoleLines.push(m.text())));
});
after(async () => { await b?.close(); });

const sessionState = () => b.context.serviceWorkers()[0].evaluate(async () => (await chrome.storage.session.get('state')).state);

test('a created client secret appears nowhere it must not, and Finish forgets it', async () => {
  const page = await b.context.newPage();
  page.on('console', (m) => consoleLines.push(m.text()));
  await page.goto(`${PORTAL}/?l=en&replica-reset=1${LIST}`);
  const { frame } = await overlayFrame(page);
  await frame.waitForSelector('main h1');
  frame.page().on('console', (m) => consoleLines.push(m.text()));
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'forget-all' }));
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'choose', target: 'aktionnext', lang: 'en' }));
  await frame.evaluate(() => chrome.runtime.sendMessage({ type: 'step', action: { do: 'restart' } }));
  await walk(page, frame, guideJson('aktionnext', 'en'), { 'name-input': 'audit app', 'secret-description-input': 'audit' });

  const secret = (await sessionState()).secret;
  assert.match(secret || '', /^.{3}[78]Q~/, 'the walk captured the secret (session storage only)');
  // Leave the credentials page: the portal masks the value from now on.
  await page.evaluate(() => { location.hash = '#home'; });
  await page.waitForTimeout(800);

  // Exports the admin did not ask the secret into.
  const [file] = await Promise.all([page.waitForEvent('download'), frame.click('button[data-act=export-env]')]).catch(() => [null]);
  const exported = file ? readFileSync(await file.path(), 'utf8') : '';

  const worker = b.context.serviceWorkers()[0];
  const stores = await worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]));
  const idb = async (ctx) => ctx.evaluate(async () => {
    const out = [];
    for (const info of (await indexedDB.databases?.()) || []) {
      const db = await new Promise((r, j) => { const q = indexedDB.open(info.name); q.onsuccess = () => r(q.result); q.onerror = j; });
      for (const name of db.objectStoreNames) {
        out.push(await new Promise((r) => { const q = db.transaction(name).objectStore(name).getAll(); q.onsuccess = () => r(JSON.stringify(q.result)); }));
      }
      db.close();
    }
    return out.join('\n');
  });
  const databases = [await idb(worker)];
  const doms = [];
  for (const f of page.frames()) {
    if (f.url().startsWith('chrome-extension:')) continue;
    databases.push(await idb(f).catch(() => ''));
    doms.push(await f.evaluate(() => document.documentElement.outerHTML).catch(() => ''));
  }
  const hits = {
    'chrome.storage.local/sync': stores.includes(secret),
    IndexedDB: databases.some((d) => d.includes(secret)),
    'portal DOM': doms.some((d) => d.includes(secret)),
    console: consoleLines.some((l) => l.includes(secret)),
    URLs: urls.some((u) => u.includes(secret) || decodeURIComponent(u).includes(secret)),
    export: exported.includes(secret),
  };
  assert.deepEqual(hits, Object.fromEntries(Object.keys(hits).map((k) => [k, false])), `secret found: ${JSON.stringify(hits)}`);
  assert.ok(doms.length >= 1 && urls.length > 10, 'the audit looked at real data');

  // Finish: the session no longer holds it either.
  await frame.click('button.finish');
  await page.waitForFunction(() => true);
  await new Promise((r) => setTimeout(r, 300));
  const session = await worker.evaluate(async () => JSON.stringify(await chrome.storage.session.get(null)));
  assert.ok(!session.includes(secret), 'session storage forgot the secret');
  assert.equal((await sessionState()).secret, undefined);
  await page.close();
});
