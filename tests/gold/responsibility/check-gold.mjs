// Independent checker for the responsibility gold set (does not use the project's code).
// node tests/gold/responsibility/check-gold.mjs [file.json ...]
// - parses every JSON, checks the fields and document.tasks vs tasks[].path
// - normalizes the .txt (full-width ASCII forms -> ASCII, NBSP/ideographic space -> space,
//   space runs collapsed, lines trimmed, blank lines dropped)
// - finds the labelled lines (chapters 一、, tasks 1./1、, (一), (1), ①, table rows) and
//   derives the task paths, compared with the listed ones
// - every lead/support must be a substring of the normalized text; a mention not found in
//   its own task's text is reported as INHERITED (must be a blanket or merged-cell case)
import fs from 'node:fs';
import path from 'node:path';
import url from 'node:url';

const dir = path.dirname(url.fileURLToPath(import.meta.url));

export function normalize(raw) {
  let s = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  s = s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
  s = s.replace(/[\u00A0\u3000]/g, ' ');
  return s
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

const CH = '[一二三四五六七八九十]+';
const ROLE_END = '(?:落实|配合|牵头|负责|參與|配合|牽頭|負責)';

// returns [{type, label, offset}] in reading order
function labels(text, opts) {
  const out = [];
  let off = 0;
  for (const line of text.split('\n')) {
    let m;
    if ((m = line.match(new RegExp(`^(${CH})、`)))) out.push({ type: 'chapter', label: m[1], offset: off });
    else if ((m = line.match(new RegExp(`^\\((${CH})\\)`)))) out.push({ type: 'paren-cn', label: `(${m[1]})`, offset: off });
    else if ((m = line.match(/^\((\d+)\)/))) out.push({ type: 'paren-num', label: `(${m[1]})`, offset: off });
    else if ((m = line.match(/^([\u2460-\u2473])/))) out.push({ type: 'circled', label: m[1], offset: off });
    else if ((m = line.match(/^(\d+)[.、](?!\d)/))) out.push({ type: 'num', label: `${m[1]}.`, offset: off });
    else if ((m = line.match(/^\|\s*(\d+)\s*\|/))) out.push({ type: 'num', label: `${m[1]}.`, offset: off });
    else if (opts.cells && (m = line.match(/^(\d+)$/))) out.push({ type: 'num', label: `${m[1]}.`, offset: off });
    else if (opts.glued) {
      const re = new RegExp(`(?:^|(?<=${ROLE_END}))(\\d+)(?!年)(?=[\\u4e00-\\u9fff])`, 'g');
      for (const g of line.matchAll(re)) out.push({ type: 'num', label: `${g[1]}.`, offset: off + g.index });
    }
    off += line.length + 1;
  }
  return out;
}

function paths(lbls) {
  const res = [];
  let chapter = null;
  let stack = []; // [{type,label}]
  for (const l of lbls) {
    if (l.type === 'chapter') {
      chapter = l.label;
      stack = [];
      res.push({ chapter: true, path: [l.label], offset: l.offset });
      continue;
    }
    const i = stack.findIndex((s) => s.type === l.type);
    if (i >= 0) stack = stack.slice(0, i);
    stack.push({ type: l.type, label: l.label });
    const p = (chapter ? [chapter] : []).concat(stack.map((s) => s.label));
    res.push({ chapter: false, path: p, offset: l.offset });
  }
  return res;
}

// how the table documents print their rows (kept here, not in the gold files)
const OPTS = {
  'yunnan-2024-yanglao-fengong.txt': { glued: true },
  'anji-2024-minsheng-shishi-biao.txt': { cells: true },
  'huizhou-2024-mzj-fenjie-biao.txt': { cells: true },
};

const key = (p) => JSON.stringify(p);
let problems = 0;
const bad = (f, msg) => { problems++; console.log(`FAIL ${f}: ${msg}`); };

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

const totals = { docs: 0, tasks: 0, leads: 0, supports: 0 };
for (const f of files) {
  const jf = path.resolve(dir, path.basename(f));
  let g;
  try { g = JSON.parse(fs.readFileSync(jf, 'utf8')); } catch (e) { bad(f, `JSON: ${e.message}`); continue; }
  const txt = normalize(fs.readFileSync(path.join(dir, g.file), 'utf8'));
  if (g.departmentKey !== 'mention') bad(f, 'departmentKey');
  if (JSON.stringify(g.fields) !== '["leads","supports"]') bad(f, 'fields');
  const d = g.document;
  for (const k of ['title', 'titleDerived', 'issuer', 'docNumber', 'publishedAt', 'year', 'region', 'kind', 'sections', 'tasks'])
    if (!(k in d)) bad(f, `document.${k} missing`);
  if (d.publishedAt !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.publishedAt)) bad(f, 'publishedAt format');
  if (d.docNumber && !txt.includes(d.docNumber)) bad(f, `docNumber not in text`);
  const opts = OPTS[g.file] ?? {};
  const derived = paths(labels(txt, opts));
  const chapters = derived.filter((x) => x.chapter).map((x) => x.path[0]);
  const taskRows = derived.filter((x) => !x.chapter);
  if (key(chapters) !== key(d.sections)) bad(f, `sections ${key(d.sections)} vs text ${key(chapters)}`);
  if (key(taskRows.map((x) => x.path)) !== key(d.tasks)) {
    bad(f, `document.tasks differ from labelled lines`);
    console.log('  listed :', d.tasks.map((p) => p.join('/')).join(' '));
    console.log('  derived:', taskRows.map((x) => x.path.join('/')).join(' '));
  }
  if (key(g.tasks.map((t) => t.path)) !== key(d.tasks)) bad(f, 'tasks[].path differ from document.tasks (order or set)');
  // task segments: from a label to the next label (any level)
  const seg = new Map();
  for (let i = 0; i < derived.length; i++) {
    if (derived[i].chapter) continue;
    const end = i + 1 < derived.length ? derived[i + 1].offset : txt.length;
    seg.set(key(derived[i].path), txt.slice(derived[i].offset, end));
  }
  totals.docs++;
  for (const t of g.tasks) {
    totals.tasks++;
    const s = seg.get(key(t.path)) ?? '';
    const names = [...t.leads, ...t.supports];
    if (new Set(t.leads).size !== t.leads.length || new Set(t.supports).size !== t.supports.length) bad(f, `${t.path} duplicate`);
    for (const n of t.leads) if (t.supports.includes(n)) bad(f, `${t.path} ${n} both lead and support`);
    totals.leads += t.leads.length;
    totals.supports += t.supports.length;
    for (const n of names) {
      const bal = (n.match(/\(/g) || []).length === (n.match(/\)/g) || []).length;
      if (!bal || /[:;,，：；]|^[、]|[、]$|牵头|牽頭|配合|单位:|單位:|負責|负责|落实/.test(n)) bad(f, `${t.path} suspicious mention ${n}`);
      if (!txt.includes(n)) bad(f, `${t.path} "${n}" not in normalized text`);
      else if (!s.includes(n)) console.log(`  INHERITED ${g.file} ${t.path.join('/')}: ${n}`);
    }
    const rw = Object.keys(t.roleWords ?? {});
    if (key(rw.slice().sort()) !== key(names.slice().sort())) bad(f, `${t.path} roleWords keys ${key(rw)} vs ${key(names)}`);
  }
}
console.log(`\n${totals.docs} documents, ${totals.tasks} tasks, ${totals.leads} lead mentions, ${totals.supports} support mentions`);
console.log(problems ? `${problems} problem(s)` : 'all checks passed');
process.exit(problems ? 1 : 0);
