// Shared by the portal's top document, its React view frames and the consent window: the
// language and churn knobs of the URL, labels, and the controls the portal draws, in its two
// dialects (Knockout "Ibiza" markup in the top document, Fluent UI React markup in reactblade
// frames; domain.md §9). Labels of the elements the guides use come from portal.toml
// (window.REPLICA_PORTAL), the texts around them from labels.json (window.REPLICA_LABELS).
//
// Every element a guide anchors on carries data-replica-key="<portal.toml element key>": the
// tests use it to check that the role and name portal.toml gives find that very element. It is
// not a signal of the real portal; the executor must not look at it.
(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const raw = (params.get('l') || 'en').slice(0, 2).toLowerCase();
  const lang = ['en', 'pl', 'cs'].includes(raw) ? raw : 'en';
  const num = (name, dflt) => {
    const v = params.get(name);
    return v === null || v === '' || Number.isNaN(Number(v)) ? dflt : Number(v);
  };
  // The churn knobs (see tests/replica/README.md).
  const knobs = {
    delay: num('replica-delay', 120),
    rerender: num('replica-rerender', 0),
    slowFrame: num('replica-slow-frame', 0),
    urlLag: num('replica-url-lag', 0),
    variant: Math.max(0, Math.floor(num('replica-variant', 0))),
    missing: new Set((params.get('replica-missing') || '').split(',').map((s) => s.trim()).filter(Boolean)),
    frames: params.get('replica-frames'),
    preload: params.get('replica-preload') === '1',
    reset: params.get('replica-reset') === '1',
  };
  const PORTAL = window.REPLICA_PORTAL || {};
  const TEXTS = window.REPLICA_LABELS || {};

  /** A portal.toml label in the page's language: variant `base` (shifted by replica-variant). */
  function T(key, base = 0) {
    const set = PORTAL[key];
    if (!set) throw new Error('no portal.toml label ' + key);
    const list = set[lang] && set[lang].length ? set[lang] : set.en;
    return list[Math.min(base + knobs.variant, list.length - 1)];
  }
  /** A replica text (labels.json) with {placeholders} filled. */
  function X(key, vars = {}) {
    const s = (TEXTS[lang] && TEXTS[lang][key]) ?? (TEXTS.en && TEXTS.en[key]);
    if (s === undefined) throw new Error('no replica text ' + key);
    return s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  }

  // Element ids are deterministic per render scope, so that a re-render (replica-rerender, a
  // store update) gives the same ids and focus can be put back where it was.
  let scope = 'r';
  let uid = 0;
  const nextId = (p = 'r') => `${scope}-${p}-${++uid}`;
  function beginScope(name) { scope = name; uid = 0; }

  /**
   * Makes an element. attrs: `class`, plain attributes (null/false skipped, true = ""),
   * `on<event>` functions, and the properties `value`, `checked`, `disabled`, `text`.
   */
  function el(tag, attrs = {}, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') on(e, k.slice(2), v);
      else if (k === 'value' || k === 'checked') e[k] = v;
      else if (k === 'text') e.textContent = v;
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kids.flat(Infinity)) if (k !== null && k !== undefined && k !== false) e.append(k);
    return e;
  }

  /**
   * Adds an event handler through a per-element table, so that morph() can hand an element
   * that stays in the page the handlers of the element drawn in its place.
   */
  function on(e, type, fn) {
    e.__h ??= {};
    e.__t ??= new Set();
    e.__h[type] = fn;
    if (!e.__t.has(type)) {
      e.__t.add(type);
      e.addEventListener(type, (ev) => e.__h[type] && e.__h[type](ev));
    }
  }

  /**
   * Makes `from` (in the page) look like `to` (just drawn), keeping the nodes that stay the
   * same kind at the same place (same tag, id and key), as React's reconciliation does. Focus,
   * caret and highlighted nodes survive; replica-rerender replaces nodes instead.
   */
  function morph(from, to) {
    for (const a of [...from.attributes]) if (!to.hasAttribute(a.name)) from.removeAttribute(a.name);
    for (const a of [...to.attributes]) if (from.getAttribute(a.name) !== a.value) from.setAttribute(a.name, a.value);
    for (const type of Object.keys(to.__h || {})) on(from, type, to.__h[type]);
    for (const type of Object.keys(from.__h || {})) if (!to.__h || !(type in to.__h)) from.__h[type] = null;
    const a = [...from.childNodes];
    const b = [...to.childNodes];
    for (let i = 0; i < b.length; i++) {
      const x = a[i];
      const y = b[i];
      if (!x) { from.appendChild(y); continue; }
      const same = x.nodeType === y.nodeType && x.nodeName === y.nodeName &&
        (x.nodeType !== 1 || ((x.id || '') === (y.id || '') && x.getAttribute('data-replica-key') === y.getAttribute('data-replica-key') && x.getAttribute('type') === y.getAttribute('type')));
      if (!same) { from.replaceChild(y, x); continue; }
      if (x.nodeType === 3) { if (x.data !== y.data) x.data = y.data; continue; }
      if (x.nodeType === 1) morph(x, y);
    }
    for (let i = b.length; i < a.length; i++) a[i].remove();
    if ('value' in to && (to.tagName === 'INPUT' || to.tagName === 'SELECT' || to.tagName === 'TEXTAREA')) {
      if (from.value !== to.value) from.value = to.value;
      if (from.checked !== to.checked) from.checked = to.checked;
    }
  }

  /** Tags an element with its portal.toml key, or drops it when replica-missing names the key. */
  function K(key, node) {
    if (!node || !key) return node;
    if (knobs.missing.has(key)) return null;
    node.setAttribute('data-replica-key', key);
    return node;
  }

  // Enter and Space press a div[role=button], as the Knockout controls do.
  function pressable(node, onClick) {
    on(node, 'click', (e) => {
      if (e.currentTarget.getAttribute('aria-disabled') === 'true') return;
      onClick(e);
    });
    on(node, 'keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.currentTarget.click(); }
    });
    return node;
  }

  /**
   * A button in the host's dialect. kind: 'command' (command bar), 'primary', 'default'.
   * icon: a glyph drawn aria-hidden (not part of the name).
   */
  function button(ctx, label, onClick, { kind = 'default', disabled = false, icon = null, key = null, title = null } = {}) {
    let b;
    const glyph = icon ? el('span', { class: 'replica-icon', 'aria-hidden': 'true', 'data-glyph': icon }) : null;
    if (ctx.react) {
      const cls = kind === 'command' ? 'ms-Button ms-Button--commandBar' : kind === 'primary' ? 'ms-Button ms-Button--primary' : 'ms-Button ms-Button--default';
      b = el('button', { type: 'button', class: cls, disabled, title, onclick: (e) => { if (!e.currentTarget.disabled) onClick(e); } },
        el('span', { class: 'ms-Button-flexContainer' }, glyph, el('span', { class: 'ms-Button-label' }, label)));
    } else if (kind === 'command') {
      b = pressable(el('div', { class: 'azc-toolbarButton fxs-commandBar-item', role: 'button', tabindex: '0', title: title || label, 'aria-disabled': disabled ? 'true' : null },
        glyph, el('div', { class: 'azc-toolbarButton-label fxs-commandBar-item-text' }, label)), onClick);
    } else {
      b = pressable(el('div', { class: `fxs-button fxt-button${kind === 'primary' ? ' fxs-button-primary' : ''}`, role: 'button', tabindex: '0', title, 'aria-disabled': disabled ? 'true' : null },
        glyph, el('div', { class: 'fxs-button-text' }, label)), onClick);
    }
    return key ? K(key, b) : b;
  }

  /** A labelled text box: a visible <label for>, or aria-labelledby an existing heading. */
  function textbox(ctx, { label = null, labelledby = null, value = '', placeholder = null, oninput, key = null, id = null, required = false, type = 'text', readonly = false, ariaLabel = null, invalid = false, describedby = null }) {
    const inputId = id || nextId('input');
    const input = el('input', {
      type, id: inputId, class: ctx.react ? 'ms-TextField-field' : 'azc-input azc-formControl', value,
      placeholder, 'aria-labelledby': labelledby, 'aria-label': ariaLabel, 'aria-required': required ? 'true' : null,
      'aria-invalid': invalid ? 'true' : null, 'aria-describedby': describedby, readonly,
      oninput: (e) => oninput && oninput(e.target.value, e),
    });
    if (key) K(key, input);
    if (key && knobs.missing.has(key)) return null;
    if (!label) return input;
    return el('div', { class: ctx.react ? 'ms-TextField' : 'azc-formElementContainer' },
      el('div', { class: 'replica-label-row' }, el('label', { for: inputId, class: ctx.react ? 'ms-Label' : 'azc-form-label' }, label),
        required ? el('span', { class: 'replica-required', 'aria-hidden': 'true' }, '*') : null),
      input);
  }

  /**
   * A drop-down. Knockout: a native <select> (role combobox). React: a Fluent Dropdown, a
   * div[role=combobox] showing the chosen option's text with a listbox of div[role=option].
   */
  function dropdown(ctx, { label = null, labelledby = null, ariaLabel = null, options, value, onchange, key = null, id = null }) {
    const ddId = id || nextId('dropdown');
    const labelId = nextId('label');
    const labelNode = label ? el('label', { id: labelId, for: ctx.react ? null : ddId, class: ctx.react ? 'ms-Label' : 'azc-form-label' }, label) : null;
    const by = labelledby || (label ? labelId : null);
    let control;
    if (!ctx.react) {
      control = el('select', { id: ddId, class: 'azc-dropdown azc-formControl', 'aria-labelledby': label ? null : by, 'aria-label': ariaLabel,
        onchange: (e) => onchange(e.target.value) },
      options.map((o) => el('option', { value: o.value, selected: o.value === value ? true : null, disabled: o.disabled }, o.text)));
      control.value = value;
    } else {
      const chosen = options.find((o) => o.value === value);
      const listId = nextId('listbox');
      const open = ctx.ui[`open:${ddId}`] === true;
      control = pressable(el('div', { id: ddId, class: 'ms-Dropdown', role: 'combobox', tabindex: '0', 'aria-haspopup': 'listbox',
        'aria-expanded': String(open), 'aria-controls': open ? listId : null, 'aria-labelledby': by, 'aria-label': ariaLabel },
      el('span', { class: 'ms-Dropdown-title' }, chosen ? chosen.text : ''), el('span', { class: 'ms-Dropdown-caretDown', 'aria-hidden': 'true' })),
      () => ctx.set({ [`open:${ddId}`]: !open }));
      if (open) {
        const list = el('div', { id: listId, class: 'ms-Dropdown-callout', role: 'listbox', 'aria-labelledby': by, 'aria-label': ariaLabel },
          options.filter((o) => !o.disabled).map((o) => pressable(el('div', { class: 'ms-Dropdown-item', role: 'option', tabindex: '-1', 'aria-selected': String(o.value === value) }, o.text),
            () => { ctx.ui[`open:${ddId}`] = false; onchange(o.value); })));
        control = el('div', { class: 'ms-Dropdown-container' }, control, list);
      }
    }
    if (key) {
      const target = control.getAttribute('role') === 'combobox' || control.tagName === 'SELECT' ? control : control.querySelector('[role=combobox]');
      K(key, target);
      if (knobs.missing.has(key)) return labelNode;
    }
    return el('div', { class: 'replica-field' }, labelNode, control);
  }

  /** Native radio buttons with their labels (Fluent ChoiceGroup and the Knockout form both). */
  function radios(ctx, { labelledby, name, options, value, onchange, key = null, describedby = null }) {
    const group = el('div', { class: ctx.react ? 'ms-ChoiceFieldGroup' : 'azc-radio-group', role: 'radiogroup', 'aria-labelledby': labelledby, 'aria-describedby': describedby },
      options.map((o) => {
        const id = nextId('radio');
        const input = el('input', { type: 'radio', id, name, value: o.value, checked: o.value === value, onchange: () => onchange(o.value) });
        if (o.key) K(o.key, input);
        if (o.key && knobs.missing.has(o.key)) return null;
        return el('div', { class: ctx.react ? 'ms-ChoiceField' : 'azc-radio' }, input, el('label', { for: id }, o.text));
      }));
    return key ? K(key, group) : group;
  }

  /** The portal's Yes/No options group: div[role=radiogroup] with div[role=radio] items. */
  function optionsGroup(ctx, { labelledby, options, value, onchange, key = null }) {
    const group = el('div', { class: 'azc-optionsGroup', role: 'radiogroup', 'aria-labelledby': labelledby },
      options.map((o) => pressable(el('div', { class: 'azc-optionsGroup-item', role: 'radio', tabindex: o.value === value ? '0' : '-1',
        'aria-checked': String(o.value === value) }, o.text), () => onchange(o.value))));
    return key ? K(key, group) : group;
  }

  /** A copy-to-clipboard button (no text: its name is in aria-label). */
  function copyButton(ctx, text) {
    return el('button', { type: 'button', class: ctx.react ? 'ms-Button ms-Button--icon replica-copy' : 'fxs-copyButton replica-copy',
      'aria-label': X('copy'), title: X('copy'),
      onclick: async (e) => {
        try { await navigator.clipboard.writeText(text); } catch { /* no clipboard permission in a frame */ }
        e.currentTarget.setAttribute('title', X('copied'));
      } });
  }

  /**
   * A grid. Knockout: <table role=grid class=azc-grid>. React: Fluent's DetailsList made of
   * div[role=row] / [role=columnheader] / [role=gridcell] (or a <table> when `table` is set).
   * columns: [{ text, key? }]; groups: [{ title, rows }] or rows: [[cell...]].
   */
  function grid(ctx, { label, columns, rows = null, groups = null, table = false, empty = null, key = null }) {
    const all = groups || [{ title: null, rows: rows || [] }];
    const count = all.reduce((n, g) => n + g.rows.length, 0);
    if (ctx.react && !table) {
      const header = el('div', { class: 'ms-DetailsHeader', role: 'row' },
        columns.map((c) => K(c.key, el('div', { class: 'ms-DetailsHeader-cell', role: 'columnheader' }, el('span', { class: 'ms-DetailsHeader-cellName' }, c.text)))));
      const body = [];
      for (const g of all) {
        if (g.title) body.push(el('div', { class: 'ms-GroupHeader', role: 'row', 'aria-expanded': 'true' }, el('div', { role: 'gridcell', 'aria-colspan': String(columns.length) }, g.title)));
        for (const r of g.rows) body.push(el('div', { class: 'ms-DetailsRow', role: 'row' }, r.map((c) => el('div', { class: 'ms-DetailsRow-cell', role: 'gridcell' }, c))));
      }
      const g = el('div', { class: 'ms-DetailsList', role: 'grid', style: `--cols: ${columns.length}`, 'aria-label': label, 'aria-rowcount': String(count + 1), 'aria-colcount': String(columns.length) },
        header, el('div', { class: 'ms-DetailsList-contentWrapper', role: 'rowgroup' }, body));
      return el('div', {}, key ? K(key, g) : g, count === 0 && empty ? el('p', { class: 'replica-empty' }, empty) : null);
    }
    const head = el('thead', {}, el('tr', {}, columns.map((c) => K(c.key, el('th', { role: 'columnheader', scope: 'col' }, c.text)))));
    const bodies = all.map((g) => el('tbody', {},
      g.title ? el('tr', { class: 'azc-grid-groupRow' }, el('th', { colspan: String(columns.length), scope: 'rowgroup' }, g.title)) : null,
      g.rows.map((r) => el('tr', { class: ctx.react ? 'ms-DetailsRow' : 'azc-grid-row' }, r.map((c) => el('td', {}, c))))));
    const t = el('table', { class: ctx.react ? 'ms-DetailsList' : 'azc-grid', role: 'grid', 'aria-label': label }, head, bodies);
    return el('div', {}, key ? K(key, t) : t, count === 0 && empty ? el('p', { class: 'replica-empty' }, empty) : null);
  }

  /** Tabs: a tablist whose selected tab has aria-selected=true. */
  function tabs(ctx, { label, items, value, onchange }) {
    return el('div', { class: ctx.react ? 'ms-Pivot' : 'fxc-tabs', role: 'tablist', 'aria-label': label },
      items.map((t) => pressable(el('div', { class: 'replica-tab', role: 'tab', tabindex: t.value === value ? '0' : '-1', 'aria-selected': String(t.value === value) }, t.text),
        () => onchange && onchange(t.value))));
  }

  /** A context pane (Knockout) or Fluent Panel (React): a dialog over the right of the blade. */
  function pane(ctx, { title, body, footer, onClose, key = null, wide = false }) {
    const h = nextId('pane-title');
    const p = el('div', { class: `${ctx.react ? 'ms-Panel' : 'fxs-contextpane'} replica-pane${wide ? ' replica-pane-wide' : ''}`, role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': h },
      el('div', { class: 'replica-pane-header' }, el('h2', { id: h, class: 'replica-pane-title' }, title),
        el('button', { type: 'button', class: 'replica-pane-close', 'aria-label': X('close'), title: X('close'), onclick: onClose })),
      el('div', { class: 'replica-pane-body' }, body),
      footer ? el('div', { class: 'replica-pane-footer' }, footer) : null);
    return key ? K(key, p) : p;
  }

  /** Overview essentials: Knockout label/value pairs, or React's essentialsItem-<hash> blocks. */
  function essentials(ctx, items) {
    if (ctx.react) {
      return el('div', { class: 'essentials-root-5f1', role: 'list' }, items.map((it) => {
        const id = nextId('ess');
        const label = el('div', { class: 'essentialsLabel-3b2', id }, it.label);
        const value = el('div', { class: 'essentialsValue-8c7', 'aria-labelledby': id }, it.value, it.copy ? copyButton(ctx, it.copy) : null);
        const item = el('div', { class: 'essentialsItem-1a9', role: 'listitem' }, label, value);
        if (it.key) { K(it.key, item); if (knobs.missing.has(it.key)) return null; }
        return item;
      }));
    }
    return el('div', { class: 'fxc-essentials' }, items.map((it) => {
      const id = nextId('ess');
      const label = el('div', { class: 'fxc-essentials-label', id }, it.label);
      if (it.key) { K(it.key, label); if (knobs.missing.has(it.key)) return null; }
      return [label, el('div', { class: 'fxc-essentials-value', 'aria-labelledby': id },
        typeof it.value === 'string' ? el('span', { class: 'fxc-essentials-value-text' }, it.value) : it.value,
        it.copy ? copyButton(ctx, it.copy) : null)];
    }));
  }

  /** A message bar (info, success, warning). */
  function messageBar(ctx, kind, ...kids) {
    return el('div', { class: `replica-messagebar replica-messagebar-${kind}`, role: kind === 'warning' ? 'alert' : 'status' },
      el('span', { class: 'replica-icon', 'aria-hidden': 'true', 'data-glyph': kind === 'success' ? '✓' : kind === 'warning' ? '⚠' : 'ℹ' }), ...kids);
  }

  // --- Data helpers ----------------------------------------------------------------------------

  /** A GUID (crypto.randomUUID needs a secure context: the replica is served over https). */
  const guid = () => crypto.randomUUID();

  /**
   * A client secret as Entra makes them today (domain.md §5): 3 characters, "8Q~", 34 more of
   * [A-Za-z0-9_~.-]; 40 in all.
   */
  function secretValue() {
    const head = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const body = head + '_~.-';
    const pick = (set, n) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => set[b % set.length]).join('');
    return pick(head, 3) + '8Q~' + pick(body, 34);
  }

  /** The portal's masked form of a secret value it no longer shows. */
  const maskSecret = (hint) => hint + '*'.repeat(37);

  /** A date as the portal prints it in the page's language. */
  const date = (iso) => new Intl.DateTimeFormat({ en: 'en-US', pl: 'pl-PL', cs: 'cs-CZ' }[lang], { year: 'numeric', month: 'numeric', day: 'numeric' }).format(new Date(iso));

  /**
   * A portal fragment taken apart like crate/core/src/guide/spec.rs parse_hash: `#view/` or
   * legacy `#blade/`, an optional `#@tenant/` prefix, `~/Section`, then name/value pairs
   * (`name~/value` for JSON-valued ones). null when it names no blade.
   */
  function parseHash(hash) {
    let rest = decodeURI(String(hash || '')).trim().replace(/^#/, '');
    let tenant = null;
    if (rest.startsWith('@')) {
      const cut = rest.indexOf('/');
      if (cut < 0) return null;
      tenant = rest.slice(1, cut);
      rest = rest.slice(cut + 1);
    }
    let legacy;
    if (rest.startsWith('view/')) { legacy = false; rest = rest.slice(5); } else if (rest.startsWith('blade/')) { legacy = true; rest = rest.slice(6); } else return null;
    const parts = rest.split('/');
    if (parts.length < 2 || !parts[0] || !parts[1]) return null;
    const blade = `${parts[0]}/${parts[1]}`;
    let i = 2;
    let section = null;
    if (parts[i] === '~') { section = parts[i + 1] || null; i += 2; } else if (legacy && parts.length > i && (parts.length - i) % 2 === 1) { section = parts[i]; i += 1; }
    const params = {};
    for (; i + 1 < parts.length; i += 2) params[parts[i].replace(/~+$/, '')] = decodeURIComponent(parts[i + 1]);
    return { blade, section, params, tenant, legacy };
  }

  window.Replica = { lang, knobs, T, X, el, K, pressable, button, textbox, dropdown, radios, optionsGroup, copyButton, grid, tabs, pane, essentials, messageBar, guid, secretValue, maskSecret, date, parseHash, nextId, beginScope, morph, on };
})();
