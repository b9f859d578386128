// The contract's observable marks, read across every frame of a page.

/** Every element carrying data-regpilot-step in any frame: { frame, handle, step, text }. */
export async function marked(page) {
  const out = [];
  for (const frame of page.frames()) {
    let handles = [];
    try { handles = await frame.$$('[data-regpilot-step]'); } catch { continue; /* detached */ }
    for (const handle of handles) {
      try {
        out.push({ frame, handle, step: await handle.getAttribute('data-regpilot-step'), text: (await handle.textContent()).trim() });
      } catch { /* gone meanwhile */ }
    }
  }
  return out;
}

/** Waits until exactly one element in all frames carries data-regpilot-step="<step>". */
export async function waitMarked(page, step, timeout = 8000) {
  const end = Date.now() + timeout;
  for (;;) {
    const m = await marked(page);
    if (m.length === 1 && m[0].step === step) return m[0];
    if (Date.now() > end) throw new Error(`no single highlight for ${step}: ${JSON.stringify(m.map((x) => [x.step, x.text]))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The overlay iframe's contract attribute. */
export const overlayAttr = (page, name) => page.evaluate((n) => document.querySelector('#regpilot-overlay')?.getAttribute(n), name);

/** Waits for an overlay contract attribute to take a value. */
export const waitOverlayAttr = (page, name, value, timeout = 8000) =>
  page.waitForFunction(([n, v]) => document.querySelector('#regpilot-overlay')?.getAttribute(n) === v, [name, value], { timeout });
