// Replica of the Azure portal's top document (the Knockout "Ibiza" shell): a journey of blades
// chosen by the URL hash (deep links of domain.md §8, with the legacy #blade/ form and the
// #@tenant/ prefix), labels in the portal's language (?l=pl.pl-pl, domain.md §10), some pages
// drawn here and some in cross-origin React view iframes (*.reactblade.portal.azure.net), drawn
// late and redrawn as the real portal does (domain.md §9).
//
// The top document owns the store (localStorage, or memory where storage is blocked); frames
// get their data in their URL and by postMessage, and post their actions here.
(() => {
  'use strict';
  const R = window.Replica;
  const { T, X, el, K, knobs, lang, hashes } = R;
  const params = new URLSearchParams(location.search);
  document.documentElement.lang = lang;

  // --- Store ------------------------------------------------------------------------------------
  const KEY = 'replica-store-v2';
  const GRAPH = 'Microsoft Graph';
  const TENANT = { id: '0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b', name: 'Contoso', domain: 'contoso.onmicrosoft.com' };
  // The seeded app's ids are the preview site's sandbox values (crate/www/src/guide_page.rs).
  function seed() {
    return {
      v: 2,
      tenant: TENANT,
      consent: 'verified',
      apps: [{
        name: 'Contoso Mail', appId: '8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35', objectId: 'e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f', audience: 'AzureADMyOrg',
        created: '2024-03-11T09:30:00Z', web: ['https://mail.contoso.com/signin-oidc'], spa: [], publicClient: [], platforms: ['web'], publicClientFlows: false,
        permissions: [{ api: GRAPH, name: 'User.Read', kind: 'delegated', granted: false }], secrets: [], sp: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
      }],
      sps: [
        { objectId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', appId: '8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35', name: 'Contoso Mail', enabled: true, assignmentRequired: false, visible: true, homepage: '', created: '2024-03-11T09:30:00Z', grants: [] },
        // A third party's multitenant app, present once someone started signing in to it (Comarch DMS
        // asks for delegated mail access: domain.md §7).
        { objectId: '3c9e8d7f-6a5b-4c4d-9e2f-1a0b9c8d7e6f', appId: 'b7e2c6a4-1d3f-4a8e-9b5c-2e7f1a6d3c9b', name: 'Comarch DMS', enabled: true, assignmentRequired: false, visible: true, homepage: 'https://www.comarch.pl/dms/', created: '2025-01-20T08:15:00Z', grants: [],
          requests: ['IMAP.AccessAsUser.All', 'SMTP.Send', 'offline_access', 'openid', 'profile', 'email', 'User.Read'].map((name) => ({ api: GRAPH, name, kind: 'delegated' })) },
        { objectId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', appId: '14d82eec-204b-4c2f-b7e8-296a70dab67e', name: 'Microsoft Graph Command Line Tools', enabled: true, assignmentRequired: false, visible: true, homepage: '', created: '2023-06-02T12:00:00Z', grants: [] },
      ],
      users: [
        { objectId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Adele Vance', upn: 'adelev@contoso.onmicrosoft.com', created: '2023-05-04T10:00:00Z' },
        { objectId: '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a', name: 'Helpdesk', upn: 'helpdesk@contoso.onmicrosoft.com', created: '2023-05-04T10:05:00Z' },
        { objectId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', name: 'Jan Kowalski', upn: 'jan.kowalski@contoso.onmicrosoft.com', created: '2024-01-15T07:45:00Z' },
        { objectId: '4d5e6f7a-8b9c-4d0e-af1b-2c3d4e5f6a7b', name: 'Petra Nováková', upn: 'petra.novakova@contoso.onmicrosoft.com', created: '2024-02-20T13:30:00Z' },
      ],
    };
  }
  let memory = null;
  function load() {
    try {
      const s = localStorage.getItem(KEY);
      if (s) return JSON.parse(s);
    } catch { /* storage blocked (a third-party frame): memory */ }
    return memory || (memory = seed());
  }
  function save(store) {
    memory = store;
    try { localStorage.setItem(KEY, JSON.stringify(store)); } catch { /* memory only */ }
  }
  if (knobs.reset) try { localStorage.removeItem(KEY); } catch { /* nothing stored */ }
  let store = load();
  // Secret values are shown only until the admin leaves the page (domain.md §5): memory only.
  let revealed = { appId: null, values: {} };

  // --- Pages ------------------------------------------------------------------------------------
  const crumbs = {
    entra: () => [T('entra-id'), hashes.entra()],
    appRegs: () => [T('app-registrations'), hashes.appList()],
    enterprise: () => [X('enterpriseApps'), hashes.enterpriseList()],
    users: () => [X('users'), hashes.users()],
  };
  const group = (label) => ({ group: label });
  const BLADES = {
    home: { title: () => X('home'), view: 'home', crumbs: [] },
    'Microsoft_AAD_IAM/ActiveDirectoryMenuBlade': { title: (d, s) => `${d.tenant.name} | ${s.label()}`, crumbs: [], dflt: 'Overview', menu: [
      { id: 'Overview', label: () => T('overview'), view: 'entraOverview' },
      group(() => X('manage')),
      { id: 'Users', label: () => X('users'), link: hashes.users },
      { id: 'Groups', label: () => X('groups') },
      { id: 'RegisteredApps', label: () => T('app-registrations'), view: 'appList' },
      { id: 'EnterpriseApps', label: () => X('enterpriseApps'), link: hashes.enterpriseList },
    ] },
    'Microsoft_AAD_RegisteredApps/ApplicationsListBlade': { title: () => T('app-registrations'), view: 'appList', crumbs: [crumbs.entra] },
    'Microsoft_AAD_RegisteredApps/CreateApplicationBlade': { title: () => T('register-an-application'), view: 'newRegistration', crumbs: [crumbs.entra, crumbs.appRegs] },
    'Microsoft_AAD_RegisteredApps/ApplicationMenuBlade': { subject: 'app', title: (d, s) => `${d.app.name} | ${s.label()}`, crumbs: [crumbs.entra, crumbs.appRegs], dflt: 'Overview', menu: [
      { id: 'Overview', label: () => T('overview'), view: 'overview', key: 'menu-overview' },
      { id: 'Quickstart', label: () => X('quickstart') },
      { id: 'IntegrationAssistant', label: () => X('integrationAssistant') },
      group(() => X('manage')),
      { id: 'Branding', label: () => X('brandingProperties') },
      { id: 'Authentication', label: () => T('authentication'), view: 'authentication', key: 'menu-authentication' },
      { id: 'Credentials', label: () => T('certificates-secrets'), view: 'credentials', key: 'menu-certificates-secrets' },
      { id: 'TokenConfiguration', label: () => X('tokenConfiguration') },
      { id: 'CallAnAPI', label: () => T('api-permissions'), view: 'apiPermissions', key: 'menu-api-permissions' },
      { id: 'ExposeAnAPI', label: () => X('exposeApi') },
      { id: 'AppRoles', label: () => X('appRoles') },
      { id: 'Owners', label: () => X('owners') },
      { id: 'Manifest', label: () => X('manifest') },
    ] },
    'Microsoft_AAD_IAM/StartboardApplicationsMenuBlade': { title: (d, s) => `${X('enterpriseApps')} | ${s.label()}`, crumbs: [crumbs.entra], dflt: 'AppAppsPreview', menu: [
      { id: 'Overview', label: () => T('overview') },
      group(() => X('manage')),
      { id: 'AppAppsPreview', label: () => T('all-applications'), view: 'enterpriseList' },
      group(() => X('security')),
      { id: 'ConsentPolicies', label: () => X('consentAndPermissions'), link: hashes.consent },
    ] },
    'Microsoft_AAD_IAM/ManagedAppMenuBlade': { subject: 'sp', title: (d, s) => `${d.sp.name} | ${s.label()}`, crumbs: [crumbs.entra, crumbs.enterprise], dflt: 'Overview', menu: [
      { id: 'Overview', label: () => T('overview'), view: 'enterpriseOverview', key: 'menu-overview' },
      group(() => X('manage')),
      { id: 'Properties', label: () => T('properties'), view: 'enterpriseProperties', key: 'menu-properties' },
      { id: 'Owners', label: () => X('owners') },
      { id: 'UsersAndGroups', label: () => X('usersAndGroups') },
      { id: 'SingleSignOn', label: () => X('singleSignOn') },
      group(() => X('security')),
      { id: 'Permissions', label: () => T('permissions'), view: 'enterprisePermissions', key: 'menu-permissions' },
    ] },
    'Microsoft_AAD_UsersAndTenants/UserManagementMenuBlade': { title: () => T('all-users', 1), crumbs: [crumbs.entra], dflt: 'AllUsers', menu: [
      { id: 'AllUsers', label: () => T('all-users'), view: 'users' },
      { id: 'AuditLogs', label: () => X('auditLogs') },
      { id: 'SignInLogs', label: () => X('signInLogs') },
    ] },
    'Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade': { subject: 'user', title: (d, s) => `${d.user.name} | ${s.label()}`, crumbs: [crumbs.entra, crumbs.users], dflt: 'overview', menu: [
      { id: 'overview', label: () => T('overview'), view: 'userProfile', key: 'menu-overview' },
      { id: 'AuditLogs', label: () => X('auditLogs') },
      { id: 'SignInLogs', label: () => X('signInLogs') },
      { id: 'AssignedRoles', label: () => X('assignedRoles') },
      { id: 'Groups', label: () => X('groups') },
    ] },
    'Microsoft_AAD_IAM/ConsentPoliciesMenuBlade': { title: (d, s) => `${X('consentAndPermissions')} | ${s.label()}`, crumbs: [crumbs.entra, crumbs.enterprise], dflt: 'UserSettings', menu: [
      { id: 'UserSettings', label: () => T('user-consent-settings'), view: 'consentSettings' },
      { id: 'AdminConsentSettings', label: () => X('adminConsentSettings') },
      { id: 'PermissionClassifications', label: () => X('permissionClassifications') },
    ] },
  };
  const bladeOf = (name) => Object.entries(BLADES).find(([k]) => k.toLowerCase() === String(name).toLowerCase());

  // Which pages are React views in reactblade frames (domain.md §9: both kinds exist; which one
  // a page is today is not known). replica-frames=none|all|<view>,<view> changes it.
  const DEFAULT_FRAMES = ['appList', 'apiPermissions', 'enterpriseList', 'userProfile'];
  const ALL_VIEWS = ['home', 'entraOverview', 'appList', 'newRegistration', 'overview', 'authentication', 'apiPermissions', 'credentials', 'enterpriseList',
    'enterpriseOverview', 'enterpriseProperties', 'enterprisePermissions', 'users', 'userProfile', 'consentSettings'];
  const framed = new Set(knobs.frames === null ? DEFAULT_FRAMES : knobs.frames === 'all' ? ALL_VIEWS : knobs.frames === 'none' ? [] : knobs.frames.split(','));

  function subjectOf(kind, route) {
    const p = Object.fromEntries(Object.entries(route.params || {}).map(([k, v]) => [k.toLowerCase(), String(v).toLowerCase()]));
    if (kind === 'app') return store.apps.find((a) => (p.appid && a.appId === p.appid) || (!p.appid && p.objectid && a.objectId === p.objectid));
    if (kind === 'sp') return store.sps.find((s) => (p.objectid && s.objectId === p.objectid) || (!p.objectid && p.appid && s.appId === p.appid));
    if (kind === 'user') return store.users.find((u) => p.userid && u.objectId === p.userid);
    return null;
  }

  /** What a view shows: the store's parts it needs (and the revealed secrets, never in a URL). */
  function dataFor(shown, withSecrets = true) {
    const d = { tenant: store.tenant, consent: store.consent, apps: store.apps, sps: store.sps, users: store.users };
    if (shown.subjectKind) d[shown.subjectKind] = subjectOf(shown.subjectKind, shown.route);
    if (d.app) {
      d.sp = store.sps.find((s) => s.objectId === d.app.sp);
      d.revealed = withSecrets && revealed.appId === d.app.appId ? revealed.values : {};
    }
    return d;
  }

  // --- Drawing ----------------------------------------------------------------------------------
  const journey = document.getElementById('journey');
  let shown = null; // { hash, route, def, section, subjectKind, blade: Element, body, mount, frame }
  let generation = 0;
  let menuFilter = '';

  function sectionHash(s, id) {
    const subject = s.subjectKind && subjectOf(s.subjectKind, s.route);
    if (s.subjectKind === 'app') return hashes.app(subject, id);
    if (s.subjectKind === 'sp') return hashes.sp(subject, id);
    if (s.subjectKind === 'user') return hashes.user(subject).replace('/~/overview/', `/~/${id}/`);
    return `#view/${s.bladeName}/~/${id}`;
  }

  function header(s, data) {
    const title = s.def.title(data, { label: () => (s.section ? s.section.label() : '') });
    const trail = [[X('home'), '#home'], ...s.def.crumbs.map((c) => c())];
    return el('header', { class: 'fxs-blade-header' },
      el('nav', { class: 'fxs-breadcrumb', 'aria-label': 'Breadcrumb' }, el('ol', {}, trail.map(([text, hash]) => el('li', {}, el('a', { href: hash }, text))))),
      el('div', { class: 'fxs-blade-title' }, el('h2', { class: 'fxs-blade-title-titleText' }, title)));
  }

  function menu(s) {
    const items = s.def.menu;
    if (!items) return null;
    const f = menuFilter.toLowerCase();
    const list = el('ul', { class: 'fxc-menu-listView', role: 'tree', 'aria-label': s.def.title(dataFor(s), { label: () => '' }).replace(/ \| $/, '') });
    for (const it of items) {
      if (it.group) { if (!f) list.append(el('li', { class: 'fxc-menu-group', role: 'presentation' }, it.group())); continue; }
      const label = it.label();
      if (f && !label.toLowerCase().includes(f)) continue;
      const selected = s.section && s.section.id === it.id;
      const hash = it.link ? it.link() : sectionHash(s, it.id);
      const a = el('a', { class: 'fxc-menu-listView-item-link', href: hash, 'data-telemetryname': `Menu-${it.id}`, 'aria-current': selected ? 'page' : null,
        onclick: (e) => { e.preventDefault(); navigate(hash); } }, label);
      if (it.key) { K(it.key, a); if (knobs.missing.has(it.key)) continue; }
      list.append(el('li', { class: 'fxc-menu-listView-item', role: 'treeitem', 'aria-selected': String(!!selected) }, a));
    }
    const search = el('input', { type: 'search', id: 'menu-search', class: 'fxc-menu-search azc-input', 'aria-label': X('menuSearch'), placeholder: X('menuSearch'), value: menuFilter,
      oninput: (e) => { menuFilter = e.target.value; redrawShell(); } });
    return el('div', { class: 'fxc-menu' }, search, list);
  }

  const REACT_NAME = (view) => (view === 'appList' ? 'ApplicationsList' : view[0].toUpperCase() + view.slice(1));
  function reactFrame(view, data, active = true) {
    const name = REACT_NAME(view);
    const q = new URLSearchParams({ l: params.get('l') || 'en' });
    for (const [k, v] of params) if (k.startsWith('replica-') && k !== 'replica-reset') q.set(k, v);
    q.set('origin', location.origin);
    q.set('data', JSON.stringify(data));
    return el('iframe', { class: `fxs-reactview-frame${active ? ' fxs-reactview-frame-active' : ''}`, title: name, name: `reactview-${name}`,
      sandbox: 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox', allow: 'clipboard-write',
      src: `https://${name.toLowerCase()}.reactblade.portal.azure.net/view/${name}?${q}` });
  }

  /** The part of a view's data its frame's URL carries (the rest comes by postMessage). */
  function urlData(view, s) {
    const d = dataFor(s, false);
    const pick = (o, keys) => Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, o[k]]));
    const out = pick(d, ['tenant', 'consent', 'app', 'sp', 'user', 'revealed']);
    if (view === 'appList') out.apps = d.apps.map((a) => ({ ...pick(a, ['name', 'appId', 'objectId', 'audience', 'created']), secrets: a.secrets.map((x) => ({ id: x.id })) }));
    if (view === 'enterpriseList') out.sps = d.sps.map((x) => pick(x, ['name', 'objectId', 'appId', 'homepage', 'created']));
    if (view === 'users') out.users = d.users;
    return out;
  }

  function drawBody(s) {
    const view = s.section ? s.section.view || 'placeholder' : s.def.view;
    s.body.replaceChildren();
    s.mount = null;
    s.frame = null;
    if (framed.has(view)) {
      s.frame = reactFrame(view, urlData(view, s));
      s.body.classList.add('fxs-blade-body-react');
      s.body.append(s.frame);
    } else {
      s.body.classList.remove('fxs-blade-body-react');
      const container = el('div', { class: 'fxs-part-content' });
      s.body.append(container);
      s.mount = R.mount(container, view, { react: false, getData: () => dataFor(s), act: apply, nav: navigate, href: (h) => h });
      s.mount.redraw();
    }
  }

  /** Redraws the blade's header and menu: morphed in place, or new nodes ('replace'). */
  function redrawShell(mode = 'morph') {
    if (!shown || !shown.blade) return;
    const data = dataFor(shown);
    R.beginScope('shell');
    const h = header(shown, data);
    const oldHeader = shown.blade.querySelector(':scope > header');
    if (mode === 'morph') R.morph(oldHeader, h); else oldHeader.replaceWith(h);
    shown.blade.setAttribute('aria-label', h.querySelector('h2').textContent);
    const old = shown.blade.querySelector(':scope > .fxs-blade-content > .fxc-menu');
    const m = menu(shown);
    const focused = document.activeElement && document.activeElement.id === 'menu-search';
    if (old && m) { if (mode === 'morph') R.morph(old, m); else old.replaceWith(m); }
    if (focused && mode !== 'morph') { const again = document.getElementById('menu-search'); again.focus(); again.setSelectionRange(menuFilter.length, menuFilter.length); }
  }

  /** Everything after a store change: the shell, a Knockout body, and the frames' data. */
  function refresh() {
    if (!shown || !shown.blade) return;
    if (shown.subjectKind && !subjectOf(shown.subjectKind, shown.route)) return show(location.hash, true);
    redrawShell();
    if (shown.mount) shown.mount.redraw();
    if (shown.frame) postData(shown.frame, shown);
  }

  function postData(frame, s) {
    try { frame.contentWindow.postMessage({ type: 'replica-data', data: dataFor(s) }, new URL(frame.src).origin); } catch { /* not loaded yet: it asks when ready */ }
  }

  function resolve(hash) {
    const route = R.parseHash(hash) || { blade: 'home', section: null, params: {} };
    const found = bladeOf(route.blade) || ['home', BLADES.home];
    const [bladeName, def] = found;
    const s = { hash, route, def, bladeName, subjectKind: def.subject || null };
    if (def.menu) {
      const want = (route.section || def.dflt).toLowerCase();
      const it = def.menu.find((m) => m.id && m.id.toLowerCase() === want);
      s.section = it ? { id: it.id, label: it.label, view: it.view || 'placeholder' } : { id: route.section, label: () => route.section, view: 'placeholder' };
    }
    return s;
  }

  function show(hash, immediate = false) {
    const next = resolve(hash);
    // Leaving the page hides the secret values for good (domain.md §5).
    if (!(next.subjectKind === 'app' && next.section && next.section.id === 'Credentials' && subjectOf('app', next.route)?.appId === revealed.appId)) revealed = { appId: null, values: {} };
    const same = shown && shown.blade && shown.bladeName === next.bladeName && next.def.menu &&
      (!next.subjectKind || subjectOf(next.subjectKind, next.route) === subjectOf(shown.subjectKind, shown.route));
    const gen = ++generation;
    if (same) {
      // A menu click: the blade stays, its content is drawn late.
      Object.assign(shown, { hash, route: next.route, section: next.section });
      redrawShell();
      shown.body.replaceChildren(el('div', { class: 'fxs-part-loading', role: 'progressbar', 'aria-label': X('loading') }));
      shown.mount = null;
      shown.frame = null;
      setTimeout(() => { if (gen === generation) drawBody(shown); }, immediate ? 0 : knobs.delay);
      return;
    }
    journey.replaceChildren();
    shown = null;
    menuFilter = '';
    const draw = () => {
      if (gen !== generation) return;
      const s = next;
      if (s.subjectKind && !subjectOf(s.subjectKind, s.route)) {
        shown = null;
        journey.replaceChildren(el('section', { class: 'fxs-blade', role: 'region', 'aria-label': X('notFound') },
          el('header', { class: 'fxs-blade-header' }, el('h2', { class: 'fxs-blade-title-titleText' }, X('notFound'))),
          el('div', { class: 'fxs-blade-content' }, el('div', { class: 'fxs-blade-body' }, el('p', { class: 'replica-empty' }, X('notFound'))))));
        return;
      }
      const data = dataFor(s);
      R.beginScope('shell');
      s.body = el('div', { class: 'fxs-blade-body' });
      const h = header(s, data);
      s.blade = el('section', { class: 'fxs-blade fxs-blade-maximized', role: 'region', 'aria-label': h.querySelector('h2').textContent, 'data-blade': s.bladeName },
        h, el('div', { class: 'fxs-blade-content' }, menu(s), s.body));
      shown = s;
      journey.replaceChildren(s.blade);
      drawBody(s);
    };
    // The real portal draws blades late, after its own scripts load: so do we.
    setTimeout(draw, immediate ? 0 : knobs.delay);
  }

  /** Goes to a page; with replica-url-lag the page changes first and the URL follows later. */
  function navigate(hash) {
    if (knobs.urlLag > 0 && hash !== location.hash) {
      show(hash);
      setTimeout(() => { if (shown && shown.hash === hash) history.pushState(null, '', hash); }, knobs.urlLag);
      return;
    }
    location.hash = hash;
  }

  window.addEventListener('hashchange', () => {
    if (shown && shown.hash === location.hash) return;
    show(location.hash);
  });
  window.addEventListener('popstate', () => { if (!shown || shown.hash !== location.hash) show(location.hash); });
  // Another tab changed the store.
  window.addEventListener('storage', (e) => { if (e.key === KEY) { store = load(); refresh(); } });

  // --- Actions ----------------------------------------------------------------------------------
  function notify(text) {
    const box = document.getElementById('notifications');
    const toast = el('div', { class: 'fxs-toast', role: 'status' }, text);
    box.replaceChildren(toast);
    setTimeout(() => toast.remove(), 4000);
  }

  const appById = (appId) => store.apps.find((a) => a.appId === appId);
  function apply(action) {
    const a = action || {};
    switch (a.type) {
      case 'navigate':
        return navigate(a.hash);
      case 'register': {
        const now = new Date().toISOString();
        const app = { name: String(a.name).trim(), appId: R.guid(), objectId: R.guid(), audience: a.audience, created: now, web: [], spa: [], publicClient: [],
          platforms: a.platform ? [a.platform] : [], publicClientFlows: false,
          // A new registration asks for Microsoft Graph User.Read (delegated) by default.
          permissions: [{ api: GRAPH, name: 'User.Read', kind: 'delegated', granted: false }], secrets: [], sp: R.guid() };
        if (a.platform && a.uri && a.uri.trim()) app[a.platform].push(a.uri.trim());
        store.apps.push(app);
        store.sps.push({ objectId: app.sp, appId: app.appId, name: app.name, enabled: true, assignmentRequired: false, visible: true, homepage: '', created: now, grants: [] });
        save(store);
        notify(X('notifCreated', { name: app.name }));
        return navigate(hashes.app(app, 'Overview'));
      }
      case 'save-auth': {
        const app = appById(a.appId);
        if (!app) return;
        Object.assign(app, { web: a.web, spa: a.spa, publicClient: a.publicClient, publicClientFlows: !!a.flows });
        if (a.platform && !(app.platforms ||= []).includes(a.platform)) app.platforms.push(a.platform);
        save(store);
        notify(X('notifUpdated', { name: app.name }));
        break;
      }
      case 'add-permissions': {
        const app = appById(a.appId);
        if (!app) return;
        for (const p of a.perms || []) {
          if (!app.permissions.some((q) => q.api === a.api && q.name === p.name && q.kind === p.kind)) app.permissions.push({ api: a.api, name: p.name, kind: p.kind, granted: false });
        }
        save(store);
        notify(X('notifPermsAdded', { name: app.name }));
        break;
      }
      case 'grant-consent': {
        const app = appById(a.appId);
        if (!app) return;
        for (const p of app.permissions) p.granted = true;
        const sp = store.sps.find((s) => s.objectId === app.sp);
        if (sp) sp.grants = app.permissions.map((p) => ({ api: p.api, name: p.name, kind: p.kind, by: 'admin' }));
        save(store);
        notify(X('notifGranted'));
        break;
      }
      case 'add-secret': {
        const app = appById(a.appId);
        if (!app) return;
        const value = R.secretValue();
        const created = new Date();
        const expires = a.days ? new Date(created.getTime() + a.days * 86400000) : new Date(a.end);
        const secret = { description: a.description || '', id: R.guid(), hint: value.slice(0, 3), created: created.toISOString(), expires: expires.toISOString() };
        app.secrets.push(secret);
        if (revealed.appId !== app.appId) revealed = { appId: app.appId, values: {} };
        revealed.values[secret.id] = value;
        save(store);
        notify(X('notifSecret', { name: app.name }));
        break;
      }
      case 'delete-secret': {
        const app = appById(a.appId);
        if (!app) return;
        app.secrets = app.secrets.filter((s) => s.id !== a.id);
        save(store);
        break;
      }
      case 'save-sp': {
        const sp = store.sps.find((s) => s.objectId === a.objectId);
        if (!sp) return;
        Object.assign(sp, { enabled: !!a.enabled, assignmentRequired: !!a.assignmentRequired, visible: !!a.visible });
        save(store);
        notify(X('notifUpdated', { name: sp.name }));
        break;
      }
      case 'open-consent': {
        // The portal opens the admin consent prompt of login.microsoftonline.com in a window.
        const sp = store.sps.find((s) => s.objectId === a.objectId);
        if (!sp) return;
        const app = store.apps.find((x) => x.sp === sp.objectId);
        const perms = app ? app.permissions : sp.requests || [];
        const q = new URLSearchParams({ client_id: sp.appId, l: params.get('l') || 'en', origin: location.origin,
          state: JSON.stringify({ objectId: sp.objectId, name: sp.name, perms: perms.map((p) => p.name) }) });
        window.open(`https://login.microsoftonline.com/${store.tenant.id}/v2.0/adminconsent?${q}`, 'replica-consent', 'popup,width=520,height=720');
        return;
      }
      case 'consented': {
        const sp = store.sps.find((s) => s.objectId === a.objectId);
        if (!sp) return;
        const app = store.apps.find((x) => x.sp === sp.objectId);
        const perms = app ? app.permissions : sp.requests || [];
        sp.grants = perms.map((p) => ({ api: p.api, name: p.name, kind: p.kind, by: 'admin' }));
        if (app) for (const p of app.permissions) p.granted = true;
        save(store);
        notify(X('notifGranted'));
        break;
      }
      case 'save-consent':
        store.consent = a.value;
        save(store);
        notify(X('notifUpdated', { name: T('user-consent-settings') }));
        break;
      default:
        console.warn('replica: unknown action', a);
        return;
    }
    refresh();
  }

  const REACT_HOST = /^[a-z0-9-]+\.reactblade(-ms|-rc)?\.portal\.azure\.net$/;
  window.addEventListener('message', (e) => {
    let host;
    try { host = new URL(e.origin).host; } catch { return; }
    const msg = e.data || {};
    if (REACT_HOST.test(host)) {
      if (!shown || !shown.frame || shown.frame.contentWindow !== e.source) return;
      if (msg.type === 'replica-ready') postData(shown.frame, shown);
      else if (msg.type === 'replica-act') apply(msg.action);
    } else if (host === 'login.microsoftonline.com' && msg.type === 'replica-consent') {
      apply({ type: 'consented', objectId: msg.objectId });
    }
  });

  // --- Top bar: the global search with its service results ------------------------------------
  const search = document.querySelector('.fxs-search-input');
  search.setAttribute('aria-label', T('search'));
  search.placeholder = T('search');
  if (knobs.missing.has('portal-search')) search.remove(); else K('portal-search', search);
  const services = () => [
    [T('app-registrations'), window.REPLICA_PORTAL['app-registrations'].en[0], hashes.appList()],
    [X('enterpriseApps'), window.REPLICA_LABELS.en.enterpriseApps, hashes.enterpriseList()],
    [X('users'), window.REPLICA_LABELS.en.users, hashes.users()],
    [T('entra-id'), 'Microsoft Entra ID', hashes.entra()],
  ];
  const results = document.getElementById('search-results');
  function showResults() {
    const q = search.value.trim().toLowerCase();
    if (!q) { results.hidden = true; search.setAttribute('aria-expanded', 'false'); return; }
    const hits = services().filter(([l, en]) => l.toLowerCase().includes(q) || en.toLowerCase().includes(q));
    results.replaceChildren(el('div', { class: 'fxs-search-group', role: 'presentation' }, X('services')),
      ...(hits.length ? hits : [null]).map((hit) => (!hit ? el('div', { class: 'replica-empty' }, X('noResults')) : (([label, , hash]) => R.pressable(el('div', { class: 'fxs-search-result', role: 'option', tabindex: '-1', 'aria-selected': 'false' }, label),
        () => { search.value = ''; showResults(); navigate(hash); }))(hit))));
    results.hidden = false;
    search.setAttribute('aria-expanded', 'true');
  }
  search.setAttribute('role', 'searchbox');
  search.setAttribute('aria-controls', 'search-results');
  search.addEventListener('input', showResults);
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { const first = results.querySelector('[role=option]'); if (first) first.click(); }
    if (e.key === 'Escape') { search.value = ''; showResults(); }
  });
  document.querySelector('.fxs-topbar-brand').textContent = 'Microsoft Azure';

  // A hidden, preloaded React view (the real portal keeps some): replica-preload=1.
  if (knobs.preload) {
    const pre = reactFrame('appList', { tenant: store.tenant, apps: store.apps.map((a) => ({ name: a.name, appId: a.appId, objectId: a.objectId, created: a.created, secrets: [] })) }, false);
    pre.setAttribute('aria-hidden', 'true');
    document.getElementById('preloaded').append(pre);
  }

  // replica-rerender=<ms>: the active blade is redrawn with new nodes now and then.
  if (knobs.rerender > 0) setInterval(() => { if (shown && shown.blade) { redrawShell('replace'); if (shown.mount) shown.mount.redraw('replace'); } }, knobs.rerender);

  show(location.hash);
})();
