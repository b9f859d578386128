// Loads the overlay's wasm and gives it a bridge to the background worker.
import init, { start } from './wasm/regpilot_overlay.js';

await init({ module_or_path: new URL('./wasm/regpilot_overlay_bg.wasm', import.meta.url) });

const listeners = [];
let port = null;
function connect() {
  port = chrome.runtime.connect({ name: 'overlay' });
  port.onMessage.addListener((m) => listeners.forEach((f) => f(m)));
  // The worker may be stopped at any time; reconnect so pushes keep arriving.
  port.onDisconnect.addListener(() => setTimeout(connect, 100));
}
connect();

start({
  send: (msg) => chrome.runtime.sendMessage(msg),
  subscribe: (f) => listeners.push(f),
  // Copy panels: values that are not secret are copied here (the secret is copied by the worker).
  copy: (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
  download: (name, type, text) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  },
  // Must be called during the admin's click (the browser asks them). Resolves to the https
  // origin of the typed address when access is granted, '' when refused, null when the address
  // is not an https one.
  requestOrigin: (typed) => {
    let url;
    const text = typed.trim();
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    } catch {
      return Promise.resolve(null);
    }
    if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return Promise.resolve(null);
    return chrome.permissions.request({ origins: [`${url.origin}/*`] }).then((ok) => (ok ? url.origin : ''), () => '');
  },
});
