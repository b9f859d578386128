// The content of each replicated portal page, drawn from data in either document: in the top
// document with Knockout markup, or in a reactblade frame with Fluent UI markup (ctx.react).
// A view is a pure function of (ctx.data, ctx.ui): the store's data it shows and its own
// transient state (open panes, typed text, ticked boxes). Changes to the store go through
// ctx.act(action), which the top document applies (reactblade frames post it to the top).
(() => {
  'use strict';
  const R = window.Replica;
  const { T, X, el, K, button, textbox, dropdown, radios, optionsGroup, copyButton, grid, tabs, pane, essentials, messageBar, pressable } = R;

  // --- Deep links (domain.md §8) -------------------------------------------------------------
  const AUD = { AzureADMyOrg: 'audMyOrg', AzureADMultipleOrgs: 'audMultiOrg', AzureADandPersonalMicrosoftAccount: 'audAll', PersonalMicrosoftAccount: 'audPersonal' };
  const hashes = {
    appList: () => '#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
    newRegistration: () => '#view/Microsoft_AAD_RegisteredApps/CreateApplicationBlade/quickStartType~/null/isMSAApp~/false',
    app: (app, section = 'Overview') => `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${section}/appId/${app.appId}/objectId/${app.objectId}` +
      `/isMSAApp~/false/defaultBlade/Overview/appSignInAudience/${app.audience}/servicePrincipalCreated~/true`,
    enterpriseList: () => '#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null',
    sp: (sp, section = 'Overview') => `#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/${section}/objectId/${sp.objectId}/appId/${sp.appId}/preferredSingleSignOnMode~/null`,
    users: () => '#view/Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade/~/AllUsers',
    user: (u) => `#view/Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade/~/overview/userId/${u.objectId}/hidePreviewBanner~/true`,
    consent: () => '#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings',
    entra: (section = 'Overview') => `#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/${section}`,
  };

  /** A link that navigates the portal (from a frame: through the top document). */
  function link(ctx, text, hash, attrs = {}) {
    return el('a', { href: ctx.href(hash), class: ctx.react ? 'ms-Link' : 'fxs-fxclick', ...attrs, onclick: (e) => { e.preventDefault(); ctx.nav(hash); } }, text);
  }

  // --- Microsoft Graph permissions (domain.md §3; descriptions are Graph's own, English in
  // every portal language, as the portal shows them) -------------------------------------------
  const GRAPH = 'Microsoft Graph';
  const CATALOG = {
    delegated: [
      ['Calendars', [['Calendars.Read', 'Read user calendars', false]]],
      ['EWS', [['EWS.AccessAsUser.All', 'Access mailboxes as the signed-in user via Exchange Web Services', false]]],
      ['IMAP', [['IMAP.AccessAsUser.All', 'Read and write access to mailboxes via IMAP.', false]]],
      ['Mail', [['Mail.Read', 'Read user mail', false], ['Mail.Read.Shared', 'Read user and shared mail', false], ['Mail.ReadBasic', 'Read user basic mail', false],
        ['Mail.ReadWrite', 'Read and write access to user mail', false], ['Mail.ReadWrite.Shared', 'Read and write user and shared mail', false],
        ['Mail.Send', 'Send mail as a user', false], ['Mail.Send.Shared', 'Send mail on behalf of others', false]]],
      ['OpenId', [['email', 'View users\' email address', false], ['offline_access', 'Maintain access to data you have given it access to', false],
        ['openid', 'Sign users in', false], ['profile', 'View users\' basic profile', false]]],
      ['POP', [['POP.AccessAsUser.All', 'Read and write access to mailboxes via POP.', false]]],
      ['SMTP', [['SMTP.Send', 'Send emails from mailboxes using SMTP AUTH.', false]]],
      ['User', [['User.Read', 'Sign in and read user profile', false], ['User.ReadBasic.All', 'Read all users\' basic profiles', false], ['User.Read.All', 'Read all users\' full profiles', true]]],
    ],
    application: [
      ['Calendars', [['Calendars.Read', 'Read calendars in all mailboxes', true]]],
      ['Mail', [['Mail.Read', 'Read mail in all mailboxes', true], ['Mail.ReadBasic', 'Read metadata of mail in all mailboxes', true], ['Mail.ReadBasic.All', 'Read basic mail in all mailboxes', true],
        ['Mail.ReadWrite', 'Read and write mail in all mailboxes', true], ['Mail.Send', 'Send mail as any user', true]]],
      ['MailboxSettings', [['MailboxSettings.Read', 'Read all user mailbox settings', true]]],
      ['User', [['User.Read.All', 'Read all users\' full profiles', true], ['User.ReadWrite.All', 'Read and write all users\' full profiles', true]]],
    ],
  };
  const groupName = (g) => (g === 'OpenId' ? X('openIdGroup') : g);
  function describe(name, kind) {
    for (const [, perms] of CATALOG[kind]) for (const p of perms) if (p[0] === name) return { desc: p[1], admin: p[2] };
    return { desc: '', admin: kind === 'application' };
  }
  const typeLabel = (kind) => T(kind === 'application' ? 'perm-type-application' : 'perm-type-delegated');

  // --- Pages ----------------------------------------------------------------------------------
  const views = {};

  views.home = (ctx) => el('div', { class: 'replica-home' },
    el('h3', {}, X('azureServices')),
    el('ul', { class: 'replica-tiles' },
      [[T('entra-id'), hashes.entra()], [T('app-registrations'), hashes.appList()], [X('enterpriseApps'), hashes.enterpriseList()], [X('users'), hashes.users()]]
        .map(([text, hash]) => el('li', {}, link(ctx, text, hash, { class: 'replica-tile' })))));

  views.placeholder = () => el('p', { class: 'replica-empty' }, X('notInReplica'));

  views.entraOverview = (ctx) => {
    const { tenant } = ctx.data;
    return el('div', {}, el('h3', {}, X('basicInfo')), essentials(ctx, [
      { label: T('name'), value: tenant.name },
      { label: T('tenant-id'), value: tenant.id, copy: tenant.id },
      { label: 'Primary domain', value: tenant.domain },
    ]));
  };

  views.appList = (ctx) => {
    const { apps } = ctx.data;
    const f = (ctx.ui.filter || '').toLowerCase();
    const shown = apps.filter((a) => !f || a.name.toLowerCase().includes(f) || a.appId.includes(f));
    const newLabel = T('new-registration');
    return el('div', { class: 'replica-page' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, newLabel, () => ctx.nav(hashes.newRegistration()), { kind: 'command', icon: newLabel.startsWith('+') ? null : '+', key: 'new-registration-button' }),
        button(ctx, X('refresh'), () => ctx.set({}), { kind: 'command', icon: '↻' })),
      tabs(ctx, { label: T('app-registrations'), value: ctx.ui.tab || 'all', onchange: (v) => ctx.set({ tab: v }),
        items: [{ value: 'all', text: T('all-applications') }, { value: 'owned', text: X('ownedApplications') }, { value: 'deleted', text: X('deletedApplications') }] }),
      textbox(ctx, { id: 'apps-filter', type: 'search', ariaLabel: X('filterApps'), placeholder: X('filterApps'), value: ctx.ui.filter || '', oninput: (v) => ctx.set({ filter: v }) }),
      ctx.ui.tab === 'deleted' ? el('p', { class: 'replica-empty' }, X('noResults')) : grid(ctx, {
        label: T('all-applications'), table: true,
        columns: [{ text: X('displayName') }, { text: T('client-id') }, { text: X('createdOn') }, { text: T('certificates-secrets') }],
        rows: shown.map((a) => [K('list-row-link', link(ctx, a.name, hashes.app(a))), a.appId, R.date(a.created), a.secrets.length ? X('current') : '']),
        empty: X('noResults'),
      }));
  };

  views.newRegistration = (ctx) => {
    const { tenant } = ctx.data;
    const ui = ctx.ui;
    ui.form ??= { name: '', audience: 'AzureADMyOrg', platform: '', uri: '' };
    const form = ui.form;
    const nameHelp = R.nextId('help');
    const accHead = R.nextId('h');
    const uriHead = R.nextId('h');
    const multi = `${T('account-multi')} ${X(R.knobs.variant > 0 ? 'multiSuffixOld' : 'multiSuffix')}`;
    const register = () => {
      if (!form.name.trim()) return ctx.set({ error: X('errName') });
      if (form.uri.trim() && !form.platform) return ctx.set({ error: T('platform-select') });
      if (form.uri.trim() && !validUri(form.uri.trim())) return ctx.set({ error: X('errUri') });
      ctx.set({ error: null });
      ctx.act({ type: 'register', ...form });
    };
    return el('div', { class: 'replica-page replica-form' },
      el('section', {},
        textbox(ctx, { id: 'reg-name', label: T('name'), required: true, value: form.name, describedby: nameHelp, key: 'name-input',
          oninput: (v) => { const was = !!form.name.trim(); form.name = v; if (was !== !!v.trim()) ctx.set({}); } }),
        el('p', { id: nameHelp, class: 'replica-help' }, X('nameHelp'))),
      el('section', {},
        el('h3', { id: accHead }, T('account-types')),
        el('p', { class: 'replica-help' }, X('whoCanUse')),
        radios(ctx, { labelledby: accHead, name: 'audience', value: form.audience, onchange: (v) => { form.audience = v; ctx.set({}); },
          options: [
            { value: 'AzureADMyOrg', text: `${T('account-single')} ${X('singleSuffix', { tenant: tenant.name })}`, key: 'account-type-single' },
            { value: 'AzureADMultipleOrgs', text: multi, key: 'account-type-multi' },
            { value: 'AzureADandPersonalMicrosoftAccount', text: `${multi} ${X('personalSuffix')}` },
            { value: 'PersonalMicrosoftAccount', text: X('personalOnly') },
          ] }),
        el('a', { href: 'https://learn.microsoft.com/entra/identity-platform/v2-supported-account-types', target: '_blank', rel: 'noopener' }, X('helpMeChoose'))),
      el('section', {},
        el('h3', { id: uriHead }, `${T('redirect-uri')} ${X('optional')}`),
        el('p', { class: 'replica-help' }, X('redirectHelp')),
        el('div', { class: 'replica-row' },
          dropdown(ctx, { id: 'reg-platform', key: 'platform-select', value: form.platform, onchange: (v) => { form.platform = v; ctx.set({}); },
            options: [{ value: '', text: T('platform-select') }, { value: 'web', text: T('platform-web') }, { value: 'spa', text: T('platform-spa') },
              { value: 'publicClient', text: T('platform-public-client') }], ariaLabel: T('platform-select') }),
          textbox(ctx, { id: 'reg-uri', labelledby: uriHead, placeholder: X('uriPlaceholder'), value: form.uri, key: 'redirect-uri-input', oninput: (v) => { form.uri = v; } }))),
      ui.error ? messageBar(ctx, 'warning', el('span', {}, ui.error)) : null,
      el('div', { class: 'fxs-blade-footer replica-footer' },
        el('p', { class: 'replica-help' }, X('policies')),
        button(ctx, T('register'), register, { kind: 'primary', disabled: !form.name.trim(), key: 'register-button' })));
  };

  views.overview = (ctx) => {
    const { app, tenant, sp } = ctx.data;
    const certs = 0;
    const nWeb = app.web.length;
    const nSpa = app.spa.length;
    const nPc = app.publicClient.length;
    return el('div', { class: 'replica-page' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, X('delete'), () => {}, { kind: 'command', icon: '✕' }),
        button(ctx, X('refresh'), () => ctx.set({}), { kind: 'command', icon: '↻' })),
      el('h3', { class: 'replica-essentials-title' }, X('essentials')),
      essentials(ctx, [
        { label: X('displayName'), value: link(ctx, app.name, hashes.app(app, 'Branding')) },
        { label: T('client-id'), value: app.appId, copy: app.appId, key: 'essentials-client-id' },
        { label: T('object-id'), value: app.objectId, copy: app.objectId, key: 'essentials-object-id' },
        { label: T('tenant-id'), value: tenant.id, copy: tenant.id, key: 'essentials-tenant-id' },
        { label: T('account-types'), value: link(ctx, X(AUD[app.audience]), hashes.app(app, 'Manifest')) },
        { label: X('clientCredentials'), value: link(ctx, certs + app.secrets.length ? X('credCount', { certs, secrets: app.secrets.length }) : X('addCertOrSecret'), hashes.app(app, 'Credentials')) },
        { label: T('redirect-uris'), value: link(ctx, nWeb + nSpa + nPc ? X('uriCount', { web: nWeb, spa: nSpa, pc: nPc }) : X('addRedirectUri'), hashes.app(app, 'Authentication')) },
        { label: X('appIdUri'), value: link(ctx, X('addAppIdUri'), hashes.app(app, 'ExposeAnAPI')) },
        { label: T('managed-app'), value: sp ? link(ctx, app.name, hashes.sp(sp)) : '', key: 'essentials-managed-app' },
      ]));
  };

  // The suggested URIs of "Mobile and desktop applications" (domain.md §1).
  const suggested = (app) => ['https://login.microsoftonline.com/common/oauth2/nativeclient', 'https://login.live.com/oauth20_desktop.srf', `msal${app.appId}://auth`];

  /** A redirect URI the portal's text box accepts (domain.md §1): https, or http on localhost. */
  function validUri(u) {
    if (!u || u.length > 256 || /[\s*#!$'(),;]/.test(u)) return false;
    if (/^https:\/\/[^/]+/i.test(u)) return true;
    if (/^http:\/\/localhost(:\d+)?(\/|$)/i.test(u)) return true;
    return /^[a-z][a-z0-9+.-]*:\/\/\S+/i.test(u) && !/^http:/i.test(u) && !/^https:/i.test(u);
  }
  views.validUri = validUri;

  views.authentication = (ctx) => {
    const { app } = ctx.data;
    const ui = ctx.ui;
    const saved = { web: app.web, spa: app.spa, publicClient: app.publicClient, flows: app.publicClientFlows, platforms: platformsOf(app) };
    const draft = (ui.draft ??= structuredClone(saved));
    const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
    const bad = (u) => ui.checked && u !== '' && !validUri(u);
    const save = () => {
      const all = [...draft.web, ...draft.spa, ...draft.publicClient].filter((u) => u !== '');
      if (all.some((u) => !validUri(u))) return ctx.set({ checked: true });
      ctx.act({ type: 'save-auth', appId: app.appId, web: draft.web.filter(Boolean), spa: draft.spa.filter(Boolean), publicClient: draft.publicClient.filter(Boolean), flows: draft.flows });
      ui.draft = null;
      ui.checked = false;
    };
    const uriList = (list, headId, prefix, key) => el('div', { class: 'replica-uri-list', role: 'list', 'aria-labelledby': headId, 'data-replica-key': key || null },
      draft[list].map((u, i) => (list === 'publicClient' && suggested(app).includes(u) ? null : el('div', { role: 'listitem', class: 'replica-row' },
        textbox(ctx, { id: `${prefix}-${i}`, labelledby: headId, value: u, invalid: bad(u), oninput: (v) => { draft[list][i] = v; if (!dirty) ctx.set({}); } }),
        el('button', { type: 'button', class: 'replica-icon-button', 'aria-label': X('delete'), title: X('delete'), onclick: () => { draft[list].splice(i, 1); ctx.set({}); } }, '✕')))));
    const sections = [];
    if (draft.platforms.includes('web')) {
      const h = R.nextId('h');
      const hu = R.nextId('h');
      sections.push(el('section', { class: 'replica-platform', role: 'region', 'aria-labelledby': h },
        el('h4', { id: h }, T('platform-web')),
        el('h5', { id: hu }, T('redirect-uris')),
        R.knobs.missing.has('redirect-uri-list') ? null : uriList('web', hu, 'web-uri', 'redirect-uri-list'),
        button(ctx, X('addUri'), () => { draft.web.push(''); ctx.set({}); }, { icon: '+' })));
    }
    if (draft.platforms.includes('spa')) {
      const h = R.nextId('h');
      const hu = R.nextId('h');
      sections.push(el('section', { class: 'replica-platform', role: 'region', 'aria-labelledby': h },
        el('h4', { id: h }, T('platform-spa')), el('h5', { id: hu }, T('redirect-uris')), uriList('spa', hu, 'spa-uri'),
        button(ctx, X('addUri'), () => { draft.spa.push(''); ctx.set({}); }, { icon: '+' })));
    }
    if (draft.platforms.includes('publicClient')) {
      const h = R.nextId('h');
      const hs = R.nextId('h');
      const hc = R.nextId('h');
      sections.push(el('section', { class: 'replica-platform', role: 'region', 'aria-labelledby': h },
        el('h4', { id: h }, T('platform-public-client', 1)),
        el('h5', { id: hs }, T('redirect-uris')),
        el('div', { role: 'group', 'aria-labelledby': hs }, suggested(app).map((u, i) => {
          const id = `pc-suggested-${i}`;
          return el('div', { class: 'replica-check' }, el('input', { type: 'checkbox', id, checked: draft.publicClient.includes(u),
            onchange: (e) => { if (e.target.checked) draft.publicClient.push(u); else draft.publicClient.splice(draft.publicClient.indexOf(u), 1); ctx.set({}); } }),
          el('label', { for: id }, u));
        })),
        el('h5', { id: hc }, X('customRedirectUris')),
        uriList('publicClient', hc, 'pc-uri'),
        button(ctx, X('addUri'), () => { draft.publicClient.push(''); ctx.set({}); }, { icon: '+' })));
    }
    const flowsHead = R.nextId('h');
    return el('div', { class: 'replica-page' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, T('save'), save, { kind: 'command', icon: '✔', disabled: !dirty, key: 'save-button' }),
        button(ctx, X('discard'), () => ctx.set({ draft: null, checked: false }), { kind: 'command', icon: '✕', disabled: !dirty })),
      ui.checked ? messageBar(ctx, 'warning', el('span', {}, X('errUri'))) : null,
      dirty ? messageBar(ctx, 'info', el('span', {}, X('unsaved'))) : null,
      el('h3', {}, X('platformConfigurations')),
      el('p', { class: 'replica-help' }, X('platformHelp')),
      button(ctx, X('addPlatform'), () => ctx.set({ pane: 'platform', newPlatform: null, newUri: '' }), { icon: '+' }),
      sections.length ? sections : el('p', { class: 'replica-empty' }, X('noPlatforms')),
      el('h3', {}, X('advancedSettings')),
      el('div', { class: 'replica-field' },
        el('div', { id: flowsHead, class: 'azc-form-label' }, T('allow-public-client-flows')),
        el('p', { class: 'replica-help' }, X('enableFlows')),
        optionsGroup(ctx, { labelledby: flowsHead, key: 'public-client-flows', value: draft.flows ? 'yes' : 'no', onchange: (v) => { draft.flows = v === 'yes'; ctx.set({}); },
          options: [{ value: 'yes', text: T('yes') }, { value: 'no', text: T('no') }] })),
      ui.pane === 'platform' ? platformPane(ctx, app, draft) : null);
  };

  function platformsOf(app) {
    const out = [];
    if (app.web.length || (app.platforms || []).includes('web')) out.push('web');
    if (app.spa.length || (app.platforms || []).includes('spa')) out.push('spa');
    if (app.publicClient.length || (app.platforms || []).includes('publicClient')) out.push('publicClient');
    return out;
  }

  function platformPane(ctx, app, draft) {
    const ui = ctx.ui;
    const close = () => ctx.set({ pane: null });
    const names = { web: T('platform-web'), spa: T('platform-spa'), publicClient: T('platform-public-client', 1) };
    if (!ui.newPlatform) {
      return pane(ctx, { title: X('configurePlatforms'), onClose: close,
        body: el('ul', { class: 'replica-tiles' }, Object.entries(names).map(([k, text]) => el('li', {},
          pressable(el('div', { class: 'replica-tile', role: 'button', tabindex: '0' }, text), () => ctx.set({ newPlatform: k }))))) });
    }
    const configure = () => {
      const uri = (ui.newUri || '').trim();
      if (ui.newPlatform !== 'publicClient' && !validUri(uri)) return ctx.set({ newError: true });
      const next = structuredClone(draft);
      if (uri && !next[ui.newPlatform].includes(uri)) next[ui.newPlatform].push(uri);
      ctx.act({ type: 'save-auth', appId: app.appId, web: next.web.filter(Boolean), spa: next.spa.filter(Boolean), publicClient: next.publicClient.filter(Boolean), flows: next.flows, platform: ui.newPlatform });
      ctx.set({ pane: null, draft: null, newPlatform: null, newUri: '', newError: false });
    };
    return pane(ctx, { title: `${X('configure')}: ${names[ui.newPlatform]}`, onClose: close,
      body: [textbox(ctx, { id: 'new-platform-uri', label: T('redirect-uris'), value: ui.newUri || '', invalid: ui.newError, placeholder: X('uriPlaceholder'), oninput: (v) => { ui.newUri = v; } }),
        ui.newError ? messageBar(ctx, 'warning', el('span', {}, X('errUri'))) : null],
      footer: [button(ctx, X('configure'), configure, { kind: 'primary' }), button(ctx, X('cancel'), close)] });
  }

  views.apiPermissions = (ctx) => {
    const { app, tenant } = ctx.data;
    const ui = ctx.ui;
    const byApi = new Map();
    for (const p of app.permissions) {
      if (!byApi.has(p.api)) byApi.set(p.api, []);
      byApi.get(p.api).push(p);
    }
    const status = (p) => {
      if (p.granted) return el('span', { class: 'replica-status-granted' }, el('span', { class: 'replica-icon', 'aria-hidden': 'true', 'data-glyph': '✓' }), `${T('perm-status-granted')} ${tenant.name}`);
      if (describe(p.name, p.kind).admin) return el('span', { class: 'replica-status-warning' }, el('span', { class: 'replica-icon', 'aria-hidden': 'true', 'data-glyph': '⚠' }), `${X('notGranted')} ${tenant.name}`);
      return '';
    };
    const grant = `${T('grant-admin-consent')} ${tenant.name}`;
    return el('div', { class: 'replica-page' },
      ui.confirm ? messageBar(ctx, 'info', el('strong', {}, X('grantConfirm')), el('span', {}, ' ' + X('grantQuestion', { tenant: tenant.name })),
        el('div', { class: 'replica-row' },
          button(ctx, T('yes'), () => { ctx.act({ type: 'grant-consent', appId: app.appId }); ctx.set({ confirm: false }); }, { kind: 'primary', key: 'consent-confirm-yes' }),
          button(ctx, T('no'), () => ctx.set({ confirm: false })))) : null,
      el('h3', {}, X('configuredPermissions')),
      el('p', { class: 'replica-help' }, X('configuredHelp')),
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, T('add-a-permission'), () => ctx.set({ pane: 'api', api: null, kind: null, filter: '', sel: [], expanded: [] }),
          { kind: 'command', icon: T('add-a-permission').startsWith('+') ? null : '+', key: 'add-a-permission-button' }),
        button(ctx, grant, () => ctx.set({ confirm: true }), { kind: 'command', icon: '✓', key: 'grant-admin-consent-button' })),
      grid(ctx, {
        label: X('configuredPermissions'),
        columns: [{ text: X('colApiName') }, { text: X('colType') }, { text: T('description') }, { text: X('colAdminConsent') }, { text: X('colStatus') }],
        groups: [...byApi.entries()].map(([api, perms]) => ({ title: `${api} (${perms.length})`,
          rows: perms.map((p) => [el('a', { href: '#', class: ctx.react ? 'ms-Link' : 'fxs-fxclick', onclick: (e) => e.preventDefault() }, p.name), typeLabel(p.kind),
            describe(p.name, p.kind).desc, describe(p.name, p.kind).admin ? T('yes') : T('no'), status(p)]) })),
      }),
      ui.pane === 'api' ? requestPane(ctx, app) : null);
  };

  function requestPane(ctx, app) {
    const ui = ctx.ui;
    const close = () => ctx.set({ pane: null });
    let body;
    let footer = null;
    if (!ui.api) {
      const other = ['Azure Rights Management Services', 'Azure Service Management', 'Dynamics 365 Business Central', 'Intune', 'Office 365 Management APIs', 'SharePoint'];
      const titleId = R.nextId('tile');
      const descId = R.nextId('tile');
      body = [
        tabs(ctx, { label: X('selectApi'), value: 'ms', items: [{ value: 'ms', text: X('microsoftApis') }, { value: 'org', text: X('orgApis') }, { value: 'my', text: X('myApis') }] }),
        el('h3', {}, X('commonlyUsed')),
        K('graph-tile', pressable(el('div', { class: 'replica-api-tile replica-api-tile-large', role: 'button', tabindex: '0', 'aria-labelledby': titleId, 'aria-describedby': descId },
          el('div', { class: 'replica-api-tile-title', id: titleId }, GRAPH), el('div', { class: 'replica-help', id: descId }, X('graphDesc'))), () => ctx.set({ api: GRAPH }))),
        el('div', { class: 'replica-api-tiles' }, other.map((name) => el('div', { class: 'replica-api-tile', role: 'button', tabindex: '0' }, name))),
      ];
    } else {
      const q = R.nextId('h');
      const kinds = [['delegated', 'delegated-permissions', 'delegatedDesc', 'delegated-permissions-option'], ['application', 'application-permissions', 'applicationDesc', 'application-permissions-option']];
      body = [
        el('button', { type: 'button', class: 'replica-linkbutton', onclick: () => ctx.set({ api: null, kind: null }) }, '‹ ' + X('allApis')),
        el('div', { class: 'replica-api-header' }, el('strong', {}, GRAPH), ' ', el('a', { href: 'https://learn.microsoft.com/graph/', target: '_blank', rel: 'noopener' }, 'https://graph.microsoft.com/')),
        el('h3', { id: q }, X('whatType')),
        el('div', { role: 'radiogroup', 'aria-labelledby': q, class: 'replica-kinds' }, kinds.map(([kind, label, desc, key]) => {
          const t = R.nextId('kind');
          const d = R.nextId('kind');
          return K(key, pressable(el('div', { class: 'replica-kind', role: 'radio', tabindex: '0', 'aria-checked': String(ui.kind === kind), 'aria-labelledby': t, 'aria-describedby': d },
            el('div', { class: 'replica-kind-title', id: t }, T(label)), el('div', { class: 'replica-help', id: d }, X(desc))),
          () => ctx.set({ kind, filter: '', expanded: [] })));
        })),
      ];
      if (ui.kind) body.push(permissionPicker(ctx, app));
      const chosen = ui.sel || [];
      footer = [button(ctx, T('add-permissions'), () => {
        ctx.act({ type: 'add-permissions', appId: app.appId, api: GRAPH, perms: chosen });
        ctx.set({ pane: null, sel: [] });
      }, { kind: 'primary', disabled: chosen.length === 0, key: 'add-permissions-button' }), button(ctx, X('discard'), close)];
    }
    return pane(ctx, { title: T('request-api-permissions'), body, footer, onClose: close, wide: true });
  }

  function permissionPicker(ctx, app) {
    const ui = ctx.ui;
    const kind = ui.kind;
    const f = (ui.filter || '').trim().toLowerCase();
    const sel = (ui.sel ??= []);
    const has = (name) => sel.some((s) => s.name === name && s.kind === kind) || app.permissions.some((p) => p.name === name && p.kind === kind && p.api === GRAPH);
    const headId = R.nextId('h');
    const groups = CATALOG[kind].map(([g, perms]) => [g, perms.filter((p) => !f || p[0].toLowerCase().includes(f))]).filter(([, perms]) => perms.length);
    return el('div', { class: 'replica-picker' },
      el('h3', { id: headId }, X('selectPermissions')),
      el('button', { type: 'button', class: 'replica-linkbutton', onclick: () => ctx.set({ expanded: CATALOG[kind].map(([g]) => g) }) }, X('expandAll')),
      K('permission-filter', el('input', { type: 'search', id: 'perm-filter', class: ctx.react ? 'ms-SearchBox-field' : 'azc-input', 'aria-label': T('permission-filter'),
        placeholder: T('permission-filter'), value: ui.filter || '', oninput: (e) => ctx.set({ filter: e.target.value }) })),
      el('div', { class: 'replica-picker-head', 'aria-hidden': 'true' }, el('span', {}, X('colPermission')), el('span', {}, X('colAdminConsent'))),
      groups.length === 0 ? el('p', { class: 'replica-empty' }, X('noResults')) : groups.map(([g, perms]) => {
        const open = !!f || (ui.expanded || []).includes(g);
        const listId = `perm-group-${g}`;
        return el('div', { class: 'replica-perm-group' },
          el('button', { type: 'button', class: 'replica-perm-group-header', 'aria-expanded': String(open), 'aria-controls': open ? listId : null,
            onclick: () => ctx.set({ expanded: open ? (ui.expanded || []).filter((x) => x !== g) : [...(ui.expanded || []), g] }) },
          el('span', { class: 'replica-chevron', 'aria-hidden': 'true' }), `${groupName(g)} (${perms.length})`),
          open ? el('div', { id: listId, role: 'group', 'aria-label': groupName(g) }, perms.map(([name, desc, admin]) => {
            const id = `perm-${kind}-${name}`;
            const d = `${id}-desc`;
            return el('div', { class: 'replica-perm' },
              K('permission-checkbox', el('input', { type: 'checkbox', id, checked: has(name), 'aria-describedby': d,
                onchange: (e) => {
                  ui.sel = sel.filter((s) => !(s.name === name && s.kind === kind));
                  if (e.target.checked) ui.sel.push({ name, kind });
                  ctx.set({});
                } })),
              el('label', { for: id, class: 'replica-perm-name' }, name),
              el('span', { id: d, class: 'replica-help' }, desc),
              el('span', { class: 'replica-perm-admin' }, admin ? T('yes') : T('no')));
          })) : null);
      }));
  }

  views.credentials = (ctx) => {
    const { app, revealed } = ctx.data;
    const ui = ctx.ui;
    const tab = ui.tab || 'secrets';
    const secretsLabel = `${T('client-secrets')} (${app.secrets.length})`;
    let content;
    if (tab === 'secrets') {
      content = [
        el('p', { class: 'replica-help' }, X('secretsHelp')),
        el('div', { class: 'replica-commandbar', role: 'toolbar' },
          button(ctx, T('new-client-secret'), () => ctx.set({ pane: 'secret', desc: '', expires: '180', start: '', end: '', endError: false }),
            { kind: 'command', icon: T('new-client-secret').startsWith('+') ? null : '+', key: 'new-client-secret-button' })),
        grid(ctx, {
          label: T('client-secrets'),
          columns: [{ text: T('description') }, { text: T('expires') }, { text: T('secret-value'), key: 'secret-value-column' }, { text: T('secret-id') }, { text: '' }],
          rows: app.secrets.map((s) => {
            const value = revealed && revealed[s.id];
            return [s.description, R.date(s.expires),
              value ? el('span', { class: 'replica-secret' }, el('span', { class: 'replica-secret-value' }, value), copyButton(ctx, value)) : el('span', { class: 'replica-secret-masked' }, R.maskSecret(s.hint)),
              el('span', { class: 'replica-secret' }, el('span', {}, s.id), copyButton(ctx, s.id)),
              el('button', { type: 'button', class: 'replica-icon-button', 'aria-label': X('delete'), title: X('delete'), onclick: () => ctx.act({ type: 'delete-secret', appId: app.appId, id: s.id }) }, '✕')];
          }),
          empty: X('noSecrets'),
        }),
      ];
    } else {
      content = [el('p', { class: 'replica-empty' }, tab === 'certs' ? X('noCertificates') : X('noResults'))];
    }
    return el('div', { class: 'replica-page' },
      messageBar(ctx, 'info', el('span', {}, X('secretOnce'))),
      tabs(ctx, { label: T('certificates-secrets'), value: tab, onchange: (v) => ctx.set({ tab: v }),
        items: [{ value: 'certs', text: `${X('certificatesTab')} (0)` }, { value: 'secrets', text: secretsLabel }, { value: 'federated', text: `${X('federatedTab')} (0)` }] }),
      content,
      ui.pane === 'secret' ? secretPane(ctx, app) : null);
  }

  function secretPane(ctx, app) {
    const ui = ctx.ui;
    const close = () => ctx.set({ pane: null });
    const add = () => {
      const action = { type: 'add-secret', appId: app.appId, description: (ui.desc || '').trim() };
      if (ui.expires === 'custom') {
        const s = Date.parse(ui.start);
        const e = Date.parse(ui.end);
        // At most 24 months (domain.md §5).
        if (!(e > s) || e - s > 731 * 86400000) return ctx.set({ endError: true });
        action.start = ui.start;
        action.end = ui.end;
      } else action.days = Number(ui.expires);
      ctx.act(action);
      ctx.set({ pane: null });
    };
    const today = new Date().toISOString().slice(0, 10);
    return pane(ctx, { title: T('add-a-client-secret'), onClose: close,
      body: [
        textbox(ctx, { id: 'secret-desc', label: T('description'), value: ui.desc || '', key: 'secret-description-input', oninput: (v) => { ui.desc = v; } }),
        dropdown(ctx, { id: 'secret-expires', label: T('expires'), value: ui.expires || '180', key: 'secret-expires-select', onchange: (v) => ctx.set({ expires: v, start: ui.start || today }),
          options: [['180', 'exp180'], ['90', 'exp90'], ['365', 'exp365'], ['545', 'exp545'], ['730', 'exp730'], ['custom', 'expCustom']].map(([value, key]) => ({ value, text: X(key) })) }),
        ui.expires === 'custom' ? el('div', { class: 'replica-row' },
          textbox(ctx, { id: 'secret-start', type: 'date', label: X('start'), value: ui.start || today, oninput: (v) => { ui.start = v; } }),
          textbox(ctx, { id: 'secret-end', type: 'date', label: X('end'), value: ui.end || '', invalid: ui.endError, oninput: (v) => { ui.end = v; } })) : null,
        ui.endError ? messageBar(ctx, 'warning', el('span', {}, X('errEnd'))) : null,
      ],
      footer: [button(ctx, T('add'), add, { kind: 'primary', key: 'secret-add-button' }), button(ctx, X('cancel'), close)] });
  }

  views.enterpriseList = (ctx) => {
    const { sps } = ctx.data;
    const f = (ctx.ui.filter || '').toLowerCase();
    const shown = sps.filter((s) => !f || s.name.toLowerCase().includes(f) || s.objectId.includes(f) || s.appId.includes(f));
    return el('div', { class: 'replica-page' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, X('newApplication'), () => {}, { kind: 'command', icon: '+' }),
        button(ctx, X('refresh'), () => ctx.set({}), { kind: 'command', icon: '↻' })),
      K('list-search', el('input', { type: 'search', id: 'sp-filter', class: ctx.react ? 'ms-SearchBox-field' : 'azc-input', 'aria-label': X('searchApps'), placeholder: X('searchApps'),
        value: ctx.ui.filter || '', oninput: (e) => ctx.set({ filter: e.target.value }) })),
      grid(ctx, {
        label: T('all-applications'),
        columns: [{ text: T('name') }, { text: T('object-id') }, { text: X('colAppId') }, { text: X('colHomepage') }, { text: X('createdOn') }],
        rows: shown.map((s) => [K('list-row-link', link(ctx, s.name, hashes.sp(s))), s.objectId, s.appId, s.homepage || '', R.date(s.created)]),
        empty: X('noResults'),
      }));
  };

  views.enterpriseOverview = (ctx) => {
    const { sp } = ctx.data;
    return el('div', { class: 'replica-page' },
      el('h3', {}, T('properties')),
      essentials(ctx, [
        { label: T('name'), value: sp.name },
        { label: X('colAppId'), value: sp.appId, copy: sp.appId },
        { label: T('object-id'), value: sp.objectId, copy: sp.objectId, key: 'essentials-object-id' },
      ]));
  };

  views.enterpriseProperties = (ctx) => {
    const { sp } = ctx.data;
    const ui = ctx.ui;
    const saved = { enabled: sp.enabled, assignmentRequired: sp.assignmentRequired, visible: sp.visible };
    const draft = (ui.draft ??= { ...saved });
    const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
    const yesNo = (labelText, field, key) => {
      const h = R.nextId('h');
      return el('div', { class: 'replica-field' }, el('div', { id: h, class: 'azc-form-label' }, labelText),
        optionsGroup(ctx, { labelledby: h, key, value: draft[field] ? 'yes' : 'no', onchange: (v) => { draft[field] = v === 'yes'; ctx.set({}); },
          options: [{ value: 'yes', text: T('yes') }, { value: 'no', text: T('no') }] }));
    };
    return el('div', { class: 'replica-page replica-form' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, T('save'), () => { ctx.act({ type: 'save-sp', objectId: sp.objectId, ...draft }); ui.draft = null; }, { kind: 'command', icon: '✔', disabled: !dirty, key: 'save-button' }),
        button(ctx, X('discard'), () => ctx.set({ draft: null }), { kind: 'command', icon: '✕', disabled: !dirty }),
        button(ctx, X('delete'), () => {}, { kind: 'command', icon: '✕' })),
      dirty ? messageBar(ctx, 'info', el('span', {}, X('unsaved'))) : null,
      yesNo(T('enabled-for-users'), 'enabled', 'enabled-for-users'),
      textbox(ctx, { id: 'sp-name', label: T('name'), value: sp.name, readonly: true }),
      textbox(ctx, { id: 'sp-home', label: X('colHomepage'), value: sp.homepage || '', readonly: true }),
      textbox(ctx, { id: 'sp-appid', label: X('colAppId'), value: sp.appId, readonly: true }),
      textbox(ctx, { id: 'sp-objid', label: T('object-id'), value: sp.objectId, readonly: true }),
      yesNo(X('assignmentRequired'), 'assignmentRequired'),
      yesNo(X('visibleToUsers'), 'visible'));
  };

  views.enterprisePermissions = (ctx) => {
    const { sp, tenant } = ctx.data;
    const tab = ctx.ui.tab || 'admin';
    const grants = (sp.grants || []).filter((g) => (tab === 'admin' ? g.by === 'admin' : g.by === 'user'));
    return el('div', { class: 'replica-page' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' }, button(ctx, X('refresh'), () => ctx.set({}), { kind: 'command', icon: '↻' })),
      el('h3', {}, T('permissions')),
      el('p', { class: 'replica-help' }, X('grantedPermsHelp')),
      button(ctx, `${T('grant-admin-consent')} ${tenant.name}`, () => ctx.act({ type: 'open-consent', objectId: sp.objectId }), { kind: 'primary', key: 'grant-admin-consent-button' }),
      tabs(ctx, { label: T('permissions'), value: tab, onchange: (v) => ctx.set({ tab: v }), items: [{ value: 'admin', text: X('adminConsentTab') }, { value: 'user', text: X('userConsentTab') }] }),
      grid(ctx, {
        label: T('permissions'),
        columns: [{ text: X('colApi') }, { text: X('colPermission') }, { text: X('colType') }, { text: X('colGrantedThrough') }],
        rows: grants.map((g) => [g.api, g.name, typeLabel(g.kind), g.by === 'admin' ? X('adminConsentTab') : X('userConsentTab')]),
        empty: X('noGrants'),
      }));
  };

  views.users = (ctx) => {
    const { users } = ctx.data;
    const f = (ctx.ui.filter || '').toLowerCase();
    const shown = users.filter((u) => !f || u.name.toLowerCase().includes(f) || u.upn.toLowerCase().includes(f));
    return el('div', { class: 'replica-page' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, X('newUser'), () => {}, { kind: 'command', icon: '+' }),
        button(ctx, X('refresh'), () => ctx.set({}), { kind: 'command', icon: '↻' })),
      K('list-search', el('input', { type: 'search', id: 'user-filter', class: ctx.react ? 'ms-SearchBox-field' : 'azc-input', 'aria-label': T('search-list'), placeholder: T('search-list'),
        value: ctx.ui.filter || '', oninput: (e) => ctx.set({ filter: e.target.value }) })),
      grid(ctx, {
        label: T('all-users'),
        columns: [{ text: X('displayName') }, { text: X('colUpn') }, { text: X('colUserType') }],
        rows: shown.map((u) => [K('list-row-link', link(ctx, u.name, hashes.user(u))), u.upn, X('member')]),
        empty: X('noResults'),
      }));
  };

  views.userProfile = (ctx) => {
    const { user } = ctx.data;
    return el('div', { class: 'replica-page' },
      tabs(ctx, { label: user.name, value: 'overview', items: [{ value: 'overview', text: T('overview') }, { value: 'properties', text: T('properties') }] }),
      el('h3', {}, X('basicInfo')),
      essentials(ctx, [
        { label: X('displayName'), value: user.name },
        { label: X('colUpn'), value: user.upn, copy: user.upn },
        { label: T('object-id'), value: user.objectId, copy: user.objectId, key: 'essentials-object-id' },
        { label: X('createdDateTime'), value: R.date(user.created) },
        { label: X('colUserType'), value: X('member') },
      ]));
  };

  views.consentSettings = (ctx) => {
    const { consent } = ctx.data;
    const ui = ctx.ui;
    const value = ui.value ?? consent;
    const h = R.nextId('h');
    return el('div', { class: 'replica-page replica-form' },
      el('div', { class: 'replica-commandbar', role: 'toolbar' },
        button(ctx, T('save'), () => { ctx.act({ type: 'save-consent', value }); ui.value = undefined; }, { kind: 'command', icon: '✔', disabled: value === consent, key: 'save-button' }),
        button(ctx, X('discard'), () => ctx.set({ value: undefined }), { kind: 'command', icon: '✕', disabled: value === consent })),
      el('p', { class: 'replica-help' }, X('consentHelp')),
      el('h3', { id: h }, T('user-consent-for-apps')),
      radios(ctx, { labelledby: h, name: 'user-consent', key: 'user-consent-options', value, onchange: (v) => ctx.set({ value: v }),
        options: [{ value: 'none', text: X('consentNone') }, { value: 'verified', text: X('consentVerified') }, { value: 'all', text: X('consentAll') }] }));
  };

  /**
   * Draws `view` into `container` and redraws it on ctx.set / redraw(). After a redraw that
   * replaces nodes, the element that had focus (found again by its id) gets focus and caret back.
   */
  function mount(container, view, { react, getData, act, nav, href }) {
    const ctx = { react, ui: {}, act, nav, href, get data() { return getData(); }, set(patch) { Object.assign(ctx.ui, patch); redraw(); } };
    // 'morph' keeps the nodes that stay (React, Knockout bindings); 'replace' draws new ones.
    function redraw(mode = 'morph') {
      const active = document.activeElement;
      const focusId = active && container.contains(active) ? active.id : null;
      const caret = focusId && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
      R.beginScope(view);
      let node;
      try {
        node = views[view](ctx);
      } catch (e) {
        console.error(e);
        node = el('pre', { class: 'replica-error' }, String(e && e.stack || e));
      }
      const old = container.firstElementChild;
      if (mode === 'morph' && old && old.nodeName === node.nodeName) {
        R.morph(old, node);
        return;
      }
      container.replaceChildren(node);
      if (focusId) {
        const again = document.getElementById(focusId);
        if (again) {
          again.focus();
          if (caret) try { again.setSelectionRange(...caret); } catch { /* not a text input */ }
        }
      }
    }
    return { ctx, redraw };
  }

  R.views = views;
  R.hashes = hashes;
  R.mount = mount;
  R.catalog = CATALOG;
  R.describePermission = describe;
})();
