// Background service worker: a thin shell around the wasm engine (crate/background), which holds
// the state in wasm memory while the worker lives. This file restores it at start-up, routes the
// engine's output and persists the state. Listeners are registered synchronously, as MV3 requires;
// messages wait for the wasm and the restored state.
import init, { restore, handle, snapshot, overlayState, settle, performToken } from './wasm/regpilot_background.js';
import { perform } from './handoff.js';

const KEY = 'state';
const overlays = new Set();

// The whole state lives in session storage (cleared with the browser session). A copy without
// the client secret and without the frames' transient reports goes to local storage, so the guide
// and the collected IDs survive a browser restart; the secret never does.
const ready = (async () => {
  await init({ module_or_path: new URL('./wasm/regpilot_background_bg.wasm', import.meta.url) });
  restore((await chrome.storage.session.get(KEY))[KEY] ?? (await chrome.storage.local.get(KEY))[KEY] ?? null);
})();

// Persisting is coalesced: while a write runs, later changes wait for one more write of the latest
// state, so a burst of changes costs two writes and routing never waits for storage. A change to
// progress, values or settings is written at once; a change only to what the frames see (their
// reports, which they refresh themselves) is written within a second, with whatever comes next.
let writing = null, dirty = false, later = null;
function persist() {
  dirty = true;
  clearTimeout(later);
  later = null;
  if (writing) return writing;
  writing = (async () => {
    while (dirty) {
      dirty = false;
      const state = snapshot();
      const { secret, reports, others, ...durable } = state;
      // Other guides' progress is kept too, each without its secret.
      const kept = Object.fromEntries(Object.entries(others || {}).map(([t, { secret: _, ...p }]) => [t, p]));
      await chrome.storage.session.set({ [KEY]: state });
      await chrome.storage.local.set({ [KEY]: { ...durable, others: kept, reports: [] } });
    }
    writing = null;
  })();
  return writing;
}
function persistSoon() {
  if (!later && !dirty) later = setTimeout(persist, 1000);
}

// The sender as the browser reports it; the message cannot claim to be someone else.
function senderOf(s) {
  if (s.id !== chrome.runtime.id) return null;
  if (s.url && s.url.startsWith(chrome.runtime.getURL(''))) return { from: 'extension', url: s.url, tab: s.tab ? s.tab.id : null };
  if (s.tab && typeof s.frameId === 'number') return { from: 'content', tab: s.tab.id, frame: s.frameId, url: s.url || '' };
  return null;
}

// Each content script's port, by tab and frame (only while this worker lives).
const frames = new Map();

function route(output) {
  for (const [tab, frameId, msg] of output.to_frames) {
    try {
      frames.get(`${tab}:${frameId}`).postMessage(msg);
    } catch { // no port (yet, or any more)
      chrome.tabs.sendMessage(tab, msg, { frameId }).catch(() => {});
    }
  }
  for (const msg of output.to_overlays) for (const port of overlays) port.postMessage(msg);
}

// Test-only overrides in session storage (only the worker can write it): { tokenTimeoutMs,
// clipboardClearMs }. Unset in normal use.
const tuning = async () => (await chrome.storage.session.get('tuning')).tuning || {};

// Work the engine asked for (the token request, a tab to fill, the clipboard). Other messages go
// on meanwhile; Rust turns the result into the answer (handoff::settle).
async function effect(e) {
  const t = await tuning();
  const result = e.type === 'token-request' ? await performToken(e, t.tokenTimeoutMs) : await perform(e, t);
  const output = settle(e, result);
  route(output);
  persist();
  return output.reply;
}

// One message through the engine: its output routed, the state saved at once when progress
// changed, else soon. wasm runs to completion: messages are handled one at a time, in order.
function apply(sender, msg) {
  const output = handle(sender, msg);
  route(output);
  if (output.progress_changed) persist(); else persistSoon();
  return output;
}

chrome.runtime.onMessage.addListener((msg, s, sendResponse) => {
  const sender = senderOf(s);
  if (!sender) return false;
  ready.then(async () => {
    const output = apply(sender, msg);
    sendResponse(output.effect ? await effect(output.effect) : output.reply);
  }).catch((e) => sendResponse({ type: 'error', reason: String(e) }));
  return true;
});

// A frame's port: its hello is answered on it, its reports need no answer.
function framePort(port, sender) {
  const key = `${sender.tab}:${sender.frame}`;
  frames.set(key, port);
  port.onDisconnect.addListener(() => { if (frames.get(key) === port) frames.delete(key); });
  port.onMessage.addListener((msg) => ready.then(() => {
    const output = apply(sender, msg);
    if (msg && msg.type === 'hello' && output.reply) port.postMessage(output.reply);
  }).catch(() => {}));
}

chrome.runtime.onConnect.addListener((port) => {
  const sender = port.sender && senderOf(port.sender);
  if (port.name === 'frame' && sender && sender.from === 'content') return framePort(port, sender);
  if (port.name !== 'overlay' || !sender || sender.from !== 'extension') return port.disconnect();
  overlays.add(port);
  port.onDisconnect.addListener(() => overlays.delete(port));
  ready.then(() => port.postMessage(overlayState())).catch(() => {});
});
