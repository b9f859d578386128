// Walks a whole guide on the replica the way an admin would: it acts only on the element the
// extension highlights (so a wrong highlight stalls the walk), types the values the step asks
// for, and waits for the extension to verify each step from the portal's state.
import { execFileSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The guide as `regpilot guide --format json` prints it (steps with their plans). */
export function guideJson(target, lang) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'regpilot-core', '--bin', 'regpilot', '--', 'guide',
    '--target', target, '--lang', lang, '--format', 'json'], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const attr = (page, n) => page.evaluate((a) => document.querySelector('#regpilot-overlay')?.getAttribute(a), n);

/** Every element carrying data-regpilot-step, with its frame. */
export async function markedAll(page) {
  const out = [];
  for (const frame of page.frames()) {
    let handles = [];
    try { handles = await frame.$$('[data-regpilot-step]'); } catch { continue; }
    for (const h of handles) out.push({ frame, handle: h, step: await h.getAttribute('data-regpilot-step') });
  }
  return out;
}

/** The worker's view of the highlight: [tab, frame, anchor index] or null. */
async function highlighted(context) {
  const w = context.serviceWorkers()[0];
  return w.evaluate(async () => (await chrome.storage.session.get('state')).state?.highlight ?? null).catch(() => null);
}

async function act(anchor, handle, values) {
  const role = anchor.role || '';
  const tag = await handle.evaluate((e) => e.tagName);
  if (role === 'textbox' || role === 'searchbox' || tag === 'TEXTAREA' || (tag === 'INPUT' && !['checkbox', 'radio'].includes(await handle.getAttribute('type')))) {
    const want = values[anchor.key] ?? anchor.done?.value;
    if (want === undefined || /\{/.test(want)) return false;
    if ((await handle.inputValue()) !== want) await handle.fill(want);
    return true;
  }
  if (role === 'combobox' || tag === 'SELECT') {
    const labels = [].concat(anchor.done?.labels?.en || [], anchor.done?.labels?.pl || [], anchor.done?.labels?.cs || []);
    const options = await handle.evaluate((s) => [...s.options].map((o) => o.textContent.trim()));
    const pick = options.find((o) => labels.some((l) => l.toLowerCase() === o.toLowerCase()));
    if (pick) await handle.selectOption({ label: pick });
    return !!pick;
  }
  if (role === 'columnheader' || anchor.position === 'essentials') return false;
  if (role === 'radio' || role === 'checkbox') {
    if (!(await handle.isChecked().catch(() => false))) await handle.click();
    return true;
  }
  await handle.click();
  return true;
}

/**
 * Walks `target`'s guide in the page (its overlay already on the chosen guide, restarted).
 * `values` by anchor key for boxes the admin fills (name-input, redirect-uri-input, ...) and by
 * field for values typed into the overlay (redirectUri, userObjectId, ...).
 * Returns the list of steps with how each ended: 'verified' | 'manual' | 'typed'.
 */
export async function walk(page, overlay, guide, values, { stepTimeout = 20000, log = () => {} } = {}) {
  const trail = [];
  const ids = guide.steps.map((s) => s.id);
  for (;;) {
    const id = await attr(page, 'data-step');
    if ((await attr(page, 'data-status')) === 'finished') break;
    const step = guide.steps[ids.indexOf(id)];
    if (!step) throw new Error(`unknown step ${id}`);
    const started = Date.now();
    let how = 'verified';
    if (!step.outside_portal && step.plan.verify.kind === 'manual') {
      // Nothing in the portal proves it: the admin confirms, once the element is shown.
      await page.waitForSelector(`[data-regpilot-step="${id}"]`, { timeout: stepTimeout }).catch(() => {});
      await overlay.click('.actions button:nth-child(2)');
      how = 'manual';
    } else if (step.outside_portal) {
      const inputs = await overlay.$$('.user-input input');
      if (inputs.length) {
        for (const input of inputs) {
          const field = (await input.getAttribute('id')).replace('regpilot-input-', '');
          if (values[field] === undefined) throw new Error(`no value for ${field} in step ${id}`);
          await input.fill(values[field]);
        }
        how = 'typed';
      } else {
        await overlay.click('.actions button:nth-child(2)'); // "Already done": a manual step
        how = 'manual';
      }
    } else {
      for (let i = 0; (await attr(page, 'data-step')) === id; i++) {
        if (Date.now() - started > stepTimeout) {
          throw new Error(`step ${id} not verified after ${stepTimeout} ms (status ${await attr(page, 'data-status')}, highlight ${JSON.stringify(await highlighted(page.context()))})`);
        }
        const marks = (await markedAll(page)).filter((m) => m.step === id);
        const hl = await highlighted(page.context());
        if (marks.length !== 1 || !hl) { await sleep(100); continue; }
        const anchor = step.plan.anchors[hl[2]];
        log(`${id}: ${anchor.key}`);
        const acted = await act(anchor, marks[0].handle, values).catch(() => false);
        await sleep(acted ? 250 : 150);
      }
    }
    // Outside-portal steps move on when typed or confirmed.
    const deadline = Date.now() + stepTimeout;
    while ((await attr(page, 'data-step')) === id && (await attr(page, 'data-status')) !== 'finished') {
      if (Date.now() > deadline) throw new Error(`step ${id} did not move on`);
      await sleep(100);
    }
    trail.push({ id, how });
  }
  return trail;
}
