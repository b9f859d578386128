// Replica of the Azure portal's top document (the Knockout "Ibiza" shell): a journey of blades
// chosen by the URL hash (deep links of domain.md §8), labels in the portal's language
// (?l=pl.pl-pl, domain.md §10), some blades drawn here and some in cross-origin React view
// iframes (*.reactblade.portal.azure.net), rendered late as the real portal does.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const lang = (params.get('l') || 'en').slice(0, 2);
  const L = window.REPLICA_LABELS[lang] || window.REPLICA_LABELS.en;
  const delay = Number(params.get('replica-delay') || 120);
  document.documentElement.lang = lang;
  document.querySelector('.fxs-search-input').setAttribute('aria-label', L.search);
  document.querySelector('.fxs-search-input').placeholder = L.search;

  const TENANT = '0c3f5e2a-7b1d-4e8f-9a6b-3d2c1e0f9a8b';
  const SEED = [{ name: 'Contoso Mail', appId: '8f2d4c61-3b7a-4e59-a1c2-6d0e9f8b7a35', objectId: 'e4b1c9d2-5f3a-4b8e-9c7d-1a2b3c4d5e6f' }];
  // Framed as a third party (the preview site's sandbox), Chromium may block storage: fall back
  // to the seed rather than draw nothing.
  const stored = () => { try { return localStorage.getItem('replica-apps'); } catch { return null; } };
  const apps = () => JSON.parse(stored() || 'null') || SEED;

  const el = (tag, attrs = {}, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const k of kids) e.append(k);
    return e;
  };

  function blade(title, ...body) {
    return el('section', { class: 'fxs-blade', role: 'region', 'aria-label': title },
      el('header', { class: 'fxs-blade-header' }, el('h2', { class: 'fxs-blade-title-titleText' }, title)),
      el('div', { class: 'fxs-blade-content' }, ...body));
  }

  function reactFrame(view, extra = {}) {
    const q = new URLSearchParams({ l: lang, ...extra });
    return el('iframe', {
      class: 'fxs-reactview-frame fxs-reactview-frame-active',
      title: view,
      src: `https://${view.toLowerCase()}.reactblade.portal.azure.net/view/${view}?${q}`,
    });
  }

  const views = {
    home: () => blade(L.home, el('div', { class: 'fxs-blade-body' }, el('p', {}, 'Microsoft Azure'))),
    ApplicationsListBlade: () => blade(L.appRegistrations,
      el('div', { class: 'fxs-blade-body' },
        el('div', { class: 'fxs-commandBar', role: 'toolbar' },
          el('button', { class: 'azc-toolbarButton', title: L.newRegistration },
            el('span', { class: 'azc-toolbarButton-label fxs-commandBar-item-text' }, '+ ' + L.newRegistration))),
        reactFrame('ApplicationsList', { apps: JSON.stringify(apps()) }))),
    ApplicationMenuBlade: (parts) => {
      const appId = parts[parts.indexOf('appId') + 1];
      const app = apps().find((a) => a.appId === appId);
      if (!app) return blade(L.appRegistrations, el('div', { class: 'fxs-blade-body' }, '404'));
      const page = parts[parts.indexOf('~') + 1] || 'Overview';
      const menu = el('ul', { class: 'fxc-menu-listView', role: 'tree' });
      for (const [id, label] of [['Overview', L.overview], ['Authentication', L.authentication], ['CallAnAPI', L.apiPermissions], ['Credentials', L.certificates]]) {
        const item = el('li', { class: 'fxc-menu-listView-item', role: 'treeitem', 'data-telemetryname': 'Menu-' + id, 'aria-selected': String(id === page) }, label);
        item.addEventListener('click', () => { location.hash = `#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/${id}/appId/${app.appId}/objectId/${app.objectId}`; });
        menu.append(item);
      }
      const essentials = el('div', { class: 'fxc-essentials' });
      for (const [label, value] of [[L.displayName, app.name], [L.clientId, app.appId], [L.objectId, app.objectId], [L.tenantId, TENANT]]) {
        essentials.append(el('div', { class: 'fxc-essentials-label' }, label), el('div', { class: 'fxc-essentials-value' }, value));
      }
      return blade(app.name, menu, el('div', { class: 'fxs-blade-body' }, page === 'Overview' ? essentials : ''));
    },
  };

  function route() {
    const journey = document.getElementById('journey');
    journey.replaceChildren();
    const hash = decodeURIComponent(location.hash.replace(/^#(@[^/]+\/)?/, ''));
    const parts = hash.split('/');
    const name = parts[0] === 'view' || parts[0] === 'blade' ? parts[2] : 'home';
    const view = views[name] || views.home;
    // The real portal draws blades late, after its own scripts load: so do we.
    setTimeout(() => journey.replaceChildren(view(parts)), delay);
  }
  window.addEventListener('hashchange', route);
  route();
})();
