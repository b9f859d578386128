// The admin consent prompt (login.microsoftonline.com/{tenant}/v2.0/adminconsent, domain.md §8)
// that the portal opens in a window. Accept tells the portal (its opener) and closes.
(() => {
  'use strict';
  const R = window.Replica;
  const { X, el } = R;
  const params = new URLSearchParams(location.search);
  document.documentElement.lang = R.lang;
  let state = {};
  try { state = JSON.parse(params.get('state') || '{}'); } catch { /* nothing to show */ }
  const origin = params.get('origin') || 'https://portal.azure.com';
  const ctx = { react: true, ui: {}, set() {} };
  document.title = X('permissionsRequested');
  const done = (accepted) => {
    if (accepted && window.opener) window.opener.postMessage({ type: 'replica-consent', objectId: state.objectId }, origin);
    window.close();
  };
  document.getElementById('root').append(el('div', { class: 'replica-consent-card' },
    el('p', {}, 'Microsoft'),
    el('h1', {}, X('permissionsRequested')),
    el('p', {}, X('reviewForOrg')),
    el('h2', {}, state.name || ''),
    el('p', {}, X('appWouldLike')),
    el('ul', {}, (state.perms || []).map((p) => el('li', {}, p))),
    el('p', { class: 'replica-help' }, X('consentOrgNote')),
    el('div', { class: 'replica-row' }, R.button(ctx, X('cancel'), () => done(false)), R.button(ctx, X('accept'), () => done(true), { kind: 'primary' }))));
})();
