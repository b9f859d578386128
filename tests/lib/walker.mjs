// Walks a whole guide on the replica the way an admin would: it acts only on the element the
// extension highlights (so a wrong highlight stalls the walk), types the values the step asks
// for, and waits for the extension to verify each step from the portal's state.
import { execFileSync } from 'node:child_process';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { marked as markedAll } from './marks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The guide as `regpilot guide --format json` prints it (steps with their plans). */
export function guideJson(target, lang) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'regpilot-core', '--bin', 'regpilot', '--', 'guide',
    '--target', target, '--lang', lang, '--format', 'json'], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const attr = (page, n) => page.evaluate((a) => document.querySelector('#regpilot-overlay')?.getAttribute(a), n);


/** The worker's view of the highlight: [tab, frame, anchor index] or null. */
async function highlighted(context) {
  const w = context.serviceWorkers()[0];
  return w.evaluate(async () => (await chrome.storage.session.get('state')).state?.highlight ?? null).catch(() => null);
}

async function act(anchor, handle, values, plan) {
  const typed = values[`${plan.step_id}:${anchor.key}`] ?? values[anchor.key];
  const role = anchor.role || '';
  if (anchor.key === 'permission-filter') {
    // Type the name of the next box still to tick, as an admin searching the list would.
    const boxes = plan.anchors.filter((a) => a.key === 'permission-checkbox').map((a) => a.labels.en[0]);
    values.__filter = ((values.__filter ?? -1) + 1) % boxes.length;
    await handle.fill(boxes[values.__filter]);
    return true;
  }
  const tag = await handle.evaluate((e) => e.tagName);
  if (role === 'textbox' || role === 'searchbox' || tag === 'TEXTAREA' || (tag === 'INPUT' && !['checkbox', 'radio'].includes(await handle.getAttribute('type')))) {
    // The guide's own value when it has one (Statlook's native client URI), else the admin's.
    const own = anchor.done?.value;
    const want = own && !/\{/.test(own) ? own : typed;
    if (want === undefined || /\{/.test(want)) return false;
    if ((await handle.inputValue()) !== want) {
      await handle.fill(want);
      return true;
    }
    if (anchor.key === 'list-search' && !plan.anchors.some((a) => a.key === 'list-row-link')) {
      // The list is filtered; which row is the admin's own choice (their mailbox user): open it.
      const row = await handle.evaluateHandle((e, w) => {
        const scope = e.closest('section,[role=region],.fxs-blade-content') || document;
        return [...scope.querySelectorAll('table a, [role=grid] a')].find((a) => a.textContent.includes(w)) || null;
      }, want);
      if (await row.evaluate((r) => !!r)) await row.click();
    }
    return true;
  }
  if (role === 'combobox' || tag === 'SELECT') {
    const labels = [].concat(anchor.done?.labels?.en || [], anchor.done?.labels?.pl || [], anchor.done?.labels?.cs || []);
    const options = await handle.evaluate((s) => [...s.options].map((o) => o.textContent.trim()));
    const pick = options.find((o) => labels.some((l) => l.toLowerCase() === o.toLowerCase()));
    if (pick) await handle.selectOption({ label: pick });
    return !!pick;
  }
  if (role === 'columnheader') return false;
  if (anchor.done?.kind === 'disabled') {
    // A Save command: the walker saves (clicks it while it is enabled).
    if (!(await handle.evaluate((e) => e.disabled || e.getAttribute('aria-disabled') === 'true'))) await handle.click();
    return true;
  }
  if (anchor.done?.kind === 'equals' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(tag)) {
    // The question of a radio group: choose the option the step wants.
    const labels = [].concat(anchor.done.labels?.en || [], anchor.done.labels?.pl || [], anchor.done.labels?.cs || []).map((l) => l.toLowerCase());
    const radio = await handle.evaluateHandle((e, want) => {
      const g = (e.id && document.querySelector(`[role=radiogroup][aria-labelledby~="${e.id}"]`)) || e.closest('[role=radiogroup],fieldset');
      if (!g) return null;
      return [...g.querySelectorAll('input[type=radio],[role=radio]')].find((r) => {
        const name = (r.labels && r.labels[0] ? r.labels[0].textContent : r.getAttribute('aria-label') || r.textContent || '').trim().toLowerCase();
        return want.includes(name);
      }) || null;
    }, labels);
    if (!(await radio.evaluate((r) => !!r))) return false;
    await radio.click();
    return true;
  }
  if (anchor.position === 'essentials') {
    // The highlighted Essentials label; its value beside it may be a link to follow.
    const link = await handle.evaluateHandle((e) => e.nextElementSibling && e.nextElementSibling.querySelector('a'));
    if (!(await link.evaluate((l) => !!l))) return false;
    await link.click();
    return true;
  }
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
          const w = page.context().serviceWorkers()[0];
          const st = await w.evaluate(async () => (await chrome.storage.session.get('state')).state).catch(() => null);
          const seen = JSON.stringify(st && { values: st.values, reports: st.reports.map((r) => ({ frame: r.frame, ...r.report })) });
          const m = (await markedAll(page)).map((x) => [x.step, x.text, x.frame.url().slice(0, 60)]);
          throw new Error(`step ${id} not verified after ${stepTimeout} ms (marks ${JSON.stringify(m)}, status ${await attr(page, 'data-status')}, highlight ${JSON.stringify(st && st.highlight)}); worker saw ${seen}`);
        }
        if ((await attr(page, 'data-status')) === 'fallback') {
          // Not on the step's page: "Take me there", as the overlay offers.
          await overlay.click('.fallback a').catch(() => {});
          await sleep(300);
          continue;
        }
        const marks = (await markedAll(page)).filter((m) => m.step === id);
        const hl = await highlighted(page.context());
        if (marks.length !== 1 || !hl) { await sleep(100); continue; }
        const anchor = step.plan.anchors[hl[2]];
        log(`${id}: ${anchor.key}`);
        const acted = await act(anchor, marks[0].handle, values, step.plan).catch(() => false);
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
