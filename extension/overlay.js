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
});
