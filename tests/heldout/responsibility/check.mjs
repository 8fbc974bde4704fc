// Self-check of the held-out responsibility gold (independent of src/).
// node tests/heldout/responsibility/check.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));

// The normalization the gold refers to: full-width （）：；，and digits to ASCII,
// NBSP / ideographic space to a space, runs of spaces collapsed, lines trimmed,
// blank lines dropped.
function normalize(raw) {
  const map = { '（': '(', '）': ')', '：': ':', '；': ';', '，': ',' };
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[（）：；，]/g, (c) => map[c])
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00a0\u3000]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

// A deliberately simple outline reader, used only to check the gold paths and
// that every annotated item lies inside its task's own text.
const CN = '一二三四五六七八九十';
const reChapter = new RegExp(`^([${CN}]+)、`);
const reParen = new RegExp(`^\\(([${CN}]+)\\)`);
const reNum = /^(\d+)[.、]/;
const reParenNum = /^\((\d+)\)/;
function outline(text) {
  const lines = text.split('\n');
  const tasks = [];
  let chapter = null;
  let stack = []; // [{kind, label}]
  let inTable = false;
  let cur = null;
  const start = (kind, label) => {
    const i = stack.findIndex((s) => s.kind === kind);
    if (i >= 0) stack = stack.slice(0, i);
    stack.push({ kind, label });
    cur = { path: [chapter, ...stack.map((s) => s.label)], text: '' };
    tasks.push(cur);
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    let m;
    if ((m = line.match(reChapter))) {
      chapter = m[1]; stack = []; cur = null; inTable = false; continue;
    }
    if (chapter === null) continue;
    if (line === '序号') { inTable = true; cur = null; k += 4; continue; }
    if (inTable && /^\d+$/.test(line)) { start('row', `${line}.`); continue; }
    if ((m = line.match(reParen))) { start('paren', `(${m[1]})`); cur.text += line.slice(m[0].length) + '\n'; continue; }
    if (!inTable && (m = line.match(reNum))) { start('num', `${m[1]}.`); cur.text += line.slice(m[0].length) + '\n'; continue; }
    if ((m = line.match(reParenNum))) { start('pnum', `(${m[1]})`); cur.text += line.slice(m[0].length) + '\n'; continue; }
    if (cur) cur.text += line + '\n';
  }
  return tasks;
}

const ROLE = /牵头|配合|协办|参与|负责|落实|责任单位|单位:/;
let problems = 0;
const totals = { docs: 0, tasks: 0, leads: 0, supports: 0, populations: 0 };
const rows = [];
// Part one of the set (part two, the harder forms, has check-forms.mjs).
const PART_TWO = /^(changchun|foshan|guizhou|lankao|wenzhou|wuhan)-/;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && !PART_TWO.test(f)).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const text = normalize(readFileSync(join(dir, gold.file), 'utf8'));
  const bad = (msg) => { problems++; console.log(`${f}: ${msg}`); };
  const d = gold.document;
  for (const k of ['title', 'titleDerived', 'issuer', 'docNumber', 'publishedAt', 'year', 'region', 'kind', 'sections', 'tasks'])
    if (!(k in d)) bad(`document.${k} missing`);
  if (JSON.stringify(gold.fields) !== JSON.stringify(['leads', 'supports', 'populations'])) bad('fields');
  if (gold.departmentKey !== 'mention') bad('departmentKey');
  if (d.publishedAt !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d.publishedAt)) bad('publishedAt format');
  for (const k of ['title', 'issuer', 'docNumber']) if (d[k] && !text.includes(d[k])) bad(`document.${k} not in text`);
  const paths = gold.tasks.map((t) => t.path.join('/'));
  if (JSON.stringify(d.tasks.map((p) => p.join('/'))) !== JSON.stringify(paths)) bad('document.tasks differs from tasks');
  if (new Set(paths).size !== paths.length) bad('duplicate task path');
  const read = outline(text);
  const readPaths = read.map((t) => t.path.join('/'));
  if (JSON.stringify(readPaths) !== JSON.stringify(paths))
    bad(`paths differ from the outline reader:\n  gold ${paths.join(' ')}\n  read ${readPaths.join(' ')}`);
  const chapters = [...new Set(text.split('\n').map((l) => l.match(reChapter)?.[1]).filter(Boolean))];
  if (JSON.stringify(chapters) !== JSON.stringify(d.sections)) bad(`sections ${d.sections} vs ${chapters}`);
  const own = new Map(read.map((t) => [t.path.join('/'), t.text]));
  const counts = { tasks: gold.tasks.length, leads: 0, supports: 0, populations: 0 };
  for (const t of gold.tasks) {
    const p = t.path.join('/');
    for (const field of ['leads', 'supports', 'populations']) {
      if (!Array.isArray(t[field])) { bad(`${p} ${field} missing`); continue; }
      if (new Set(t[field]).size !== t[field].length) bad(`${p} ${field} duplicate`);
      counts[field] += t[field].length;
      for (const m of t[field]) {
        if (!text.includes(m)) bad(`${p} ${field} "${m}" not a substring of the normalized text`);
        else if (own.has(p) && !own.get(p).includes(m)) bad(`${p} ${field} "${m}" not inside the task's own text`);
        if (field !== 'populations' && (ROLE.test(m) || m.endsWith('等'))) bad(`${p} ${field} "${m}" contains a role word or 等`);
      }
    }
    const overlap = t.leads.filter((x) => t.supports.includes(x));
    if (overlap.length) bad(`${p} both lead and support: ${overlap}`);
  }
  totals.docs++;
  for (const k of ['tasks', 'leads', 'supports', 'populations']) totals[k] += counts[k];
  rows.push(`${gold.file}\t${counts.tasks}\t${counts.leads}\t${counts.supports}\t${counts.populations}`);
}
console.log('file\ttasks\tleads\tsupports\tpopulations');
for (const r of rows) console.log(r);
console.log(`total (${totals.docs} docs)\t${totals.tasks}\t${totals.leads}\t${totals.supports}\t${totals.populations}`);
console.log(problems ? `${problems} problem(s)` : 'all checks passed');
process.exit(problems ? 1 : 0);
