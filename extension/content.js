// regpilot content script: a small, generic executor in every portal frame. It knows no guide:
// it announces its frame to the background worker and does what the worker's data tells it.
// In the top frame it also hosts the overlay iframe and mirrors the overlay state on it.
(() => {
  'use strict';
  if (window.__regpilot) return;
  window.__regpilot = true;
  const top = window === window.top;
  const send = (msg) => chrome.runtime.sendMessage(msg).catch(() => null);
  let overlay = null;

  function mirror(state) {
    if (!top || !state) return;
    if (!overlay || !overlay.isConnected) {
      overlay = document.createElement('iframe');
      overlay.id = 'regpilot-overlay';
      overlay.src = chrome.runtime.getURL('overlay.html');
      overlay.setAttribute('allow', 'clipboard-write');
      overlay.style.cssText =
        'position:fixed;bottom:16px;width:360px;border:0;z-index:2147483646;' +
        'border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.25);background:#fff';
      document.documentElement.appendChild(overlay);
    }
    overlay.style.height = state.collapsed ? '48px' : '480px';
    overlay.style.left = state.dock === 'left' ? '16px' : '';
    overlay.style.right = state.dock === 'left' ? '' : '16px';
    overlay.dataset.target = state.target || '';
    overlay.dataset.lang = state.lang;
    overlay.dataset.step = state.step || '';
    overlay.dataset.status = state.status || 'active';
    overlay.dataset.findings = String(state.findings || 0);
  }

  chrome.runtime.onMessage.addListener((msg) => {
    if (msg && msg.type === 'overlay') mirror(msg.overlay);
  });

  send({ type: 'hello', href: location.href, top, lang: document.documentElement.lang || null, browser_lang: navigator.language }).then((reply) => {
    if (reply && reply.type === 'welcome') mirror(reply.overlay);
  });
})();
