// regpilot content script: a small, generic executor in every portal frame. It knows no guide:
// it scores the elements the worker's plan describes, reports what it sees, and draws the
// highlight where the worker says. Text read from the portal is only ever compared and reported,
// never inserted as HTML. In the top frame it also hosts the overlay iframe.
(() => {
  'use strict';
  if (window.__regpilot) return;
  window.__regpilot = true;
  const top = window === window.top;
  // One port per frame to the worker: cheaper than a message and an answer per report. A stopped
  // worker closes it; the next report opens another (the worker knows the frame again by it).
  let port = null;
  function send(msg, again) {
    try {
      if (!port) {
        port = chrome.runtime.connect({ name: 'frame' });
        port.onMessage.addListener(receive);
        port.onDisconnect.addListener(() => { port = null; });
      }
      port.postMessage(msg);
    } catch { port = null; if (!again) send(msg, true); } // closed meanwhile; or the extension was reloaded
  }
  const $$ = (sel, root = document) => { try { return [...root.querySelectorAll(sel)]; } catch { return []; } };
  const text = (el) => (el && el.textContent || '').replace(/\s+/g, ' ').trim();
  let overlay = null, plan = null, needs = {}, last = '', since = 0, hl = null, hlIndex = null, host = null, box = null;

  // --- overlay iframe (top frame only) ---
  function mirror(s) {
    if (!top || !s) return;
    if (!overlay || !overlay.isConnected) {
      overlay = document.createElement('iframe');
      overlay.id = 'regpilot-overlay';
      overlay.src = chrome.runtime.getURL('overlay.html');
      overlay.setAttribute('allow', 'clipboard-write');
      // A plain border: a blurred shadow or rounded clip around a frame from another process is
      // recomposited with every portal frame beneath it (measured by `cargo xtask bench`).
      overlay.style.cssText = 'position:fixed;bottom:16px;width:360px;border:1px solid #8a8886;z-index:2147483646;background:#fff';
      document.documentElement.appendChild(overlay);
    }
    overlay.style.height = s.collapsed ? '48px' : 'min(640px, calc(100vh - 32px))';
    overlay.style.left = s.dock === 'left' ? '16px' : '';
    overlay.style.right = s.dock === 'left' ? '' : '16px';
    const d = overlay.dataset;
    d.target = s.target || ''; d.lang = s.lang; d.step = s.step || ''; d.status = s.status || 'active';
    d.findings = String(s.findings || 0);
  }

  // --- finding anchors: the same normalisation as regpilot_core::guide::normalize_label ---
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim().replace(/^\+ ?/, '').trim().toLowerCase();
  const all = (set) => set ? [].concat(set.en || [], set.pl || [], set.cs || []).map(norm).filter(Boolean) : [];
  const fits = (mode, name, label) => mode === 'prefix' ? name.startsWith(label) : mode === 'contains' ? name.includes(label) : name === label;
  const IMPLICIT = {
    button: 'button,input[type=button],input[type=submit]', link: 'a[href]', radio: 'input[type=radio]',
    checkbox: 'input[type=checkbox]', combobox: 'select', searchbox: 'input[type=search]', columnheader: 'th',
    textbox: 'input:not([type]),input[type=text],input[type=search],input[type=url],input[type=email],textarea',
  };
  const POS = {
    'command-bar': '[role=toolbar],[role=menubar],.fxs-commandBar,.ms-CommandBar,.azc-toolbar', 'top-bar': '.fxs-topbar,[role=banner]',
    'left-menu': '[role=tree],[role=navigation],nav,.fxc-menu,.fxc-menu-listView', footer: 'footer,[class*=ooter]',
    dialog: '[role=dialog],[aria-modal],.fxs-contextpane,[class*=anel]', essentials: '.fxc-essentials,[class*=ssentials]',
    table: 'table,[role=grid],[role=table]', form: 'form,[role=form]',
  };
  // Inside it, or beside it (a list's search box sits next to its table).
  const near = (el, pos) => el.closest(POS[pos]) || (pos === 'table' && [el.parentElement, el.parentElement && el.parentElement.parentElement].some((p) => p && p.querySelector(POS[pos])));
  const ANY = 'button,a,[role],label,legend,h1,h2,h3,h4,[aria-label],[title],th,td,span,div,p';
  function names(el) {
    const out = [el.getAttribute('aria-label')];
    const by = el.getAttribute('aria-labelledby');
    if (by) out.push(by.split(/\s+/).map((id) => text(document.getElementById(id))).join(' '));
    for (const l of el.labels || []) out.push(text(l));
    out.push(el.getAttribute('title'), el.getAttribute('placeholder'));
    if (!/^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) out.push(text(el));
    return out.map(norm).filter(Boolean);
  }
  const visible = (el) => el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0;
  // A radio group's value is its checked option's name; the group may be named by the found label.
  function valueOf(el) {
    if (el.tagName === 'SELECT') return text(el.selectedOptions[0]);
    if (el.value !== undefined) return el.value;
    const g = (el.id && document.querySelector(`[role=radiogroup][aria-labelledby~="${el.id}"]`)) || el.closest('[role=radiogroup],fieldset');
    if (g) { const c = g.querySelector('input:checked,[role=radio][aria-checked=true]'); return c ? names(c)[0] || '' : ''; }
    return text(el);
  }
  function isDone(el, d) {
    if (!d) return false;
    if (d.kind === 'checked') {
      // The found element may be the label of the control that holds the state.
      const c = [el, el.control, el.closest('[aria-checked],[aria-selected],[aria-pressed]'), el.querySelector('input')].filter(Boolean);
      return c.some((x) => x.checked === true || ['aria-checked', 'aria-selected', 'aria-pressed'].some((a) => x.getAttribute(a) === 'true'));
    }
    if (d.kind === 'disabled') return el.disabled === true || el.getAttribute('aria-disabled') === 'true';
    const v = valueOf(el) || '';
    if (d.kind === 'filled') return v.trim() !== '';
    return norm(v) === norm(d.value) || all(d.labels).includes(norm(v));
  }
  // Scores every candidate; the best above the threshold (a label or telemetry match) wins.
  function find(a) {
    const labels = all(a.labels), excl = all(a.exclude), mode = a.label_match;
    const raw = a.labels ? [].concat(a.labels.en || [], a.labels.pl || [], a.labels.cs || []) : [];
    // Without a role or structural hint, any element whose own name is the label may be it.
    const sel = [a.role && `[role="${a.role}"]`, IMPLICIT[a.role], ...(a.selectors || []),
      ...(a.telemetry || []).map((t) => `[data-telemetryname="${t}"]`)].filter(Boolean).join(',') || ANY;
    let best = null, score = 0;
    for (const el of $$(sel).slice(0, 3000)) {
      if (host && host.contains(el)) continue;
      const n = names(el);
      let s = 0;
      if (n.some((x) => labels.some((l) => fits(mode, x, l))) && !n.some((x) => excl.some((l) => x.includes(l)))) s += 4;
      if ((a.telemetry || []).includes(el.getAttribute('data-telemetryname'))) s += 4;
      if (s && ((el.getAttribute('role') || '') === a.role || (IMPLICIT[a.role] && el.matches(IMPLICIT[a.role])))) s += 1;
      if (s && (a.selectors || []).some((q) => { try { return el.matches(q) || el.closest(q); } catch { return false; } })) s += 1;
      if (s && a.frame && a.frame !== 'any' && (a.frame === 'top') !== top) s -= 1;
      // Where it sits breaks ties between same-named elements (the Czech "Přidat oprávnění" is
      // both the command bar's button and the pane's footer button).
      if (s && POS[a.position] && near(el, a.position)) s += 1;
      // The exact text, "+" included, tells "+ Přidat oprávnění" from "Přidat oprávnění".
      if (s && raw.some((l) => (el.textContent || '').trim() === l || el.getAttribute('aria-label') === l)) s += 1;
      if (s && a.position !== 'top-bar' && el.closest(POS['top-bar'])) s -= 2;
      if (s && a.position !== 'left-menu' && el.closest(POS['left-menu'])) s -= 2;
      // On a tie the innermost element wins (a label's own span rather than its container).
      if (s >= 4 && (s > score || (s === score && best.contains(el))) && visible(el)) { best = el; score = s; }
    }
    return best && { el: best, score };
  }

  // --- page facts the worker needs ---
  const cells = (row) => $$(':scope > th, :scope > td, :scope > [role=gridcell], :scope > [role=columnheader], :scope > [role=cell]', row).map(text);
  function tables() {
    return $$('table, [role=grid], [role=table]').filter(visible).slice(0, 10).map((t) => {
      const rows = $$('tr, [role=row]', t).slice(0, 100).map(cells);
      const head = rows.findIndex((r) => r.length);
      const hasTh = $$('th, [role=columnheader]', t).length > 0;
      return { headers: hasTh && head >= 0 ? rows[head] : [], rows: rows.filter((r, i) => r.length && !(hasTh && i === head)) };
    });
  }
  function facts(anchors) {
    const r = { step: plan.step_id, anchors: [], settled: Date.now() - since > 1500, titles: [], menu: [], essentials: [], tables: [], inputs: [] };
    if (top) {
      r.hash = location.hash;
    }
    if (needs.titles) {
      r.titles = $$('.fxs-blade-title-titleText, h1, h2, [role=heading]').filter(visible).map(text).slice(0, 20);
      r.menu = $$('[aria-selected=true], [aria-current=page], [aria-current=true]').filter(visible).map(text).slice(0, 20);
    }
    r.anchors = anchors.map((f, i) => f ? { present: true, done: isDone(f.el, plan.anchors[i].done), score: f.score } : { present: false, done: false, score: 0 });
    if (needs.anchor_values) anchors.forEach((f, i) => f && r.inputs.push(['@' + plan.anchors[i].key, valueOf(f.el) || '']));
    if (needs.essentials) {
      const labels = $$('.fxc-essentials-label, [class*="essentialsItem-"] [class*="label"]');
      for (const l of labels) {
        const v = l.nextElementSibling;
        if (v) r.essentials.push([text(l), text(v)]);
      }
    }
    if (needs.tables) r.tables = tables();
    if (needs.inputs) for (const el of $$(IMPLICIT.textbox).filter(visible).slice(0, 100)) r.inputs.push([names(el)[0] || '', el.value || '']);
    return r;
  }

  // --- the highlight: one shadow-rooted host, redrawn on scroll and resize ---
  function draw() {
    if (!hl || !hl.isConnected) return clear();
    if (!host) {
      host = document.createElement('div');
      host.id = 'regpilot-highlight';
      const root = host.attachShadow({ mode: 'closed' });
      box = document.createElement('div');
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      box.style.cssText = 'position:fixed;pointer-events:none;z-index:2147483645;border:3px solid #d83b01;border-radius:4px;' +
        'box-shadow:0 0 0 4px rgba(216,59,1,.25);' + (still ? '' : 'transition:all .12s ease-out;');
      root.appendChild(box);
    }
    if (!host.isConnected) document.documentElement.appendChild(host);
    const b = hl.getBoundingClientRect();
    Object.assign(box.style, { left: b.left - 5 + 'px', top: b.top - 5 + 'px', width: b.width + 4 + 'px', height: b.height + 4 + 'px' });
    // The panel must never cover the highlight: frames tell the top frame where it is (numbers only).
    if (top) avoid(b); else window.top.postMessage({ regpilot: 'rect', l: b.left, t: b.top, w: b.width, h: b.height }, '*');
  }
  function avoid(r) {
    if (!overlay) return;
    const o = overlay.getBoundingClientRect();
    if (r.left < o.right && r.left + r.width > o.left && r.top < o.bottom && r.top + r.height > o.top) {
      const right = overlay.style.right !== '';
      overlay.style.left = right ? '16px' : '';
      overlay.style.right = right ? '' : '16px';
    }
  }
  if (top) addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.regpilot !== 'rect') return;
    const f = [...document.querySelectorAll('iframe')].find((x) => x.contentWindow === e.source);
    if (f) { const r = f.getBoundingClientRect(); avoid({ left: r.left + d.l, top: r.top + d.t, width: d.w, height: d.h }); }
  });
  function clear() {
    if (hl) hl.removeAttribute('data-regpilot-step');
    hl = null;
    if (host) host.remove();
  }
  function mark(el) {
    // The portal may rewrite the element's attributes when it redraws: put the mark back.
    if (el === hl && el.getAttribute('data-regpilot-step') === plan.step_id) return draw();
    if (el === hl) { el.setAttribute('data-regpilot-step', plan.step_id); return draw(); }
    clear();
    hl = el;
    el.setAttribute('data-regpilot-step', plan.step_id);
    el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    draw();
  }

  // --- the loop: evaluate on change, report what changed ---
  // The step's elements are looked for at once after a change, so the highlight follows its
  // element within the frame and a newly found one is reported at once. The page facts (titles,
  // tables, values) need layout: unless an element changed, they are read after the next paint,
  // when layout is clean, instead of forcing it in the middle of the portal's own drawing.
  let queued = false, later = false, seen = '';
  function evaluate(full) {
    queued = false;
    if (!plan) return;
    const anchors = plan.anchors.map(find);
    // The worker picked an anchor for this frame: follow it through re-renders at once.
    if (hlIndex !== null) anchors[hlIndex] ? mark(anchors[hlIndex].el) : clear();
    const now = JSON.stringify(anchors.map((f, i) => f && [f.score, isDone(f.el, plan.anchors[i].done)]));
    if (now === seen && !full) return afterPaint();
    seen = now;
    const r = facts(anchors);
    const key = JSON.stringify(r);
    if (key !== last) { last = key; send({ type: 'report', ...r }); }
  }
  function afterPaint() {
    if (later) return;
    later = true;
    let done = false;
    const run = () => { if (!done) { done = true; later = false; evaluate(true); } };
    requestAnimationFrame(() => setTimeout(run, 0));
    setTimeout(run, 100); // no frames come while the tab or frame is hidden
  }
  const schedule = () => { if (!queued && plan) { queued = true; setTimeout(evaluate, 0); } };
  // Our own nodes (the overlay iframe, the highlight) changing is no reason to look again.
  const ours = (n) => n === overlay || n === host;
  new MutationObserver((records) => {
    if (records.some((r) => !ours(r.target) && (r.type !== 'childList' || ![...r.addedNodes, ...r.removedNodes].every(ours))
      && !(r.attributeName === 'data-regpilot-step' && r.target.hasAttribute(r.attributeName)))) schedule();
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-selected', 'aria-checked', 'aria-expanded', 'value', 'disabled', 'aria-disabled', 'data-regpilot-step'] });
  for (const e of ['input', 'change', 'hashchange']) addEventListener(e, schedule, true);
  addEventListener('scroll', () => hl && requestAnimationFrame(draw), true);
  addEventListener('resize', () => hl && requestAnimationFrame(draw));
  setInterval(() => { if (plan && Date.now() - since < 2000) schedule(); }, 500);

  function setPlan(p, n) {
    plan = p; needs = n || {}; last = ''; seen = ''; hlIndex = null; since = Date.now();
    clear();
    schedule();
  }
  function receive(m) {
    if (!m) return;
    if (m.type === 'welcome') { mirror(m.overlay); setPlan(m.plan, m.needs); }
    if (m.type === 'overlay') mirror(m.overlay);
    if (m.type === 'plan') setPlan(m.plan, m.needs);
    if (m.type === 'navigate' && top && /^#(view|blade|@)/.test(m.hash)) location.hash = m.hash;
    if (m.type === 'highlight' && plan && m.step === plan.step_id) { hlIndex = m.anchor ?? null; if (hlIndex === null) clear(); schedule(); }
  }
  // The worker's port is its way here; a worker started afresh may also send before it has one.
  chrome.runtime.onMessage.addListener(receive);
  send({ type: 'hello', href: location.href, top, lang: document.documentElement.lang || null, browser_lang: navigator.language });
})();
