// Replica of a React view frame (*.reactblade.portal.azure.net): the same pages as the top
// document, in Fluent UI markup (ms-Button--commandBar, ms-DetailsList, essentialsItem-…).
// Another origin than the portal: its data arrives in its URL, then by postMessage from the top
// document, which owns the store; its actions (and link clicks) are posted to the top.
(() => {
  'use strict';
  const R = window.Replica;
  const params = new URLSearchParams(location.search);
  document.documentElement.lang = R.lang;
  const name = location.pathname.split('/')[2] || '';
  const view = name === 'ApplicationsList' ? 'appList' : name.charAt(0).toLowerCase() + name.slice(1);
  const top = params.get('origin') || (location.ancestorOrigins && location.ancestorOrigins[0]) || 'https://portal.azure.com';
  let data = {};
  try { data = JSON.parse(params.get('data') || '{}'); } catch { /* drawn empty */ }
  const root = document.getElementById('root');
  const post = (msg) => window.parent.postMessage(msg, top);
  const act = (action) => post({ type: 'replica-act', action });
  const nav = (hash) => act({ type: 'navigate', hash });
  const known = Object.prototype.hasOwnProperty.call(R.views, view);
  const m = R.mount(root, known ? view : 'placeholder', { react: true, getData: () => data, act, nav, href: (hash) => `${top}/${hash}` });
  let drawn = false;
  window.addEventListener('message', (e) => {
    if (e.origin !== top || !e.data || e.data.type !== 'replica-data') return;
    data = e.data.data;
    if (drawn) m.redraw();
  });
  // Drawn late, as React views are (replica-delay).
  setTimeout(() => { drawn = true; m.redraw(); post({ type: 'replica-ready', view }); }, R.knobs.delay);
  if (R.knobs.rerender > 0) setInterval(() => { if (drawn) m.redraw('replace'); }, R.knobs.rerender);
})();
