// The documentation team's preview site (dist/www) in real Chromium, with the portal replica
// for its sandbox frame. Expected texts are read here from the locale and guide files, not
// from the site's Rust code, so the two readings check each other.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startReplica, resolverArgs } from '../replica/server.mjs';
import { serveStatic } from '../lib/static.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(root, 'dist/screenshots');
const LANGS = ['en', 'pl', 'cs'];
const LABELS = JSON.parse(readFileSync(join(root, 'tests/replica/labels.json'), 'utf8'));

// --- Reading the locale files (Fluent's line structure: entries start at column 0, indented
// lines continue them, an indented `.name =` starts an attribute) -----------------------------

/** { units: Map(id -> { file, text }), terms: Map(name -> text) } of one language. */
function readLocale(lang) {
  const units = new Map();
  const terms = new Map();
  const dir = join(root, 'locales', lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    let msg = null;
    let key = null;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (/^\S/.test(line)) {
        msg = key = null;
        const m = /^(-?[a-zA-Z][\w-]*)\s*=(.*)$/.exec(line);
        if (!m) continue;
        if (m[1].startsWith('-')) { terms.set(m[1], m[2].trim()); continue; }
        msg = m[1];
        key = m[2].trim() ? msg : null;
        if (key) units.set(key, { file, text: m[2].trim() });
        continue;
      }
      if (!msg || !line.trim()) continue;
      const a = /^\s+\.([a-zA-Z][\w-]*)\s*=(.*)$/.exec(line);
      if (a) {
        key = `${msg}.${a[1]}`;
        units.set(key, { file, text: a[2].trim() });
      } else {
        if (!key) { key = msg; units.set(key, { file, text: '' }); }
        const u = units.get(key);
        u.text = (u.text ? u.text + '\n' : '') + line.trim();
      }
    }
  }
  return { units, terms };
}
const LOCALES = Object.fromEntries(LANGS.map((l) => [l, readLocale(l)]));

/** A unit's text with `{ -term }` references replaced by the term's text in that language. */
function text(lang, id) {
  const { units, terms } = LOCALES[lang];
  const u = units.get(id);
  assert.ok(u, `${lang}: ${id} is not in the locale files`);
  return u.text.replace(/\{\s*(-[\w-]+)\s*\}/g, (_, t) => terms.get(t) ?? _);
}

/** Steps of a guide file: [{ id, text }] in order. */
function guideSteps(target) {
  const src = readFileSync(join(root, 'crate/core/guides', `${target}.toml`), 'utf8');
  return src.split(/^\[\[step\]\]$/m).slice(1).map((block) => ({
    id: /^id = "([^"]+)"/m.exec(block)[1],
    text: /^text = "([^"]+)"/m.exec(block)[1],
  }));
}

// --- Browser -------------------------------------------------------------------------------

let site;
let replica;
let context;
let profile;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await serveStatic({ '/': join(root, 'dist/www') });
  replica = await startReplica();
  // The sandbox frame is the replica under portal.azure.com inside a page of another site. Debian's
  // Chromium blocks third-party storage by default (unlike Chrome's default), and the replica
  // keeps its sample app in localStorage; so this profile allows it, as most readers' browsers do.
  profile = mkdtempSync(join(tmpdir(), 'regpilot-preview-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default/Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', ...resolverArgs(replica.port, replica.spki)],
    viewport: { width: 1400, height: 900 },
  });
});

after(async () => {
  await context?.close();
  await replica?.close();
  await site?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(hash) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + hash);
  await page.waitForSelector('.site[lang]');
  return { page, errors };
}

const hashOf = (page) => page.evaluate(() => location.hash);
/** Waits until the page shows step `id` (URL, step list and step pane agree). */
const reached = (page, id) => page.waitForFunction((id) => location.hash.endsWith('/' + id)
  && document.querySelector('.steps [aria-current=step]')?.getAttribute('href').endsWith('/' + id)
  && document.querySelector(`.step[data-step="${id}"]`), id);
const currentStep = (page) => page.getAttribute('.steps [aria-current=step]', 'href');

// --- A guide per language ----------------------------------------------------------------------

for (const [lang, target, shotStep] of [['en', 'yetiforce', 'api-permissions'], ['pl', 'statlook', 'api-permissions'], ['cs', 'aktionnext', 'api-permissions']]) {
  test(`${target} in ${lang}: the whole guide in that language, keyboard navigation, sandbox and sketch`, async () => {
    const { page, errors } = await open(`#${target}/${lang}`);
    await page.waitForSelector(`.guide[data-target=${target}][data-lang=${lang}]`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.textContent('.site-title'), text(lang, 'preview-title'));

    // Every step, in the guide file's order, titled as its locale file says.
    const steps = guideSteps(target);
    const items = await page.$$eval('.steps li', (lis) => lis.map((li) => ({ id: li.dataset.step, title: li.querySelector('.name').textContent })));
    assert.deepEqual(items.map((i) => i.id), steps.map((s) => s.id));
    for (const [i, s] of steps.entries()) {
      const want = text(lang, `${s.text}.title`);
      if (want.includes('{')) assert.ok(items[i].title.startsWith(want.split('{')[0]), `${s.id}: ${items[i].title}`);
      else assert.equal(items[i].title, want, s.id);
    }
    if (lang !== 'en') {
      const english = steps.map((s) => text('en', `${s.text}.title`));
      assert.ok(items.filter((it, i) => it.title !== english[i]).length >= steps.length - 1, 'titles are translated');
    }
    assert.equal(await page.textContent('#step-title'), items[0].title);
    assert.equal(await page.getAttribute('progress', 'value'), '1');
    assert.equal(await page.getAttribute('progress', 'max'), String(steps.length));

    // Keyboard: arrows move between steps, Tab + Enter follow the step list and the buttons.
    await page.focus('#content');
    await page.keyboard.press('ArrowRight');
    await reached(page, steps[1].id);
    assert.equal(await currentStep(page), `#${target}/${lang}/${steps[1].id}`);
    assert.equal(await page.textContent('#step-title'), items[1].title);
    await page.keyboard.press('ArrowLeft');
    await reached(page, steps[0].id);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await hashOf(page), `#${target}/${lang}/${steps[0].id}`, 'no step before the first');
    await page.focus('.steps li:nth-child(3) a');
    await page.keyboard.press('Enter');
    await reached(page, steps[2].id);
    await page.focus('.pager .next');
    await page.keyboard.press('Enter');
    await reached(page, steps[3].id);
    assert.equal(await page.textContent('.step .counter'), await page.textContent('.progress-text'));
    assert.equal(await page.getAttribute('progress', 'value'), '4');

    // A step on an app page: the replica shows it in this language, the sketch marks an element.
    await page.evaluate((h) => { location.hash = h; }, `#${target}/${lang}/${shotStep}`);
    await reached(page, shotStep);
    const stepText = steps.find((s) => s.id === shotStep).text;
    assert.equal(await page.textContent('#step-title'), text(lang, `${stepText}.title`));
    const src = await page.getAttribute('iframe.sandbox-frame', 'src');
    assert.match(src, new RegExp(`^https://portal\\.azure\\.com/\\?l=${lang}\\.[a-z]{2}-[a-z]{2}#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/CallAnAPI/appId/`));
    const frame = await (await page.$('iframe.sandbox-frame')).contentFrame();
    const menu = await frame.waitForSelector('[role=treeitem][aria-selected=true]', { timeout: 10000 });
    assert.equal(await menu.textContent(), LABELS[lang].apiPermissions, 'the replica speaks the chosen language');

    const marked = await page.$$('.sketch [data-highlighted=true]');
    assert.equal(marked.length, 1, 'exactly one element is outlined');
    assert.equal(await marked[0].getAttribute('data-anchor-index'), '0');
    assert.match(await marked[0].textContent(), new RegExp(LABELS[lang].apiPermissions.replace(/[()]/g, '\\$&')));
    await page.focus('.anchor-pick[data-anchor-index="1"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.sketch [data-anchor-index="1"][data-highlighted=true]');
    assert.equal(await page.getAttribute('.anchor-pick[data-anchor-index="1"]', 'aria-pressed'), 'true');
    await page.click('.anchor-pick[data-anchor-index="0"]');
    await page.waitForSelector('.sketch [data-anchor-index="0"][data-highlighted=true]');

    // Keyboard focus scrolled the page; the screenshot shows it from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, `preview-${lang}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a step outside the portal says so instead of showing a sandbox', async () => {
  const { page } = await open('#yetiforce/pl/target-redirect-uri');
  await page.waitForSelector('.step[data-step=target-redirect-uri]');
  assert.equal(await page.$('iframe.sandbox-frame'), null);
  assert.equal(await page.textContent('.sandbox .outside'), text('pl', 'preview-outside-portal'));
  await page.close();
});

test('the URL keeps the place: a deep link opens the step, a language switch keeps it', async () => {
  const { page } = await open('#statlook/cs/admin-consent');
  await page.waitForSelector('.step[data-step=admin-consent]');
  assert.equal(await page.getAttribute('html', 'lang'), 'cs');
  await page.click('.lang-buttons button[data-lang=en]');
  await page.waitForSelector('.guide[data-lang=en] .step[data-step=admin-consent]');
  assert.equal(await hashOf(page), '#statlook/en/admin-consent');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.selectOption('#target-select', 'comarch');
  await page.waitForSelector('.guide[data-target=comarch]');
  assert.equal(await hashOf(page), '#comarch/en');
  assert.equal(await page.textContent('#step-title'), text('en', `${guideSteps('comarch')[0].text}.title`));
  await page.close();
});

// --- Completeness -----------------------------------------------------------------------------

test('the completeness page shows per-language counts that match the locale files', async () => {
  const en = LOCALES.en.units;
  for (const lang of LANGS) {
    const { page, errors } = await open(`#completeness/${lang}`);
    await page.waitForSelector(`.report[data-lang=${lang}]`);
    assert.equal(await page.textContent('.completeness h1'), text(lang, 'preview-completeness-heading'));
    for (const other of LANGS) {
      const units = LOCALES[other].units;
      const missing = [...en.keys()].filter((id) => !units.has(id)).length;
      const row = await page.$(`.summary tr[data-lang=${other}]`);
      assert.equal(await row.getAttribute('data-total'), String(en.size), other);
      assert.equal(await row.getAttribute('data-missing'), String(missing), other);
      const cells = await row.$$eval('td', (tds) => tds.map((td) => td.textContent));
      assert.equal(cells[0], String(en.size));
      assert.equal(cells[2], String(missing));
      assert.equal(cells[3], await row.getAttribute('data-identical'));
    }
    if (lang !== 'en') {
      const row = await page.$(`.summary tr[data-lang=${lang}]`);
      for (const kind of ['missing', 'identical']) {
        const listed = await page.$$eval(`.units.${kind} tbody tr`, (trs) => trs.map((tr) => tr.dataset.id));
        assert.equal(String(listed.length), await row.getAttribute(`data-${kind}`), kind);
        assert.equal(await page.getAttribute(`.units.${kind}`, 'data-count'), String(listed.length));
      }
      // What is listed as the same as English is the same in the files, and neutral texts
      // have no letters once placeables and code are set aside (or quote a portal label).
      const same = await page.$$eval('.units.identical tbody tr, .units.neutral tbody tr', (trs) => trs.map((tr) => tr.dataset.id));
      for (const id of same) assert.equal(text(lang, id), text('en', id), id);
      const neutral = await page.$$eval('.units.neutral tbody tr', (trs) => trs.map((tr) => tr.dataset.id));
      assert.ok(neutral.length > 0);
      for (const id of neutral) {
        const rest = text(lang, id).replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '').replace(/`[^`]*`/g, '');
        // Longest first, as i18n_report does: a term inside a longer one must not break it up.
        const terms = [...LOCALES.en.terms.values()].sort((a, b) => b.length - a.length);
        const words = terms.reduce((s, t) => s.split(t).join(''), rest);
        assert.ok(!/\p{L}/u.test(words) || /^\p{L}+$/u.test(words.trim()), `${id}: ${rest}`);
      }
      const sentence = await page.textContent('.report .sentence');
      assert.ok(sentence.includes(String(en.size)), sentence);
    } else {
      assert.ok((await page.textContent('.report .reference')).includes(String(en.size)));
    }
    if (lang === 'pl') await page.screenshot({ path: join(SHOTS, 'preview-completeness-pl.png'), fullPage: false });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

// --- Accessibility ------------------------------------------------------------------------------

test('controls are labelled, the page is in one language, and motion follows the reader', async () => {
  const { page } = await open('#yetiforce/cs/register');
  await page.waitForSelector('.step[data-step=register]');
  const unnamed = await page.$$eval('button, select, a[href], iframe', (els) => els
    .filter((e) => {
      const labelled = e.getAttribute('aria-label') || e.getAttribute('title') || e.textContent.trim()
        || (e.id && document.querySelector(`label[for="${e.id}"]`));
      return !labelled;
    })
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  assert.equal(await page.$$eval('h1', (h) => h.length), 1);
  // Each language button is written in its own language.
  assert.deepEqual(await page.$$eval('.lang-buttons button', (bs) => bs.map((b) => b.lang)), LANGS);

  const transition = () => page.$eval('.steps a', (a) => getComputedStyle(a).transitionDuration);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.notEqual(await transition(), '0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await transition(), '0s');

  // The skip link moves focus past the header.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'content');
  assert.equal(await hashOf(page), '#yetiforce/cs/register', 'the skip link does not change the place');
  await page.close();
});
