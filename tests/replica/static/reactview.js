// Replica of a React view frame (*.reactblade.portal.azure.net): Fluent UI markup
// (ms-Button--commandBar, ms-DetailsList), labels in the portal's language. Its data arrives
// in its URL, as this frame cannot read the portal's storage (another origin).
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const lang = (params.get('l') || 'en').slice(0, 2);
  const L = window.REPLICA_LABELS[lang] || window.REPLICA_LABELS.en;
  document.documentElement.lang = lang;
  const view = location.pathname.split('/')[2];
  const el = (tag, attrs = {}, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const k of kids) e.append(k);
    return e;
  };
  const views = {
    ApplicationsList: () => {
      const apps = JSON.parse(params.get('apps') || '[]');
      const table = el('table', { class: 'ms-DetailsList', role: 'grid', 'aria-label': L.allApplications },
        el('thead', {}, el('tr', {}, el('th', {}, L.displayName), el('th', {}, L.clientId))));
      const body = el('tbody');
      for (const a of apps) body.append(el('tr', { class: 'ms-DetailsRow' }, el('td', {}, a.name), el('td', {}, a.appId)));
      table.append(body);
      return el('div', {}, el('h3', {}, L.allApplications), table);
    },
  };
  setTimeout(() => document.getElementById('root').replaceChildren((views[view] || (() => el('p', {}, view)))()), 80);
})();
