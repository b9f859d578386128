// A small reader for the TOML the guides use (crate/core/guides/*.toml): tables, arrays of
// tables, strings, booleans, integers, arrays and inline tables, comments. Enough for the
// replica to draw the portal's labels from portal.toml, and for the tests to check the replica
// against it, without a dependency. Anything outside that subset is an error, not a guess.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GUIDES = join(dirname(fileURLToPath(import.meta.url)), '../../crate/core/guides');

/** Parses TOML text (the subset above) into plain objects. */
export function parseToml(text) {
  let i = 0;
  const root = {};
  let table = root;
  const fail = (why) => {
    const line = text.slice(0, i).split('\n').length;
    throw new Error(`toml line ${line}: ${why}`);
  };
  const ws = () => { while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++; };
  // Whitespace, newlines and comments (inside arrays and between statements).
  const gap = () => {
    for (;;) {
      ws();
      if (text[i] === '#') { while (i < text.length && text[i] !== '\n') i++; continue; }
      if (text[i] === '\n' || text[i] === '\r') { i++; continue; }
      return;
    }
  };
  const key = () => {
    ws();
    if (text[i] === '"') return string();
    const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
    if (!m) fail('key expected');
    i += m[0].length;
    return m[0];
  };
  const dotted = () => {
    const parts = [key()];
    for (ws(); text[i] === '.'; ws()) { i++; parts.push(key()); }
    return parts;
  };
  function string() {
    if (text.startsWith('"""', i)) fail('multi-line strings are not in the subset');
    i++;
    let out = '';
    while (text[i] !== '"') {
      if (i >= text.length || text[i] === '\n') fail('unterminated string');
      if (text[i] === '\\') {
        const c = text[i + 1];
        const simple = { '"': '"', '\\': '\\', n: '\n', t: '\t', r: '\r' }[c];
        if (simple !== undefined) { out += simple; i += 2; continue; }
        if (c === 'u') { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; continue; }
        fail('unknown escape \\' + c);
      }
      out += text[i++];
    }
    i++;
    return out;
  }
  function value() {
    ws();
    const c = text[i];
    if (c === '"') return string();
    if (c === '[') {
      i++;
      const arr = [];
      for (;;) {
        gap();
        if (text[i] === ']') { i++; return arr; }
        arr.push(value());
        gap();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return arr; }
        fail('"," or "]" expected in array');
      }
    }
    if (c === '{') {
      i++;
      const obj = {};
      for (;;) {
        ws();
        if (text[i] === '}') { i++; return obj; }
        assign(obj);
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return obj; }
        fail('"," or "}" expected in inline table');
      }
    }
    const m = /^(true|false|-?\d+)(?![\w.])/.exec(text.slice(i));
    if (!m) fail('value expected');
    i += m[0].length;
    return m[1] === 'true' ? true : m[1] === 'false' ? false : Number(m[1]);
  }
  function assign(obj) {
    const parts = dotted();
    ws();
    if (text[i] !== '=') fail('"=" expected');
    i++;
    let o = obj;
    for (const p of parts.slice(0, -1)) o = o[p] ??= {};
    const last = parts[parts.length - 1];
    if (last in o) fail(`duplicate key ${parts.join('.')}`);
    o[last] = value();
  }
  for (;;) {
    gap();
    if (i >= text.length) return root;
    if (text.startsWith('[[', i)) {
      i += 2;
      const parts = dotted();
      if (!text.startsWith(']]', i)) fail('"]]" expected');
      i += 2;
      let o = root;
      for (const p of parts.slice(0, -1)) o = o[p] ??= {};
      const list = (o[parts[parts.length - 1]] ??= []);
      table = {};
      list.push(table);
    } else if (text[i] === '[') {
      i++;
      const parts = dotted();
      if (text[i] !== ']') fail('"]" expected');
      i++;
      table = root;
      for (const p of parts) table = table[p] ??= {};
    } else {
      assign(table);
    }
    ws();
    if (text[i] === '#') continue;
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') fail('end of line expected');
  }
}

/** crate/core/guides/portal.toml: { label, page, element } by key. */
export function readPortal() {
  return parseToml(readFileSync(join(GUIDES, 'portal.toml'), 'utf8'));
}

/** A guide file (yetiforce, statlook, aktionnext, comarch). */
export function readGuide(target) {
  return parseToml(readFileSync(join(GUIDES, `${target}.toml`), 'utf8'));
}

export const TARGETS = ['yetiforce', 'statlook', 'aktionnext', 'comarch'];
export const LANGS = ['en', 'pl', 'cs'];
