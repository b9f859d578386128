// Hand-over effects that need browser APIs, for the worker (bg.js): filling YetiForce's mail
// server form in the admin's own tab (chrome.scripting) and the clipboard (an offscreen
// document). What to fill and what to copy is decided in Rust (crate/core/src/handoff.rs); this
// file only does it and reports what happened, without ever logging a value.

export async function perform(effect, tuning = {}) {
  if (effect.type === 'autofill') return autofill(effect);
  if (effect.type === 'copy-secret') return copySecret(effect, tuning);
  throw new Error(`unknown effect ${effect.type}`);
}

async function autofill({ origin, fields }) {
  const result = (extra) => ({ type: 'autofill', tab: false, form: false, fields: [], ...extra });
  // The overlay asked for this origin on the admin's click; without it there is nothing to do.
  if (!(await chrome.permissions.contains({ origins: [`${origin}/*`] }))) {
    return result({ error: `no access to ${origin}` });
  }
  const tabs = (await chrome.tabs.query({ url: `${origin}/*` }))
    .sort((a, b) => (b.active - a.active) || ((b.lastAccessed || 0) - (a.lastAccessed || 0)));
  if (!tabs.length) return result({});
  let error = null;
  for (const tab of tabs) {
    try {
      const [done] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: fillForm, args: [fields] });
      if (done?.result?.form) return result({ tab: true, form: true, fields: done.result.fields });
    } catch (e) {
      error = String(e?.message || e);
    }
  }
  return result({ tab: true, error });
}

// Runs in the YetiForce page (isolated world). Sets the fields of the mail server form
// (modules/Settings/MailServers: auth_method, oauth_provider, client_id, client_secret,
// redirect_uri_id) and fires input/change so YetiForce's own scripts (which show the OAuth fields
// for auth_method=oauth2, and select2) follow. It never submits the form.
function fillForm(fields) {
  const form = [...document.forms].find((f) => f.elements.namedItem('auth_method') && f.elements.namedItem('client_id'));
  if (!form) return { form: false, fields: [] };
  const out = [];
  for (const { name, value, how } of fields) {
    const el = form.elements.namedItem(name);
    if (!el || !('value' in el)) {
      out.push({ name, state: 'no-field' });
      continue;
    }
    if (how === 'select' || how === 'redirect-option') {
      const option = [...(el.options || [])].find((o) => (how === 'select' ? o.value === value : o.dataset.redirect === value));
      if (!option) {
        out.push({ name, state: 'no-option' });
        continue;
      }
      el.value = option.value;
    } else {
      el.value = value;
    }
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    out.push({ name, state: 'filled' });
  }
  return { form: true, fields: out };
}

let offscreen = null;
// One offscreen document (reason CLIPBOARD) writes and later clears the clipboard: a service
// worker has no clipboard, and the overlay may have lost focus by the time the minute is up.
function ensureOffscreen() {
  offscreen ||= (async () => {
    if (await chrome.offscreen.hasDocument()) return;
    await chrome.offscreen.createDocument({
      url: 'offscreen.html',
      reasons: ['CLIPBOARD'],
      justification: 'Copy the client secret and clear it from the clipboard a minute later.',
    });
  })().catch((e) => {
    offscreen = null;
    throw e;
  });
  return offscreen;
}

async function copySecret({ secret, clear_after_ms: clearAfter }, tuning) {
  try {
    await ensureOffscreen();
    const answer = await chrome.runtime.sendMessage({
      target: 'regpilot-offscreen', type: 'copy', text: secret, clearAfterMs: tuning.clipboardClearMs ?? clearAfter,
    });
    return { type: 'copied', ok: !!answer?.ok, error: answer?.error ?? null };
  } catch (e) {
    return { type: 'copied', ok: false, error: String(e?.message || e) };
  }
}
