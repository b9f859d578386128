// Background service worker: a thin shell around the wasm engine (crate/background).
// It loads the state before each message, lets Rust decide, saves the state and routes the output.
// Listeners are registered synchronously, as MV3 requires; messages wait for the wasm to load.
import init, { handle, overlayState, settle, performToken } from './wasm/regpilot_background.js';
import { perform } from './handoff.js';

const ready = init({ module_or_path: new URL('./wasm/regpilot_background_bg.wasm', import.meta.url) });
const KEY = 'state';
const overlays = new Set();
let queue = Promise.resolve();

const load = async () => (await chrome.storage.session.get(KEY))[KEY];
const save = (state) => chrome.storage.session.set({ [KEY]: state });

// The sender as the browser reports it; the message cannot claim to be someone else.
function senderOf(s) {
  if (s.id !== chrome.runtime.id) return null;
  if (s.url && s.url.startsWith(chrome.runtime.getURL(''))) return { from: 'extension', url: s.url };
  if (s.tab && typeof s.frameId === 'number') return { from: 'content', tab: s.tab.id, frame: s.frameId, url: s.url || '' };
  return null;
}

function route(output) {
  for (const [tab, frameId, msg] of output.to_frames) {
    chrome.tabs.sendMessage(tab, msg, { frameId }).catch(() => {});
  }
  for (const msg of output.to_overlays) for (const port of overlays) port.postMessage(msg);
}

// One message at a time, so two frames cannot overwrite each other's state change.
function run(sender, msg) {
  const step = queue.then(async () => {
    await ready;
    const { state, output } = handle(await load(), sender, msg);
    await save(state);
    route(output);
    return output;
  });
  queue = step.catch(() => {});
  return step.then((output) => (output.effect ? effect(output.effect) : output.reply));
}

// Test-only overrides in session storage (only the worker can write it): { tokenTimeoutMs,
// clipboardClearMs }. Unset in normal use.
const tuning = async () => (await chrome.storage.session.get('tuning')).tuning || {};

// Work the engine asked for (the token request, a tab to fill, the clipboard), done outside the
// queue so other messages go on meanwhile; Rust turns its result into the reply (handoff::settle).
async function effect(e) {
  const t = await tuning();
  const result = e.type === 'token-request' ? await performToken(e, t.tokenTimeoutMs) : await perform(e, t);
  const step = queue.then(async () => {
    const { state, output } = settle(await load(), e, result);
    await save(state);
    route(output);
    return output.reply;
  });
  queue = step.catch(() => {});
  return step;
}

chrome.runtime.onMessage.addListener((msg, s, sendResponse) => {
  const sender = senderOf(s);
  if (!sender) return false;
  run(sender, msg).then(sendResponse, (e) => sendResponse({ type: 'error', reason: String(e) }));
  return true;
});

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'overlay' || !senderOf(port.sender) || senderOf(port.sender).from !== 'extension') return port.disconnect();
  overlays.add(port);
  port.onDisconnect.addListener(() => overlays.delete(port));
  queue = queue.then(async () => { await ready; port.postMessage(overlayState(await load())); }).catch(() => {});
});
