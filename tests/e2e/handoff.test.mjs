// The hand-over in real Chromium through the shipped extension: the credential check against a
// mock of Microsoft's token endpoint (replica/login.mjs) under login.microsoftonline.com, the copy
// panels and the clipboard, filling a replica of YetiForce's mail server form
// (replica/yetiforce.mjs) in its own tab, and the export files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, overlayFrame, PORTAL } from '../lib/browser.mjs';
import { loginMock, DIRECTORY } from '../replica/login.mjs';
import { yetiforceReplica, YETIFORCE, YETIFORCE_HOST, REDIRECTS } from '../replica/yetiforce.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(root, 'dist/screenshots');
mkdirSync(SHOTS, { recursive: true });
const LIST = '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade';
const { tenant: TENANT, apps: APPS } = DIRECTORY;

/** `.title` of `checks-aadsts-<code>` in a language's checks.ftl (the texts the overlay must show). */
function aadstsTitle(code, lang = 'en') {
  const src = readFileSync(join(root, 'locales', lang, 'checks.ftl'), 'utf8');
  const m = src.match(new RegExp(`^checks-aadsts-${code} =\\n    \\.title = (.+)$`, 'm'));
  assert.ok(m, `checks-aadsts-${code} in ${lang}`);
  return m[1];
}

let b;
let login;
let yeti;
let ctl;
before(async () => {
  login = loginMock();
  yeti = yetiforceReplica();
  b = await launch({ handlers: [login.handler, yeti.handler] });
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: PORTAL });
  ctl = await b.context.newPage();
});
after(async () => {
  login?.release();
  await b?.close();
});

/** The extension's running service worker (a new one after a restart). */
async function worker() {
  for (let i = 0; i < 200; i++) {
    const w = b.context.serviceWorkers().find((x) => x.url().startsWith(`chrome-extension://${b.extensionId}/`));
    if (w) return w;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no service worker');
}

/**
 * Starts a test from a state of its own: no secret, no earlier results, these captured values
 * (`State.values`, camelCase field names, as the guide records them). The worker keeps its state
 * in wasm memory, so the state is written where a new worker restores it from, and the worker is
 * stopped; the next message (a tab's content script) starts a new one from it.
 */
async function fresh(values = {}) {
  const w = await worker();
  await w.evaluate(async (v) => {
    const { state = {} } = await chrome.storage.session.get('state');
    delete state.secret;
    delete state.handoff;
    state.values = v;
    state.entered = {};
    await chrome.storage.session.set({ state });
    await chrome.storage.session.remove('tuning');
  }, values);
  const cdp = await b.context.newCDPSession(ctl);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  for (let i = 0; i < 100 && b.context.serviceWorkers().includes(w); i++) await new Promise((r) => setTimeout(r, 50));
}

/** Test-only time limits (read by the worker at each effect; only extension pages can write them). */
async function tune(frame, tuning) {
  await frame.evaluate((t) => chrome.storage.session.set({ tuning: t }), tuning);
}

/** A portal tab with the overlay on `target` in `lang`, its hand-over section drawn. */
async function open(target, lang = 'en') {
  const page = await b.context.newPage();
  await page.goto(`${PORTAL}/?regpilot=${target}:${lang}${LIST}`);
  const { frame } = await overlayFrame(page);
  await frame.waitForSelector(`.handoff[data-target=${target}] [data-part=cred]`);
  return { page, frame };
}

/** Fills the credential fields that exist and presses "Check"; returns the result box. */
async function check(frame, { tenant, client, secret } = {}) {
  // A secret kept from before gives way to the one given.
  if (secret !== undefined && !(await frame.$('[data-part=cred] input[name=secret]'))) {
    await frame.click('button[data-act=forget]');
    await frame.waitForSelector('[data-part=cred] input[name=secret]');
  }
  for (const [name, value] of Object.entries({ tenant, client, secret })) {
    if (value !== undefined) await frame.fill(`[data-part=cred] input[name=${name}]`, value);
  }
  const old = await frame.evaluate(() => document.querySelector('.cred-result')?.textContent ?? null);
  await frame.click('button[data-act=check]');
  await frame.waitForFunction((was) => {
    const box = document.querySelector('.cred-result');
    return box && box.textContent !== was && document.querySelector('button[data-act=check]')?.getAttribute('aria-busy') === 'false';
  }, old);
  return frame.$('.cred-result');
}

/** A screenshot of the portal with `selector` of the overlay scrolled into view. */
async function shot(page, frame, selector, name) {
  await frame.$eval(selector, (el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(SHOTS, name) });
}

async function clipboard(page) {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('app-only check: a token with every needed role; the secret only in the POST body', async () => {
  await fresh();
  const { page, frame } = await open('statlook');
  const before = login.requests.length;
  const box = await check(frame, { tenant: TENANT, client: APPS.consented.id, secret: APPS.consented.secret });
  assert.match(await box.getAttribute('class'), /\bok\b.*\btoken\b/);
  assert.match(await box.textContent(), /The credentials work: Microsoft issued a token with every application permission Statlook needs\./);
  const roles = await frame.$$eval('.cred-result ul.roles li', (lis) => lis.map((li) => [li.dataset.x, li.className]));
  assert.deepEqual(roles, [['Mail.ReadWrite', 'granted'], ['Mail.Send', 'granted']]);
  // What reached the token endpoint: one POST, the client-credentials form, nothing else.
  assert.equal(login.requests.length, before + 1);
  const req = login.requests.at(-1);
  assert.equal(req.path, `/${TENANT}/oauth2/v2.0/token`);
  assert.equal(req.search, '');
  assert.deepEqual(Object.keys(req.form).sort(), ['client_id', 'client_secret', 'grant_type', 'scope']);
  assert.deepEqual(req.form, { grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default', client_id: APPS.consented.id, client_secret: APPS.consented.secret });
  assert.match(req.headers['content-type'], /^application\/x-www-form-urlencoded/);
  assert.equal(req.headers.cookie, undefined, 'no cookies go to the token endpoint');
  assert.equal(req.headers.authorization, undefined, 'the secret is not in a header');
  // The secret is nowhere but the worker's session state: not in the overlay, not in local storage.
  assert.ok(!(await frame.content()).includes(APPS.consented.secret));
  assert.ok(!(await page.content()).includes(APPS.consented.secret));
  const stored = await frame.evaluate(async () => ({
    local: JSON.stringify(await chrome.storage.local.get(null)),
    session: (await chrome.storage.session.get('state')).state.secret,
  }));
  assert.ok(!stored.local.includes(APPS.consented.secret));
  assert.equal(stored.session, APPS.consented.secret);
  // The field gave way to "kept for this session".
  assert.equal(await frame.$('[data-part=cred] input[name=secret]'), null);
  await frame.waitForSelector('[data-part=cred] .stored');
  await shot(page, frame, '.cred-result', 'credcheck-ok-statlook-en.png');
  await page.close();
});

test('a missing role means admin consent was not granted (AktionNEXT, Statlook in Polish)', async () => {
  await fresh();
  let { page, frame } = await open('aktionnext');
  let box = await check(frame, { tenant: DIRECTORY.domain, client: APPS.unconsented.id, secret: APPS.unconsented.secret });
  assert.match(await box.getAttribute('class'), /\berror\b.*\btoken\b/);
  assert.match(await box.textContent(), /the token lacks one permission that AktionNEXT needs/);
  assert.deepEqual(await frame.$$eval('.cred-result ul.roles li', (l) => l.map((li) => [li.dataset.x, li.className])), [['Mail.Send', 'missing']]);
  const finding = await frame.textContent('.cred-result ul.findings li[data-x=missing-consent]');
  assert.match(finding, /Mail\.Send is not in the token: .*admin consent has not been granted/);
  // The domain works as the tenant, lower case, in the endpoint's path.
  assert.equal(login.requests.at(-1).path, `/${DIRECTORY.domain}/oauth2/v2.0/token`);
  await page.close();

  ({ page, frame } = await open('statlook', 'pl'));
  box = await check(frame, { tenant: TENANT, client: APPS.partly.id, secret: APPS.partly.secret });
  assert.match(await box.textContent(), /w tokenie brakuje jednego uprawnienia potrzebnego aplikacji Statlook/);
  assert.deepEqual(await frame.$$eval('.cred-result ul.roles li', (l) => l.map((li) => [li.dataset.x, li.className, li.textContent])),
    [['Mail.ReadWrite', 'granted', 'Mail.ReadWrite: przyznane'], ['Mail.Send', 'missing', 'Mail.Send: brak']]);
  await shot(page, frame, '.cred-result', 'credcheck-missing-role-statlook-pl.png');
  await page.close();
});

// Each AADSTS code the mock answers with, provoked the way an admin would (or forced, for the
// two the extension's own checks never let it send), explained in the overlay.
const CASES = [
  { code: 7000215, why: 'wrong secret', app: 'consented', secret: APPS.unconsented.secret, status: 401 },
  { code: 700016, why: 'unknown client', client: '0f8fad5b-d9cb-469f-a165-70867728950e', app: 'consented', status: 400 },
  { code: 90002, why: 'unknown tenant', tenant: '3fa85f64-5717-4562-b3fc-2c963f66afa6', app: 'consented', status: 400 },
  { code: 7000222, why: 'expired secret', app: 'expired', status: 401 },
  { code: 1002012, why: 'scope without /.default (forced)', app: 'consented', force: true, status: 400 },
  { code: 9001023, why: '/common (forced)', app: 'consented', force: true, status: 400 },
];
for (const c of CASES) {
  test(`AADSTS${c.code} (${c.why}) is explained`, async () => {
    await fresh();
    const { page, frame } = await open('statlook');
    const app = APPS[c.app];
    if (c.force) login.forceNext(c.code);
    const box = await check(frame, { tenant: c.tenant || TENANT, client: c.client || app.id, secret: c.secret || app.secret });
    const answer = login.requests.at(-1).answer;
    assert.equal(answer.status, c.status);
    assert.equal(answer.body.error_codes[0], c.code);
    const err = await frame.waitForSelector(`.cred-result .aadsts.AADSTS${c.code}`);
    const title = aadstsTitle(c.code);
    assert.equal(await frame.textContent(`.aadsts.AADSTS${c.code} .code`), `AADSTS${c.code} ${title}`);
    assert.match(await box.textContent(), new RegExp(`Microsoft refused the credentials \\(AADSTS${c.code}\\)`));
    // Entra's own words (first line only) and its trace and correlation IDs are shown.
    const text = await err.textContent();
    assert.ok(text.includes(answer.body.error_description.split('\r\n')[0]), text);
    assert.ok(text.includes(answer.body.trace_id) && text.includes(answer.body.correlation_id), text);
    assert.equal(await frame.getAttribute(`.aadsts.AADSTS${c.code} a`, 'href'), `https://login.microsoftonline.com/error?code=${c.code}`);
    if (c.code === 7000215) await shot(page, frame, '.cred-result', 'credcheck-aadsts7000215-statlook-en.png');
    await page.close();
  });
}

test('an error code explained in Czech', async () => {
  await fresh();
  const { page, frame } = await open('aktionnext', 'cs');
  await check(frame, { tenant: TENANT, client: APPS.expired.id, secret: APPS.expired.secret });
  const code = await frame.textContent('.aadsts.AADSTS7000222 .code');
  assert.equal(code, `AADSTS7000222 ${aadstsTitle(7000222, 'cs')}`);
  assert.match(await frame.textContent('.cred-result .headline'), /Microsoft přihlašovací údaje odmítl \(AADSTS7000222\)/);
  await page.close();
});

test('what the checks refuse is never sent: /common and a Secret ID stay in the browser', async () => {
  await fresh();
  const { page, frame } = await open('statlook');
  const before = login.requests.length;
  let box = await check(frame, { tenant: 'common', client: APPS.consented.id, secret: APPS.consented.secret });
  assert.match(await box.getAttribute('class'), /\berror\b.*\boffline\b/);
  assert.ok(await frame.$('.cred-result li[data-x=tenant-alias-app-only]'));
  assert.match(await box.textContent(), /nothing was sent to Microsoft/);
  await frame.click('button[data-act=forget]');
  await frame.waitForSelector('[data-part=cred] input[name=secret]');
  box = await check(frame, { tenant: TENANT, secret: '19fe525e-8978-4d17-8ad6-ac0e9c91333a' });
  assert.ok(await frame.$('.cred-result li[data-x=secret-id-not-value]'));
  assert.equal(login.requests.length, before, 'no request reached the token endpoint');
  await page.close();
});

test('no answer in time is reported as a time-out, a cut connection as a network failure', async () => {
  await fresh();
  let { page, frame } = await open('statlook');
  await tune(frame, { tokenTimeoutMs: 1500 });
  const started = Date.now();
  let box = await check(frame, { tenant: TENANT, client: APPS.slow.id, secret: APPS.slow.secret });
  assert.match(await box.textContent(), /login\.microsoftonline\.com did not answer within 1\.5 seconds/);
  assert.ok(Date.now() - started < 10000, 'the time limit applied');
  assert.equal(await frame.$('.cred-result .aadsts'), null);
  await page.close();

  ({ page, frame } = await open('statlook'));
  box = await check(frame, { tenant: TENANT, client: APPS.cut.id, secret: APPS.cut.secret });
  assert.match(await box.textContent(), /Could not reach login\.microsoftonline\.com \(.+\)\. Check the network connection/);
  await page.close();
});

test('delegated and vendor targets are checked offline and say where the sign-in happens', async () => {
  await fresh();
  const before = login.requests.length;
  let { page, frame } = await open('yetiforce');
  assert.equal(await frame.$('[data-part=cred] input[name=tenant]'), null, 'YetiForce signs in on /common');
  let box = await check(frame, { client: APPS.consented.id, secret: APPS.consented.secret });
  assert.match(await box.getAttribute('class'), /\bok\b.*\boffline\b/);
  assert.match(await box.textContent(), /YetiForce CRM signs users in itself.*sign in with its Microsoft button/s);
  box = await check(frame, { client: 'contoso.onmicrosoft.com' });
  assert.ok(await frame.$('.cred-result li[data-x=not-guid]'));
  await page.close();

  ({ page, frame } = await open('comarch', 'pl'));
  assert.equal(await frame.$('[data-part=cred] input'), null, 'nothing of the admin\'s to enter');
  box = await check(frame);
  assert.match(await box.getAttribute('class'), /\bvendor\b/);
  assert.match(await box.textContent(), /Aplikacja Comarch DMS loguje się własną aplikacją producenta/);
  await page.close();
  assert.equal(login.requests.length, before);
});

test('copy panels: labels as the application shows them, one-click copy, the secret cleared after the delay', async () => {
  await fresh({ tenantId: TENANT, clientId: APPS.unconsented.id });
  const { page, frame } = await open('aktionnext');
  await tune(frame, { clipboardClearMs: 1500 });
  // AktionNEXT's WinClient labels (seeds/003), the same in every language.
  const labels = await frame.$$eval('[data-panel=aktionnext] .line', (ls) => ls.map((l) => [l.dataset.key, l.querySelector('dt').textContent]));
  assert.deepEqual(labels, [['authentication', 'Autentifikace'], ['tenant', 'Directory (Tenant) ID'], ['client-id', 'Application (Client) ID'], ['client-secret', 'Client secret ID']]);
  assert.match(await frame.textContent('[data-panel=aktionnext] [data-key=client-secret] .hint'), /Value, not its Secret ID/);
  assert.ok(await frame.isDisabled('[data-key=client-secret] button'), 'nothing to copy before the secret is entered');
  await check(frame, { secret: APPS.unconsented.secret });

  await frame.click('[data-panel=aktionnext] [data-key=tenant] button');
  await frame.waitForSelector('[data-key=tenant] .notice');
  assert.equal(await clipboard(page), TENANT);
  // The secret: copied by the worker, cleared once the delay is over.
  await frame.click('[data-panel=aktionnext] [data-key=client-secret] button');
  assert.match(await (await frame.waitForSelector('[data-key=client-secret] .notice')).textContent(), /The client secret is in the clipboard\. It is cleared in 60 seconds if it is still there\./);
  assert.equal(await clipboard(page), APPS.unconsented.secret);
  await page.waitForTimeout(2500);
  assert.equal(await clipboard(page), '', 'cleared');
  // Something copied after the secret is left alone.
  await frame.click('[data-panel=aktionnext] [data-key=client-secret] button');
  await page.waitForTimeout(300);
  await frame.click('[data-panel=aktionnext] [data-key=client-id] button');
  await page.waitForTimeout(300);
  assert.equal(await clipboard(page), APPS.unconsented.id);
  await page.waitForTimeout(2500);
  assert.equal(await clipboard(page), APPS.unconsented.id, 'not the secret any more: kept');
  assert.ok(!(await frame.content()).includes(APPS.unconsented.secret), 'the overlay never had the secret');
  await shot(page, frame, '[data-panel=aktionnext]', 'copy-panel-aktionnext-en.png');
  await page.close();
});

test('copy panels in Polish: Statlook Master and Web, each with its own labels', async () => {
  await fresh({ tenantId: TENANT, clientId: APPS.consented.id, userObjectId: '876f66b3-1df7-4995-b60f-455279f9c985' });
  const { page, frame } = await open('statlook', 'pl');
  const labels = async (panel) => frame.$$eval(`[data-panel=${panel}] .line dt`, (d) => d.map((x) => x.textContent));
  assert.deepEqual(await labels('statlook-master'), ['Typ klienta', 'Client ID', 'Client Secret', 'Tenant', 'Object ID']);
  assert.deepEqual(await labels('statlook-web'), ['Typ klienta', 'Id klienta', 'Sekret klienta', 'Najemca', 'Id obiektu']);
  await frame.click('[data-panel=statlook-web] [data-key=object-id] button');
  await frame.waitForSelector('[data-panel=statlook-web] [data-key=object-id] .notice');
  assert.equal(await clipboard(page), '876f66b3-1df7-4995-b60f-455279f9c985');
  await frame.click('[data-panel=statlook-master] [data-key=client-type] button');
  await page.waitForTimeout(200);
  assert.equal(await clipboard(page), 'Exchange (Confidental)');
  await page.close();
});

/** Lets the admin's "Allow" be given in advance: headless Chromium cannot answer the permission
 *  dialog, but the site access setting of chrome://extensions (which the dialog's answer also
 *  sets) makes `chrome.permissions.request` for this origin resolve `true` at once. The
 *  overlay's own request on the click is still what activates the permission. */
async function allowYetiforce() {
  const ext = await b.context.newPage();
  await ext.goto(`chrome://extensions/?id=${b.extensionId}`);
  await ext.evaluate(([id, pattern]) => chrome.developerPrivate.addHostPermission(id, pattern), [b.extensionId, `${YETIFORCE}/*`]);
  await ext.close();
  assert.equal(await (await worker()).evaluate((o) => chrome.permissions.contains({ origins: [o] }), `${YETIFORCE}/*`), false,
    'not active before the overlay asks for it');
}

test('YetiForce: the mail server form is filled in the admin\'s tab, the right redirect URI chosen, never submitted', async () => {
  await fresh({ clientId: APPS.consented.id, redirectUri: REDIRECTS.ours });
  const crm = await b.context.newPage();
  await crm.goto(`${YETIFORCE}/index.php?module=MailServers&parent=Settings&view=Edit`);
  assert.ok(await crm.isHidden('#client_id'), 'OAuth fields hidden while "basic" is chosen');
  const { page, frame } = await open('yetiforce');
  await allowYetiforce();
  await check(frame, { secret: APPS.consented.secret });
  await frame.fill('input[name=origin]', `${YETIFORCE_HOST}/index.php?module=MailServers`);
  await frame.click('button[data-act=fill]');
  const report = await frame.waitForSelector('.fill-result');
  assert.match(await report.getAttribute('class'), /\bok\b/);
  assert.match(await report.textContent(), /The mail server form at https:\/\/crm\.yetiforce\.example is filled in\./);
  assert.match(await report.textContent(), /The form was not saved: check it in YetiForce and press "Save" there\./);
  const rows = await frame.$$eval('.fill-result li', (lis) => lis.map((li) => [li.className, li.querySelector('strong').textContent]));
  assert.deepEqual(rows, [['ok', 'Authorization method'], ['ok', 'OAuth Authentication Provider'], ['ok', 'Client ID'], ['ok', 'Client secret'], ['ok', 'Redirect URI']]);
  assert.ok(!(await frame.content()).includes(APPS.consented.secret), 'the report masks the secret');
  assert.match(await report.textContent(), /•••• \(40 characters\)/);
  // The form itself.
  const form = await crm.evaluate(() => {
    const f = document.forms.EditView;
    const sel = f.redirect_uri_id;
    return {
      auth: f.auth_method.value, provider: f.oauth_provider.value, client: f.client_id.value, secret: f.client_secret.value,
      redirect: sel.value, redirectAddress: sel.selectedOptions[0].dataset.redirect, subject: f.name.value,
      submitted: window.__submitted === true, events: window.__events, href: location.href,
    };
  });
  assert.equal(form.auth, 'oauth2');
  assert.equal(form.provider, 'MSAzure');
  assert.equal(form.client, APPS.consented.id);
  assert.equal(form.secret, APPS.consented.secret);
  assert.equal(form.redirect, '7');
  assert.equal(form.redirectAddress, REDIRECTS.ours);
  assert.equal(form.subject, 'Office 365', 'other fields are left alone');
  assert.equal(form.submitted, false);
  assert.ok(form.events.includes('change:auth_method') && form.events.includes('input:client_id'), form.events.join());
  assert.equal(form.href, `${YETIFORCE}/index.php?module=MailServers&parent=Settings&view=Edit`);
  assert.deepEqual(yeti.posts, [], 'nothing was submitted');
  assert.ok(await crm.isVisible('#client_id'), 'YetiForce\'s own script showed the OAuth fields');
  await shot(page, frame, '.fill-result', 'autofill-yetiforce-en.png');
  await crm.screenshot({ path: join(SHOTS, 'autofill-yetiforce-form.png') });

  // The address is remembered; a redirect URI YetiForce does not list is reported, not guessed.
  await frame.evaluate((v) => chrome.runtime.sendMessage({ type: 'capture', field: 'redirectUri', value: v }), `${YETIFORCE}/webservice/OAuth/MailAccount/NotThere1`);
  await page.reload();
  const again = (await overlayFrame(page)).frame;
  await again.waitForSelector('input[name=origin]');
  assert.equal(await again.inputValue('input[name=origin]'), YETIFORCE);
  await again.click('button[data-act=fill]');
  await again.waitForSelector('.fill-result.error');
  assert.match(await again.textContent('.fill-result li.not'), /Redirect URI: .*NotThere1.*no option with this address/);
  assert.match(await again.textContent('.fill-result .headline'), /except one field/);
  assert.equal(await crm.evaluate(() => document.forms.EditView.redirect_uri_id.value), '7', 'the earlier choice stays');

  // Without a YetiForce tab there is nothing to fill.
  await crm.close();
  await again.click('button[data-act=fill]');
  await again.waitForFunction(() => /No tab shows https:\/\/crm\.yetiforce\.example/.test(document.querySelector('.fill-result')?.textContent || ''));
  await page.close();
});

test('files: the bundle without the secret, the .env with it only on request, the scripts never', async () => {
  await fresh({
    tenantId: TENANT, clientId: APPS.consented.id, appName: 'Statlook mail', objectId: '03d980eb-4f7a-4a72-91b0-d194ac90587f',
    userObjectId: '876f66b3-1df7-4995-b60f-455279f9c985', secretId: '19fe525e-8978-4d17-8ad6-ac0e9c91333a', secretExpiry: '3/1/2028',
    redirectUri: 'https://login.microsoftonline.com/common/oauth2/nativeclient',
  });
  const { page, frame } = await open('statlook');
  // Before a token showed the roles, consent is not assumed: the export says so.
  await frame.click('button[data-act=export-json]');
  assert.match(await (await frame.waitForSelector('.export-result.error')).textContent(), /admin consent/);
  await check(frame, { secret: APPS.consented.secret });
  const download = async (format, include = false) => {
    const box = await frame.$('input[name=include-secret]');
    if ((await box.isChecked()) !== include) await box.click();
    const [file] = await Promise.all([page.waitForEvent('download'), frame.click(`button[data-act=export-${format}]`)]);
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  };
  const json = await download('json');
  assert.equal(json.name, 'regpilot-statlook.json');
  const bundle = JSON.parse(json.text);
  assert.equal(bundle.target, 'statlook');
  assert.equal(bundle.client_id, APPS.consented.id);
  assert.equal(bundle.secret.expires, '2028-03-01');
  assert.equal(bundle.secret.value, undefined);
  assert.deepEqual(bundle.permissions.map((p) => [p.name, p.consent]), [['Mail.ReadWrite', 'granted'], ['Mail.Send', 'granted']]);
  assert.ok(!json.text.includes(APPS.consented.secret));
  const env = await download('env', true);
  assert.ok(env.text.includes(`REGPILOT_CLIENT_SECRET='${APPS.consented.secret}'`));
  const az = await download('az', true);
  assert.equal(az.name, 'regpilot-statlook.sh');
  assert.ok(!az.text.includes(APPS.consented.secret), 'a script makes a new secret');
  assert.ok(az.text.includes('b633e1c5-b582-4048-a93e-9f11b44c7e96'), 'Mail.Send\'s application permission id');
  const ics = await download('ics');
  assert.match(ics.text, /BEGIN:VCALENDAR/);
  assert.match(await frame.textContent('.export-result.ok'), /regpilot-statlook\.ics/);
  await page.close();
});
