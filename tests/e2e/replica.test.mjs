// The portal replica on its own (no extension), in real Chromium: every page and element the
// four guides use exists in en, pl and cs, is found by the role and name portal.toml gives it,
// and whole registrations leave the state the guides verify (essentials, permission rows with
// "Granted for", a secret row whose value is masked once the admin leaves the page). The churn
// knobs (late blades, re-renders, a slow frame, a missing element, older labels, a lagging URL)
// are checked to do what they say, so that executor tests can rely on them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, PORTAL, reactFrames } from '../lib/browser.mjs';
import { readPortal, readGuide, TARGETS, LANGS } from '../replica/toml.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(root, 'dist/screenshots');
const portal = readPortal();
const TEXTS = JSON.parse(readFileSync(join(root, 'tests/replica/labels.json'), 'utf8'));
const TENANT_ID = '0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b';
const TENANT = 'Contoso';
const SEED_APP = '8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A current client secret (domain.md §5): 3 characters, 8Q~, 34 of [A-Za-z0-9_~.-].
const SECRET = /^[A-Za-z0-9_~.-]{3}8Q~[A-Za-z0-9_~.-]{34}$/;
const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';

// --- portal.toml's rules, read here independently of the replica -----------------------------

/** A portal.toml label: variant `i` in `lang`. */
const L = (key, lang, i = 0) => {
  const set = portal.label[key];
  assert.ok(set, `portal.toml has no label ${key}`);
  return set[lang][Math.min(i, set[lang].length - 1)];
};
/** A replica text (labels.json). */
const X = (key, lang, vars = {}) => TEXTS[lang][key].replace(/\{(\w+)\}/g, (m, k) => vars[k] ?? m);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** normalize_label (crate/core/src/guide/spec.rs): a leading "+", case and spaces do not count. */
const strip = (s) => s.trim().replace(/\s+/g, ' ').replace(/^\+\s?/, '').trim();
/** The accessible-name pattern of a label under a portal.toml match mode. */
function pattern(label, match = 'exact') {
  const body = strip(label).split(' ').map(esc).join('\\s+');
  if (match === 'prefix') return new RegExp(`^\\s*(\\+\\s*)?${body}`, 'i');
  if (match === 'contains') return new RegExp(body, 'i');
  return new RegExp(`^\\s*(\\+\\s*)?${body}\\s*$`, 'i');
}
/** The role and name pattern portal.toml gives an element, in `lang` (variant `i`). */
function named(key, lang, i = 0) {
  const e = portal.element[key];
  assert.ok(e, `portal.toml has no element ${key}`);
  return { role: e.role, name: pattern(e.label ? L(e.label, lang, i) : e.text, e.match) };
}
const byKey = (scope, key, lang, opts = {}) => {
  const { role, name } = named(key, lang, opts.variant || 0);
  return scope.getByRole(opts.role || role, { name: opts.name ? pattern(opts.name) : name });
};

// --- The replica ------------------------------------------------------------------------------

let b;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  b = await launch({ extension: false });
});
after(async () => { await b?.close(); });

async function open(lang, hash, query = '', waitUntil = 'load') {
  const page = await b.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  await page.goto(`${PORTAL}/?l=${lang}${query}${hash}`, { waitUntil });
  return page;
}

/** Waits for the blade titled `title` and returns the frame its content is in. */
async function blade(page, title) {
  await page.waitForFunction((t) => document.querySelector('h2.fxs-blade-title-titleText')?.textContent === t, title, { timeout: 15000 });
  await page.waitForSelector('.fxs-blade-body > :not(.fxs-part-loading)');
  const iframe = await page.$('.fxs-blade-body > iframe.fxs-reactview-frame-active');
  if (!iframe) return page.mainFrame();
  const frame = await iframe.contentFrame();
  await frame.waitForSelector('#root > *', { timeout: 15000 });
  return frame;
}
const isReact = (frame) => /\.reactblade\.portal\.azure\.net$/.test(new URL(frame.url()).host);

function hashParams(hash) {
  const parts = decodeURIComponent(hash).split('/');
  const out = {};
  const start = parts.indexOf('~') + 2;
  for (let i = start; i + 1 < parts.length; i += 2) out[parts[i].replace(/~$/, '')] = parts[i + 1];
  return out;
}

/** The value beside an Overview label (Knockout essentials or React essentialsItem-…). */
const essential = (frame, label) => frame.evaluate((label) => {
  for (const l of document.querySelectorAll('.fxc-essentials-label')) if (l.textContent.trim() === label) return l.nextElementSibling.textContent.trim();
  for (const it of document.querySelectorAll('[class*="essentialsItem-"]')) if (it.children[0].textContent.trim() === label) return it.children[1].textContent.trim();
  return null;
}, label);

/** The rows of a grid (table or ARIA grid) as { header: cell text }, with their group heading. */
const gridRows = (frame, label) => frame.evaluate((label) => {
  const g = [...document.querySelectorAll('table, [role=grid]')].find((x) => x.getAttribute('aria-label') === label);
  if (!g) return null;
  const heads = [...g.querySelectorAll('[role=columnheader], th[scope=col]')].map((h) => h.textContent.trim());
  const rows = [];
  let group = null;
  for (const r of g.querySelectorAll('tr, [role=row]')) {
    if (r.querySelector('[role=columnheader]')) continue;
    if (r.classList.contains('azc-grid-groupRow') || r.classList.contains('ms-GroupHeader')) { group = r.textContent.trim(); continue; }
    const cells = [...r.querySelectorAll(':scope > td, :scope > [role=gridcell]')].map((c) => c.textContent.trim());
    rows.push(Object.fromEntries([['group', group], ...heads.map((h, i) => [h, cells[i]])]));
  }
  return rows;
}, label);

/** Picks an option in a native select or a Fluent dropdown. */
async function choose(scope, combobox, optionText) {
  if (await combobox.evaluate((e) => e.tagName === 'SELECT')) return combobox.selectOption({ label: optionText });
  await combobox.click();
  await scope.getByRole('option', { name: optionText, exact: true }).click();
}

const shot = (page, name) => page.screenshot({ path: join(SHOTS, `replica-${name}.png`) });

// --- Labels do not drift --------------------------------------------------------------------

test('labels.json keys that mirror portal.toml labels equal their first variant', () => {
  const mirrors = { search: 'search', appRegistrations: 'app-registrations', newRegistration: 'new-registration', name: 'name', overview: 'overview',
    clientId: 'client-id', tenantId: 'tenant-id', objectId: 'object-id', authentication: 'authentication', apiPermissions: 'api-permissions',
    certificates: 'certificates-secrets', allApplications: 'all-applications' };
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(TEXTS[lang]).sort(), Object.keys(TEXTS.en).sort(), `${lang} has the same replica texts as en`);
    for (const [k, label] of Object.entries(mirrors)) assert.equal(strip(TEXTS[lang][k]), strip(L(label, lang)), `${lang}.${k} = portal.toml label.${label}`);
    // Texts drawn around a label begin with it, as the portal's do (prefix matching relies on it).
    for (const k of ['searchApps']) assert.match(TEXTS[lang][k], pattern(L('search-list', lang), 'prefix'));
  }
});

// Every element a guide step anchors on, where the replica draws it, the role the replica gives
// the elements portal.toml leaves without one, and what opens it.
const OVERVIEW = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/${SEED_APP}`;
const appPage = (section) => OVERVIEW.replace('/Overview/', `/${section}/`);
const SP = '#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Properties/objectId/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/appId/' + SEED_APP;
const PLACES = {
  'portal-search': { hash: LIST, top: true },
  'new-registration-button': { hash: LIST, react: true },
  'name-input': { hash: '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false' },
  'account-type-single': { same: 'name-input' },
  'account-type-multi': { same: 'name-input' },
  'platform-select': { same: 'name-input' },
  'redirect-uri-input': { same: 'name-input' },
  'register-button': { same: 'name-input' },
  'menu-overview': { hash: OVERVIEW, top: true },
  'menu-authentication': { hash: OVERVIEW, top: true },
  'menu-api-permissions': { hash: OVERVIEW, top: true },
  'menu-certificates-secrets': { hash: OVERVIEW, top: true },
  'essentials-client-id': { hash: OVERVIEW, role: 'generic' },
  'essentials-tenant-id': { hash: OVERVIEW, role: 'generic' },
  'essentials-object-id': { hash: OVERVIEW, role: 'generic' },
  'essentials-managed-app': { hash: OVERVIEW, role: 'generic' },
  'redirect-uri-list': { hash: appPage('Authentication'), role: 'list' },
  'public-client-flows': { hash: appPage('Authentication'), role: 'radiogroup' },
  'save-button': { hash: appPage('Authentication') },
  'add-a-permission-button': { hash: appPage('CallAnAPI'), react: true },
  'grant-admin-consent-button': { hash: appPage('CallAnAPI'), react: true },
  'consent-confirm-yes': { hash: appPage('CallAnAPI'), react: true, open: ['grant-admin-consent-button'] },
  'graph-tile': { hash: appPage('CallAnAPI'), react: true, role: 'button', open: ['add-a-permission-button'] },
  'delegated-permissions-option': { hash: appPage('CallAnAPI'), react: true, role: 'radio', open: ['add-a-permission-button', 'graph-tile'] },
  'application-permissions-option': { hash: appPage('CallAnAPI'), react: true, role: 'radio', open: ['add-a-permission-button', 'graph-tile'] },
  'permission-filter': { hash: appPage('CallAnAPI'), react: true, open: ['add-a-permission-button', 'graph-tile', 'delegated-permissions-option'] },
  'permission-checkbox': { hash: appPage('CallAnAPI'), react: true, text: 'Mail.Send', open: ['add-a-permission-button', 'graph-tile', 'delegated-permissions-option'], filter: 'Mail.Send' },
  'add-permissions-button': { hash: appPage('CallAnAPI'), react: true, open: ['add-a-permission-button', 'graph-tile'] },
  'new-client-secret-button': { hash: appPage('Credentials') },
  'secret-value-column': { hash: appPage('Credentials') },
  'secret-description-input': { hash: appPage('Credentials'), open: ['new-client-secret-button'] },
  'secret-expires-select': { hash: appPage('Credentials'), open: ['new-client-secret-button'] },
  'secret-add-button': { hash: appPage('Credentials'), open: ['new-client-secret-button'] },
  'enabled-for-users': { hash: SP, role: 'radiogroup' },
  'menu-properties': { hash: SP, top: true },
  'menu-permissions': { hash: SP, top: true },
  'list-search': { hash: '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null', react: true },
  'list-row-link': { hash: '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null', react: true, text: 'Comarch DMS' },
  'user-consent-options': { hash: '#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings' },
};

test('every element the guides anchor on is defined in portal.toml and has a place in the replica', () => {
  const used = new Set();
  for (const target of TARGETS) {
    for (const step of readGuide(target).step) {
      for (const a of step.anchors || []) {
        assert.ok(portal.element[a.element], `${target}/${step.id}: portal.toml defines ${a.element}`);
        used.add(a.element);
      }
      if (step.page) assert.ok(portal.page[step.page], `${target}/${step.id}: portal.toml defines page ${step.page}`);
    }
  }
  const missing = [...used].filter((k) => !PLACES[k]);
  assert.deepEqual(missing, [], 'the inventory below covers every anchor of every guide');
  assert.ok(used.size >= 30, `the guides use many elements (${used.size})`);
});

/** The element the guide would look for, on its page, with whatever opens it opened. */
async function reach(lang, key, query = '') {
  const place = PLACES[key].same ? { ...PLACES[PLACES[key].same], role: PLACES[key].role } : PLACES[key];
  const page = await open(lang, place.hash, query);
  await page.waitForSelector('h2.fxs-blade-title-titleText');
  await page.waitForSelector('.fxs-blade-body > :not(.fxs-part-loading)');
  const iframe = await page.$('.fxs-blade-body > iframe.fxs-reactview-frame-active');
  let scope = page.mainFrame();
  if (iframe) { scope = await iframe.contentFrame(); await scope.waitForSelector('#root > *'); }
  if (!place.top) assert.equal(isReact(scope), !!place.react, `${key} is ${place.react ? 'in a reactblade frame' : 'in the top document'} by default`);
  if (place.top) scope = page.mainFrame();
  for (const k of place.open || []) await locate(scope, k, lang, PLACES[k]).click();
  if (place.filter) await locate(scope, 'permission-filter', lang, PLACES['permission-filter']).fill(place.filter);
  return { page, scope, place };
}
function locate(scope, key, lang, place, variant = 0) {
  const e = portal.element[key];
  if (e.text && place.text) return scope.getByRole(e.role || place.role, { name: place.text, exact: true });
  if (place.role === 'generic') return scope.locator(`[data-replica-key="${key}"]`).filter({ hasText: pattern(L(e.label, lang, variant)) });
  return byKey(scope, key, lang, { role: place.role, variant });
}

// Names two elements share in one language once a leading "+" is dropped (normalize_label):
// Czech says "Přidat oprávnění" for both "+ Add a permission" (command bar) and "Add
// permissions" (the pane's footer), which are on screen together; position tells them apart.
const SAME_NAME = { 'cs:add-permissions-button': 'add-a-permission-button' };

for (const lang of LANGS) {
  test(`${lang}: portal.toml's role and name find each anchored element, and only it`, async (t) => {
    const ambiguous = [];
    for (const key of Object.keys(PLACES)) {
      const { page, scope, place } = await reach(lang, key);
      const loc = locate(scope, key, lang, place);
      await loc.first().waitFor({ timeout: 10000 });
      const keys = await loc.evaluateAll((els) => els.filter((e) => e.offsetParent !== null || e.getClientRects().length).map((e) => e.getAttribute('data-replica-key')));
      const e = portal.element[key];
      if (e.exclude) {
        // The executor's rule: names that match the label but also the exclusion do not count.
        // Exclusions match anywhere in the name (AnchorSpec::name_matches).
        const excluded = await loc.and(scope.getByRole(e.role, { name: pattern(L(e.exclude, lang), 'contains') })).count();
        if (keys.length - excluded !== 1) ambiguous.push(`${key}: ${keys.length} match "${L(e.label, lang)}", ${excluded} excluded by "${L(e.exclude, lang)}"`);
        assert.ok(keys.includes(key), `${lang} ${key}: found among ${keys}`);
      } else if (SAME_NAME[`${lang}:${key}`]) {
        assert.deepEqual(keys.sort(), [key, SAME_NAME[`${lang}:${key}`]].sort(), `${lang} ${key}: shares its name with ${SAME_NAME[`${lang}:${key}`]} only`);
      } else {
        assert.deepEqual(keys, [key], `${lang} ${key}: exactly the keyed element is found by role ${e.role || place.role} and its label`);
      }
      assert.deepEqual(page.errors, []);
      await page.close();
    }
    // portal.toml's exclusion for the multitenant radio says "... organizational directory and
    // personal Microsoft accounts", but the portal's option reads "... organizational directory
    // (Any Microsoft Entra ID tenant - Multitenant) and personal Microsoft accounts (e.g. Skype,
    // Xbox)" (learn.microsoft.com/entra/identity-platform/supported-accounts-validation), so a
    // prefix exclusion cannot tell the two apart. Reported, not hidden:
    if (ambiguous.length) t.diagnostic(ambiguous.join('; '));
    globalThis.replicaAmbiguous = (globalThis.replicaAmbiguous || []).concat(ambiguous.map((a) => `${lang}: ${a}`));
  });
}

test('portal.toml tells the multitenant option from the one with personal accounts', () => {
  assert.deepEqual(globalThis.replicaAmbiguous || [], []);
});

// --- Whole registrations, as the guides walk them ---------------------------------------------

/** New registration from the App registrations list; returns { page, appId, objectId }. */
async function register(lang, { name, audience, platform, uri, shots = false }, query = '') {
  const page = await open(lang, LIST, query);
  let f = await blade(page, L('app-registrations', lang));
  await byKey(f, 'new-registration-button', lang).click();
  await page.waitForFunction(() => location.hash.includes('/CreateApplicationBlade/'));
  f = await blade(page, L('register-an-application', lang));
  const registerButton = byKey(f, 'register-button', lang);
  assert.equal(await registerButton.isDisabled() || (await registerButton.getAttribute('aria-disabled')) === 'true', true, 'Register waits for a name');
  await byKey(f, 'name-input', lang).fill(name);
  const radios = {
    single: `${L('account-single', lang)} ${X('singleSuffix', lang, { tenant: TENANT })}`,
    multi: `${L('account-multi', lang)} ${X('multiSuffix', lang)}`,
  };
  // A new registration is single tenant unless changed.
  assert.equal(await f.getByRole('radio', { name: radios.single, exact: true }).isChecked(), true);
  await f.getByRole('radio', { name: radios[audience], exact: true }).check();
  if (platform) {
    await choose(f, byKey(f, 'platform-select', lang), L(platform, lang));
    await byKey(f, 'redirect-uri-input', lang).fill(uri);
  }
  if (shots) await shot(page, `new-registration-${lang}`);
  await byKey(f, 'register-button', lang).click();
  await blade(page, `${name} | ${L('overview', lang)}`);
  const params = hashParams(await page.evaluate(() => location.hash));
  assert.match(params.appId, GUID, 'the URL carries the new appId');
  assert.match(params.objectId, GUID, 'the URL carries the new objectId');
  assert.notEqual(params.appId, params.objectId);
  return { page, appId: params.appId, objectId: params.objectId };
}

async function checkOverview(page, lang, { name, appId, objectId, audience }) {
  const f = await blade(page, `${name} | ${L('overview', lang)}`);
  assert.equal(await essential(f, L('client-id', lang)), appId);
  assert.equal(await essential(f, L('object-id', lang)), objectId);
  assert.equal(await essential(f, L('tenant-id', lang)), TENANT_ID);
  assert.equal(await essential(f, X('displayName', lang)), name);
  assert.equal(await essential(f, L('account-types', lang)), X(audience, lang));
  assert.equal(await essential(f, L('managed-app', lang)), name);
  assert.equal(await page.getAttribute('[data-telemetryname="Menu-Overview"]', 'aria-current'), 'page');
  assert.equal(await page.textContent('[role=treeitem][aria-selected=true]'), L('overview', lang));
  return f;
}

/** Request API permissions → Microsoft Graph → kind → each permission → Add permissions. */
async function addPermissions(page, lang, name, kind, perms, shots = false) {
  await byKey(page, 'menu-api-permissions', lang).click();
  const f = await blade(page, `${name} | ${L('api-permissions', lang)}`);
  assert.ok(isReact(f), 'API permissions is a React view by default');
  await byKey(f, 'add-a-permission-button', lang).click();
  const dialog = f.getByRole('dialog', { name: L('request-api-permissions', lang), exact: true });
  await dialog.waitFor();
  await byKey(dialog, 'graph-tile', lang, { role: 'button' }).click();
  const option = byKey(dialog, `${kind}-permissions-option`, lang, { role: 'radio' });
  await option.click();
  assert.equal(await option.getAttribute('aria-checked'), 'true');
  const filter = byKey(dialog, 'permission-filter', lang);
  // Groups start folded: no permission is listed until one is looked for or unfolded.
  assert.equal(await dialog.getByRole('checkbox').count(), 0);
  for (const p of perms) {
    await filter.fill(p);
    const box = dialog.getByRole('checkbox', { name: p, exact: true });
    await box.click();
    assert.equal(await box.isChecked(), true, `${p} is ticked`);
  }
  await filter.fill(shots ? perms[0].split('.')[0] : '');
  if (shots) await shot(page, `request-api-permissions-${lang}`);
  await byKey(dialog, 'add-permissions-button', lang).click();
  await dialog.waitFor({ state: 'detached' });
  return f;
}

async function permissionRows(f, lang, count) {
  const label = X('configuredPermissions', lang);
  for (let i = 0; i < 50; i++) {
    const rows = await gridRows(f, label);
    if (rows && rows.length === count) return rows;
    await f.waitForTimeout(100);
  }
  return gridRows(f, label);
}

async function grantConsent(f, lang) {
  await byKey(f, 'grant-admin-consent-button', lang).click();
  await f.getByRole('button', { name: L('yes', lang), exact: true }).click();
}

/** New client secret with a description and an expiry; returns { value, id, row }. */
async function addSecret(page, lang, name, description, expiresKey, shots = false) {
  await byKey(page, 'menu-certificates-secrets', lang).click();
  const f = await blade(page, `${name} | ${L('certificates-secrets', lang)}`);
  await byKey(f, 'new-client-secret-button', lang).click();
  const dialog = f.getByRole('dialog', { name: L('add-a-client-secret', lang), exact: true });
  await byKey(dialog, 'secret-description-input', lang).fill(description);
  await choose(dialog, byKey(dialog, 'secret-expires-select', lang), X(expiresKey, lang));
  if (shots) await shot(page, `add-a-client-secret-${lang}`);
  await byKey(dialog, 'secret-add-button', lang).click();
  await dialog.waitFor({ state: 'detached' });
  const column = byKey(f, 'secret-value-column', lang);
  await column.waitFor();
  let rows;
  for (let i = 0; i < 50 && !(rows && rows.length); i++) { rows = await gridRows(f, L('client-secrets', lang)); await f.waitForTimeout(50); }
  const row = rows.find((r) => r[L('description', lang)] === description);
  assert.ok(row, `the new secret's row: ${JSON.stringify(rows)}`);
  return { f, row, value: row[L('secret-value', lang)], id: row[L('secret-id', lang)] };
}

const expectedDate = (lang, days) => new Intl.DateTimeFormat({ en: 'en-US', pl: 'pl-PL', cs: 'cs-CZ' }[lang], { year: 'numeric', month: 'numeric', day: 'numeric' })
  .format(new Date(Date.now() + days * 86400000));

for (const lang of LANGS) {
  test(`${lang}: a YetiForce-shaped registration (multitenant, Web redirect URI, delegated permissions, secret)`, async () => {
    const name = `YetiForce ${lang} ${Date.now()}`;
    const uri = `https://crm.contoso.com/webservice/OAuth/MailAccount/${lang}Key1`;
    const { page, appId, objectId } = await register(lang, { name, audience: 'multi', platform: 'platform-web', uri, shots: true });
    await checkOverview(page, lang, { name, appId, objectId, audience: 'audMultiOrg' });
    if (lang === 'en') await shot(page, `overview-${lang}`);

    // Authentication: the URI is listed under Web, not under Mobile and desktop applications.
    await byKey(page, 'menu-authentication', lang).click();
    let f = await blade(page, `${name} | ${L('authentication', lang)}`);
    const web = f.getByRole('region', { name: L('platform-web', lang), exact: true });
    const list = web.getByRole('list', { name: L('redirect-uris', lang), exact: true });
    assert.deepEqual(await list.getByRole('textbox').evaluateAll((xs) => xs.map((x) => x.value)), [uri]);
    assert.equal(await f.getByRole('region', { name: L('platform-public-client', lang, 1), exact: true }).count(), 0);
    assert.equal(await byKey(f, 'public-client-flows', lang, { role: 'radiogroup' }).getByRole('radio', { checked: true }).textContent(), L('no', lang));

    const perms = ['IMAP.AccessAsUser.All', 'SMTP.Send', 'offline_access', 'openid', 'email'];
    f = await addPermissions(page, lang, name, 'delegated', perms, true);
    if (lang !== 'en') await shot(page, `api-permissions-${lang}`);
    let rows = await permissionRows(f, lang, 6);
    const nameCol = X('colApiName', lang);
    assert.deepEqual(rows.map((r) => r[nameCol]).sort(), ['User.Read', ...perms].sort(), 'User.Read (the default) and the five added');
    for (const r of rows) {
      assert.equal(r.group, 'Microsoft Graph (6)');
      assert.equal(r[X('colType', lang)], L('perm-type-delegated', lang));
      assert.equal(r[X('colAdminConsent', lang)], L('no', lang));
      assert.equal(r[X('colStatus', lang)], '', 'not consented yet');
    }
    await grantConsent(f, lang);
    rows = await permissionRows(f, lang, 6);
    for (let i = 0; i < 50 && !rows.every((r) => r[X('colStatus', lang)]); i++) { await f.waitForTimeout(100); rows = await gridRows(f, X('configuredPermissions', lang)); }
    for (const r of rows) assert.equal(r[X('colStatus', lang)], `${L('perm-status-granted', lang)} ${TENANT}`);

    const desc = `YetiForce ${lang}`;
    const s = await addSecret(page, lang, name, desc, 'exp365', true);
    assert.match(s.value, SECRET, `a real-looking secret value: ${s.value}`);
    assert.equal(s.value.length, 40);
    assert.match(s.id, GUID);
    assert.equal(s.row[L('expires', lang)], expectedDate(lang, 365));
    assert.equal(await s.f.getByRole('button', { name: X('copy', lang), exact: true }).count(), 2, 'value and Secret ID have copy buttons');
    await shot(page, `secret-${lang}`);

    // Leaving the page hides the value for good; the Secret ID stays.
    await byKey(page, 'menu-overview', lang).click();
    await blade(page, `${name} | ${L('overview', lang)}`);
    await byKey(page, 'menu-certificates-secrets', lang).click();
    f = await blade(page, `${name} | ${L('certificates-secrets', lang)}`);
    rows = await gridRows(f, L('client-secrets', lang));
    const again = rows.find((r) => r[L('description', lang)] === desc);
    assert.equal(again[L('secret-id', lang)], s.id);
    assert.notEqual(again[L('secret-value', lang)], s.value);
    assert.match(again[L('secret-value', lang)], new RegExp(`^${esc(s.value.slice(0, 3))}\\*+$`));
    assert.equal(await page.evaluate((v) => document.documentElement.innerHTML.includes(v), s.value), false);
    assert.equal(await page.evaluate((v) => localStorage.getItem('replica-store-v2').includes(v), s.value), false, 'the value is never stored');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${lang}: a Statlook-shaped registration (single tenant, public client, application permissions with consent, secret, enterprise app, user)`, async () => {
    const name = `Statlook ${lang} ${Date.now()}`;
    const uri = 'https://login.microsoftonline.com/common/oauth2/nativeclient';
    const { page, appId, objectId } = await register(lang, { name, audience: 'single', platform: 'platform-public-client', uri });
    await checkOverview(page, lang, { name, appId, objectId, audience: 'audMyOrg' });

    await byKey(page, 'menu-authentication', lang).click();
    let f = await blade(page, `${name} | ${L('authentication', lang)}`);
    const pc = f.getByRole('region', { name: L('platform-public-client', lang, 1), exact: true });
    assert.equal(await pc.getByRole('checkbox', { name: uri, exact: true }).isChecked(), true, 'the suggested URI is ticked');
    assert.equal(await f.getByRole('region', { name: L('platform-web', lang), exact: true }).count(), 0);

    f = await addPermissions(page, lang, name, 'application', ['Mail.ReadWrite', 'Mail.Send']);
    let rows = await permissionRows(f, lang, 3);
    const app = rows.filter((r) => r[X('colType', lang)] === L('perm-type-application', lang));
    assert.deepEqual(app.map((r) => r[X('colApiName', lang)]).sort(), ['Mail.ReadWrite', 'Mail.Send']);
    for (const r of app) {
      assert.equal(r[X('colAdminConsent', lang)], L('yes', lang));
      // "Not granted for Contoso" must not read as granted: it does not start with "Granted for".
      assert.equal(r[X('colStatus', lang)], `${X('notGranted', lang)} ${TENANT}`);
      assert.doesNotMatch(r[X('colStatus', lang)], pattern(L('perm-status-granted', lang), 'prefix'));
    }
    await grantConsent(f, lang);
    for (let i = 0; i < 50; i++) {
      rows = await gridRows(f, X('configuredPermissions', lang));
      if (rows.every((r) => r[X('colStatus', lang)] === `${L('perm-status-granted', lang)} ${TENANT}`)) break;
      await f.waitForTimeout(100);
    }
    for (const r of rows) assert.match(r[X('colStatus', lang)], pattern(L('perm-status-granted', lang), 'prefix'));
    await shot(page, `granted-${lang}`);

    const s = await addSecret(page, lang, name, 'Statlook', 'exp180');
    assert.match(s.value, SECRET);
    assert.equal(s.row[L('expires', lang)], expectedDate(lang, 180));
    // A reload is leaving the page too.
    await page.reload();
    f = await blade(page, `${name} | ${L('certificates-secrets', lang)}`);
    rows = await gridRows(f, L('client-secrets', lang));
    assert.match(rows[0][L('secret-value', lang)], /^.{3}\*+$/);

    // Overview → Managed application in local directory → Properties: enabled for sign-in.
    await byKey(page, 'menu-overview', lang).click();
    f = await blade(page, `${name} | ${L('overview', lang)}`);
    await f.locator('[data-replica-key="essentials-managed-app"] + .fxc-essentials-value').getByRole('link', { name, exact: true }).click();
    await blade(page, `${name} | ${L('overview', lang)}`);
    await page.waitForFunction(() => location.hash.includes('/ManagedAppMenuBlade/'));
    const sp = hashParams(await page.evaluate(() => location.hash));
    assert.match(sp.objectId, GUID);
    assert.notEqual(sp.objectId, objectId, 'the enterprise application has its own Object ID');
    assert.equal(sp.appId, appId);
    f = await blade(page, `${name} | ${L('overview', lang)}`);
    assert.equal(await essential(f, L('object-id', lang)), sp.objectId);
    await byKey(page, 'menu-properties', lang).click();
    f = await blade(page, `${name} | ${L('properties', lang)}`);
    const enabled = byKey(f, 'enabled-for-users', lang, { role: 'radiogroup' });
    assert.equal(await enabled.getByRole('radio', { checked: true }).textContent(), L('yes', lang));
    const save = byKey(f, 'save-button', lang);
    assert.equal(await save.getAttribute('aria-disabled'), 'true', 'nothing to save yet');
    await enabled.getByRole('radio', { name: L('no', lang), exact: true }).click();
    await save.click();
    await page.reload();
    f = await blade(page, `${name} | ${L('properties', lang)}`);
    assert.equal(await byKey(f, 'enabled-for-users', lang, { role: 'radiogroup' }).getByRole('radio', { checked: true }).textContent(), L('no', lang), 'saved');
    await byKey(f, 'enabled-for-users', lang, { role: 'radiogroup' }).getByRole('radio', { name: L('yes', lang), exact: true }).click();
    await byKey(f, 'save-button', lang).click();
    await f.waitForFunction(() => document.querySelector('[data-replica-key="save-button"]').getAttribute('aria-disabled') === 'true');
    await shot(page, `enterprise-properties-${lang}`);

    // Users: the mailbox user's Object ID (in the URL and on the profile).
    await page.goto(`${PORTAL}/?l=${lang}#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers`);
    f = await blade(page, L('all-users', lang, 1));
    assert.equal(await page.textContent('[role=treeitem][aria-selected=true]'), L('all-users', lang));
    // "Search" also begins the global search and the menu's search box: the list's is in the content.
    assert.equal(await byKey(f, 'list-search', lang).count(), 3);
    await byKey(f.locator('.fxs-blade-body'), 'list-search', lang).fill('helpdesk');
    await f.getByRole('link', { name: 'Helpdesk', exact: true }).click();
    f = await blade(page, `Helpdesk | ${L('overview', lang)}`);
    const user = hashParams(await page.evaluate(() => location.hash));
    assert.equal(user.userId, '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a');
    assert.equal(await essential(f, L('object-id', lang)), user.userId);
    assert.ok(isReact(f), 'the user profile is a React view (React essentials) by default');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${lang}: Comarch's pages: user consent settings, the enterprise app found by search, admin consent in a window`, async () => {
    const page = await open(lang, '#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings');
    // Start from the seeded tenant (earlier tests consented for Comarch DMS already).
    await page.evaluate(() => localStorage.removeItem('replica-store-v2'));
    await page.reload();
    let f = await blade(page, `${X('consentAndPermissions', lang)} | ${L('user-consent-settings', lang)}`);
    const group = byKey(f, 'user-consent-options', lang);
    assert.equal(await group.getByRole('radio').count(), 3);
    await group.getByRole('radio', { name: X('consentNone', lang), exact: true }).check();
    await byKey(f, 'save-button', lang).click();
    await page.reload();
    f = await blade(page, `${X('consentAndPermissions', lang)} | ${L('user-consent-settings', lang)}`);
    assert.equal(await byKey(f, 'user-consent-options', lang).getByRole('radio', { name: X('consentNone', lang), exact: true }).isChecked(), true, 'saved');
    await byKey(f, 'user-consent-options', lang).getByRole('radio', { name: X('consentVerified', lang), exact: true }).check();
    await byKey(f, 'save-button', lang).click();
    if (lang === 'cs') await shot(page, `consent-settings-${lang}`);

    await page.goto(`${PORTAL}/?l=${lang}#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null`);
    f = await blade(page, `${X('enterpriseApps', lang)} | ${L('all-applications', lang)}`);
    assert.ok(isReact(f), 'Enterprise applications is a React view by default');
    await byKey(f, 'list-search', lang).fill('Comarch');
    const rows = await gridRows(f, L('all-applications', lang));
    assert.deepEqual(rows.map((r) => r[L('name', lang)]), ['Comarch DMS'], 'the search filters the list');
    await f.getByRole('link', { name: 'Comarch DMS', exact: true }).click();
    f = await blade(page, `Comarch DMS | ${L('overview', lang)}`);
    const params = hashParams(await page.evaluate(() => location.hash));
    assert.equal(params.objectId, '3c9e8d7f-6a5b-4c4d-9e2f-1a0b9c8d7e6f');
    assert.match(params.appId, GUID);
    await byKey(page, 'menu-permissions', lang).click();
    f = await blade(page, `Comarch DMS | ${L('permissions', lang)}`);
    const grants = () => gridRows(f, L('permissions', lang));
    assert.deepEqual(await grants(), []);
    const [popup] = await Promise.all([page.context().waitForEvent('page'), byKey(f, 'grant-admin-consent-button', lang).click()]);
    await popup.waitForLoadState();
    assert.equal(new URL(popup.url()).host, 'login.microsoftonline.com');
    assert.match(new URL(popup.url()).pathname, new RegExp(`^/${TENANT_ID}/v2\\.0/adminconsent$`));
    await popup.getByRole('button', { name: X('accept', lang), exact: true }).click();
    let got = [];
    for (let i = 0; i < 50 && got.length === 0; i++) { await page.waitForTimeout(100); got = await grants(); }
    assert.ok(got.some((r) => r[X('colPermission', lang)] === 'IMAP.AccessAsUser.All' && r[X('colType', lang)] === L('perm-type-delegated', lang)), JSON.stringify(got));
    if (lang === 'pl') await shot(page, `enterprise-permissions-${lang}`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('Authentication: Add URI and Save keep valid URIs, refuse invalid ones; Add a platform; public client flows', async () => {
  const lang = 'en';
  const name = `Auth ${Date.now()}`;
  const { page } = await register(lang, { name, audience: 'single', platform: 'platform-web', uri: 'https://app.contoso.com/one' });
  await byKey(page, 'menu-authentication', lang).click();
  let f = await blade(page, `${name} | ${L('authentication', lang)}`);
  const web = () => f.getByRole('region', { name: L('platform-web', lang), exact: true });
  const uris = () => web().getByRole('list', { name: L('redirect-uris', lang), exact: true }).getByRole('textbox');
  const save = byKey(f, 'save-button', lang);
  assert.equal(await save.getAttribute('aria-disabled'), 'true');
  await web().getByRole('button', { name: X('addUri', lang), exact: true }).click();
  await uris().nth(1).fill('http://contoso.com/no-tls');
  await save.click();
  assert.equal(await uris().nth(1).getAttribute('aria-invalid'), 'true', 'http is only for localhost (domain.md §1)');
  assert.ok(await f.getByText(X('errUri', lang)).isVisible());
  await uris().nth(1).fill('http://localhost:8080/callback');
  await byKey(f, 'public-client-flows', lang, { role: 'radiogroup' }).getByRole('radio', { name: L('yes', lang), exact: true }).click();
  await save.click();
  await f.waitForFunction(() => document.querySelector('[data-replica-key="save-button"]').getAttribute('aria-disabled') === 'true');
  await page.reload();
  f = await blade(page, `${name} | ${L('authentication', lang)}`);
  assert.deepEqual(await uris().evaluateAll((xs) => xs.map((x) => x.value)), ['https://app.contoso.com/one', 'http://localhost:8080/callback']);
  assert.equal(await byKey(f, 'public-client-flows', lang, { role: 'radiogroup' }).getByRole('radio', { checked: true }).textContent(), L('yes', lang));
  // Add a platform → Mobile and desktop applications → a custom URI: saved at once.
  await f.getByRole('button', { name: X('addPlatform', lang), exact: true }).click();
  const dialog = f.getByRole('dialog', { name: X('configurePlatforms', lang), exact: true });
  await dialog.getByRole('button', { name: L('platform-public-client', lang, 1), exact: true }).click();
  const cfg = f.getByRole('dialog');
  await cfg.getByRole('textbox', { name: L('redirect-uris', lang), exact: true }).fill('msalcontoso://auth');
  await cfg.getByRole('button', { name: X('configure', lang), exact: true }).click();
  const pc = f.getByRole('region', { name: L('platform-public-client', lang, 1), exact: true });
  await pc.waitFor();
  assert.deepEqual(await pc.getByRole('list').getByRole('textbox').evaluateAll((xs) => xs.map((x) => x.value)), ['msalcontoso://auth']);
  await byKey(page, 'menu-overview', lang).click();
  f = await blade(page, `${name} | ${L('overview', lang)}`);
  assert.equal(await essential(f, L('redirect-uris', lang)), X('uriCount', lang, { web: 2, spa: 0, pc: 1 }));
  await page.close();
});

// --- Structural variants and churn ----------------------------------------------------------

test('replica-frames=all draws every page as a React view (an AktionNEXT-shaped walk in Czech)', async () => {
  const lang = 'cs';
  const name = `AktionNEXT ${Date.now()}`;
  const { page, appId, objectId } = await register(lang, { name, audience: 'single' }, '&replica-frames=all');
  const f = await blade(page, `${name} | ${L('overview', lang)}`);
  assert.ok(isReact(f));
  assert.ok(await f.$('[class*="essentialsItem-"]'), 'React essentials');
  assert.equal(await essential(f, L('client-id', lang)), appId);
  assert.equal(await essential(f, L('object-id', lang)), objectId);
  assert.equal(await essential(f, L('tenant-id', lang)), TENANT_ID);
  // The secret pane's Expires is a Fluent dropdown here (div[role=combobox] and options).
  const s = await addSecret(page, lang, name, 'AktionNEXT', 'exp730');
  assert.match(s.value, SECRET);
  assert.equal(await s.f.$('[role=combobox].ms-Dropdown'), null, 'the pane closed');
  const p = await addPermissions(page, lang, name, 'application', ['Mail.Send']);
  await grantConsent(p, lang);
  let rows;
  for (let i = 0; i < 50; i++) { rows = await gridRows(p, X('configuredPermissions', lang)); if (rows.length === 2 && rows.every((r) => r[X('colStatus', lang)])) break; await p.waitForTimeout(100); }
  assert.ok(rows.some((r) => r[X('colApiName', lang)] === 'Mail.Send' && r[X('colStatus', lang)] === `${L('perm-status-granted', lang)} ${TENANT}`));
  await shot(page, 'all-react-cs');
  await page.close();
});

test('replica-frames=none draws the App registrations list and API permissions in the top document', async () => {
  const page = await open('pl', LIST, '&replica-frames=none');
  const f = await blade(page, L('app-registrations', 'pl'));
  assert.equal(isReact(f), false);
  assert.equal(reactFrames(page).length, 0);
  assert.equal(await byKey(f, 'new-registration-button', 'pl').getAttribute('class'), 'azc-toolbarButton fxs-commandBar-item');
  await page.goto(`${PORTAL}/?l=pl&replica-frames=none${appPage('CallAnAPI')}`);
  const g = await blade(page, `Contoso Mail | ${L('api-permissions', 'pl')}`);
  assert.equal(isReact(g), false);
  assert.ok(await g.$('table.azc-grid[role=grid]'));
  await page.close();
});

test('deep links: legacy #blade/, the #@tenant/ prefix, a section without ~, an unknown app', async () => {
  const page = await open('en', `#blade/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/Credentials/appId/${SEED_APP}/objectId/e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f`);
  await blade(page, `Contoso Mail | ${L('certificates-secrets', 'en')}`);
  await page.goto(`${PORTAL}/?l=en#@contoso.onmicrosoft.com/view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Authentication/appId/${SEED_APP}`);
  await blade(page, `Contoso Mail | ${L('authentication', 'en')}`);
  await page.goto(`${PORTAL}/?l=en#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Overview/appId/00000000-0000-0000-0000-000000000000`);
  await blade(page, X('notFound', 'en'));
  // Entra ID > App registrations: the same list inside another blade (another URL).
  await page.goto(`${PORTAL}/?l=en#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/RegisteredApps`);
  const f = await blade(page, `${TENANT} | ${L('app-registrations', 'en')}`);
  assert.ok(await byKey(f, 'new-registration-button', 'en').isVisible());
  // The top search finds the service in the portal's language and in English.
  await page.goto(`${PORTAL}/?l=cs#home`);
  await blade(page, X('home', 'cs'));
  await byKey(page, 'portal-search', 'cs').fill('app reg');
  await page.getByRole('option', { name: L('app-registrations', 'cs'), exact: true }).click();
  await blade(page, L('app-registrations', 'cs'));
  assert.equal(await page.evaluate(() => location.hash), LIST);
  await page.close();
});

test('replica-delay draws blades late; replica-rerender replaces nodes but keeps what was typed', async () => {
  const page = await open('en', '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false', '&replica-delay=900&replica-rerender=250');
  await page.waitForTimeout(400);
  assert.equal(await page.$('h2.fxs-blade-title-titleText'), null, 'nothing yet at 400 ms');
  const f = await blade(page, L('register-an-application', 'en'));
  const input = byKey(f, 'name-input', 'en');
  const handle = await input.elementHandle();
  await input.fill('Churn test');
  await page.waitForTimeout(600);
  assert.equal(await handle.evaluate((e) => e.isConnected), false, 'the node was replaced');
  assert.equal(await input.inputValue(), 'Churn test', 'the new node shows the typed value');
  assert.equal(await input.evaluate((e) => e === document.activeElement), true, 'focus came back');
  await page.close();
});

test('without churn, a redraw keeps the nodes (as React does): a ticked box is the same node', async () => {
  const page = await open('en', appPage('CallAnAPI'));
  const f = await blade(page, `Contoso Mail | ${L('api-permissions', 'en')}`);
  const add = byKey(f, 'add-a-permission-button', 'en');
  const before = await add.elementHandle();
  await add.click();
  await byKey(f, 'graph-tile', 'en', { role: 'button' }).click();
  await byKey(f, 'delegated-permissions-option', 'en', { role: 'radio' }).click();
  await f.getByRole('button', { name: /^Mail \(/ }).click();
  const box = f.getByRole('checkbox', { name: 'Mail.Send', exact: true });
  const node = await box.elementHandle();
  await box.click();
  assert.equal(await node.evaluate((e) => e.isConnected && e.checked), true);
  assert.equal(await before.evaluate((e) => e.isConnected), true);
  assert.equal(await f.getByRole('checkbox', { name: 'Mail.Send.Shared', exact: true }).isChecked(), false, 'a longer name is another permission');
  await page.close();
});

test('replica-slow-frame holds the React view back; replica-preload adds a hidden one', async () => {
  const t0 = Date.now();
  const page = await open('en', LIST, '&replica-slow-frame=1500&replica-preload=1', 'commit');
  await page.waitForSelector('.fxs-blade-body > iframe.fxs-reactview-frame-active');
  assert.ok(Date.now() - t0 < 1300, `the blade is drawn before the frame's content (${Date.now() - t0} ms)`);
  const f = await blade(page, L('app-registrations', 'en'));
  assert.ok(Date.now() - t0 >= 1500, `the frame's content came late (${Date.now() - t0} ms)`);
  assert.ok(await byKey(f, 'new-registration-button', 'en').isVisible());
  const hidden = await page.$$('iframe.fxs-reactview-frame:not(.fxs-reactview-frame-active)');
  assert.equal(hidden.length, 1);
  assert.equal(await hidden[0].isVisible(), false);
  assert.equal(reactFrames(page).length, 2, 'two reactblade frames, one of them hidden');
  await page.close();
});

test('replica-missing drops the named elements and nothing else', async () => {
  const page = await open('pl', OVERVIEW, '&replica-missing=essentials-client-id,menu-api-permissions,portal-search');
  const f = await blade(page, `Contoso Mail | ${L('overview', 'pl')}`);
  assert.equal(await essential(f, L('client-id', 'pl')), null);
  assert.equal(await essential(f, L('tenant-id', 'pl')), TENANT_ID);
  assert.equal(await byKey(page, 'menu-api-permissions', 'pl').count(), 0);
  assert.equal(await byKey(page, 'menu-authentication', 'pl').count(), 1);
  assert.equal(await page.$('.fxs-search-input'), null);
  await page.close();
});

test('replica-variant=1 draws the older labels portal.toml lists', async () => {
  const page = await open('pl', appPage('Credentials'), '&replica-variant=1');
  const f = await blade(page, `Contoso Mail | ${L('certificates-secrets', 'pl', 1)}`);
  assert.equal(L('certificates-secrets', 'pl', 1), 'Certyfikaty i wpisy tajne');
  assert.equal(await byKey(page, 'menu-certificates-secrets', 'pl', { variant: 1 }).textContent(), L('certificates-secrets', 'pl', 1));
  assert.equal(await byKey(f, 'new-client-secret-button', 'pl', { variant: 1 }).textContent(), L('new-client-secret', 'pl', 1));
  await page.goto(`${PORTAL}/?l=cs&replica-variant=1#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false`);
  const g = await blade(page, L('register-an-application', 'cs', 1));
  assert.equal(await g.getByRole('radio', { name: `${L('account-multi', 'cs', 1)} ${X('multiSuffixOld', 'cs')}`, exact: true }).count(), 1);
  assert.equal(await byKey(g, 'register-button', 'cs', { variant: 1 }).textContent(), 'Registrovat');
  await page.close();
});

test('replica-url-lag: the page changes before the URL does', async () => {
  const page = await open('en', OVERVIEW, '&replica-url-lag=1200');
  await blade(page, `Contoso Mail | ${L('overview', 'en')}`);
  await byKey(page, 'menu-authentication', 'en').click();
  await blade(page, `Contoso Mail | ${L('authentication', 'en')}`);
  assert.match(await page.evaluate(() => location.hash), /\/~\/Overview\//, 'the URL still names Overview');
  assert.equal(await page.textContent('[role=treeitem][aria-selected=true]'), L('authentication', 'en'), 'the selected menu item tells the truth');
  await page.waitForFunction(() => location.hash.includes('/~/Authentication/'), null, { timeout: 5000 });
  await page.close();
});

test('a second tab sees what the first one registered; each frame runs on its own origin', async () => {
  const one = await open('en', LIST);
  const f1 = await blade(one, L('app-registrations', 'en'));
  const before = (await gridRows(f1, L('all-applications', 'en'))).length;
  const { page: two } = await register('en', { name: `Second tab ${Date.now()}`, audience: 'single' });
  let after = before;
  for (let i = 0; i < 50 && after === before; i++) { await one.waitForTimeout(100); after = (await gridRows(f1, L('all-applications', 'en'))).length; }
  assert.equal(after, before + 1);
  assert.notEqual(new URL(f1.url()).origin, new URL(one.url()).origin, 'the list frame is cross-origin');
  assert.equal(await f1.evaluate(() => { try { return !!window.top.document; } catch { return 'blocked'; } }), 'blocked');
  await one.close();
  await two.close();
});
