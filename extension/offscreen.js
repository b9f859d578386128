// Offscreen document (reason CLIPBOARD), created by the worker (handoff.js) to copy the client
// secret: it writes the secret to the clipboard and, after the delay, empties the clipboard if it
// still holds the secret (something copied since is left alone). It keeps the secret in memory
// only until then, and never shows or logs it.
'use strict';
let pending = null;

function write(text) {
  const put = (e) => {
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', put);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', put);
  }
}

function read() {
  let text = null;
  const take = (e) => {
    text = e.clipboardData.getData('text/plain');
    e.preventDefault();
  };
  document.addEventListener('paste', take);
  try {
    document.execCommand('paste');
  } finally {
    document.removeEventListener('paste', take);
  }
  return text;
}

function copy(text, clearAfterMs) {
  if (pending) clearTimeout(pending.timer);
  if (!write(text)) return { ok: false, error: 'copy refused' };
  pending = {
    timer: setTimeout(() => {
      if (read() === text) write('');
      pending = null;
    }, clearAfterMs),
  };
  return { ok: true };
}

chrome.runtime.onMessage.addListener((msg, sender, reply) => {
  if (sender.id !== chrome.runtime.id || msg?.target !== 'regpilot-offscreen') return false;
  if (msg.type === 'copy') reply(copy(String(msg.text), Number(msg.clearAfterMs) || 60000));
  return false;
});
