// Self-check of this folder's gold, independent of src/:
//   node tests/heldout/responsibility/check-forms.mjs
// For every <base>.json beside its document it checks that the JSON is well formed,
// that document.tasks lists the same paths as tasks[] (in order, no duplicates),
// that the paths match the labelled items found by a small scanner of its own,
// and that every lead/support is an exact substring of the normalized text
// (for the .html file, of its visible text), holds no role word and no trailing 等.
// Mentions from outside the task's own text (blanket sentences) are listed; a table
// row's own text includes the rowspan cell that covers it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));

function normalize(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00A0\u3000\u2002-\u200A\u202F\t]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

function htmlVisibleText(html) {
  let s = html
    .replace(/<head[\s\S]*?<\/head>/gi, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|h[1-6]|tr|td|th|li|ul|ol|table|thead|tbody|nav|footer|header|section)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return s;
}

const CN = '一二三四五六七八九十';
function cnLabel(s) { return new RegExp(`^[${CN}]+$`).test(s); }

// Scanner: chapters 一、 ; items 1. 1、 (一) (1) ① — nesting by the order in which
// label kinds first appear inside the current chapter.
function scanTxt(norm) {
  const lines = norm.split('\n');
  const tasks = []; // {path, text}
  let chapter = null;
  let kinds = [];
  let stack = [];
  let seenChapter = false;
  const hasChapters = lines.some((l) => new RegExp(`^[${CN}]+、`).test(l));
  let current = null;
  for (const line of lines) {
    const ch = line.match(new RegExp(`^([${CN}]+)、`));
    if (ch) { chapter = ch[1]; seenChapter = true; kinds = []; stack = []; current = null; continue; }
    if (hasChapters && !seenChapter) continue;
    let m, kind, label;
    if ((m = line.match(/^(\d+)(?:、|\.(?!\d))/))) { kind = 'num'; label = `${m[1]}.`; }
    else if ((m = line.match(new RegExp(`^\\(([${CN}]+)\\)`)))) { kind = 'cn'; label = `(${m[1]})`; }
    else if ((m = line.match(/^\((\d+)\)/))) { kind = 'paren'; label = `(${m[1]})`; }
    else if ((m = line.match(/^([\u2460-\u2473])/))) { kind = 'circ'; label = m[1]; }
    if (kind) {
      if (!kinds.includes(kind)) kinds.push(kind);
      const depth = kinds.indexOf(kind);
      stack = stack.slice(0, depth);
      stack[depth] = label;
      current = { path: [...(chapter ? [chapter] : []), ...stack], text: line };
      tasks.push(current);
    } else if (current) {
      current.text += '\n' + line;
    }
  }
  return tasks;
}

function scanHtml(html) {
  const tasks = [];
  const parts = html.split(/<h3[^>]*>/i).slice(1);
  for (const part of parts) {
    const chapter = part.match(new RegExp(`^\\s*([${CN}]+)、`))[1];
    const rowspans = []; // [{col, left, text}]
    for (const tr of part.match(/<tr[\s\S]*?<\/tr>/gi) || []) {
      if (/<th/i.test(tr)) continue;
      const cells = [...tr.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/gi)].map((c) => ({ attrs: c[1], text: c[2] }));
      const full = [];
      let ci = 0;
      for (let col = 0; col < 5; col++) {
        const r = rowspans.find((x) => x.col === col && x.left > 0);
        if (r) { full.push(r.text); r.left--; continue; }
        const c = cells[ci++];
        full.push(c.text);
        const rs = c.attrs.match(/rowspan="(\d+)"/);
        if (rs) rowspans.push({ col, left: Number(rs[1]) - 1, text: c.text });
      }
      tasks.push({ path: [chapter, `${full[0].trim()}.`], text: normalize(htmlVisibleText(full.join('\n'))) });
    }
  }
  return tasks;
}

const ROLE = /牵头|牽頭|配合|协办|協辦|参与|參與|负责|負責|落实|落實|责任单位|責任單位/;
let failures = 0;
const fail = (msg) => { failures++; console.log('FAIL ' + msg); };
const totals = { docs: 0, tasks: 0, leads: 0, supports: 0 };

// Part two of the set (part one has check.mjs).
const PART_TWO = /^(changchun|foshan|guizhou|lankao|wenzhou|wuhan)-/;
for (const jf of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && PART_TWO.test(f)).sort()) {
  let gold;
  try { gold = JSON.parse(fs.readFileSync(path.join(dir, jf), 'utf8')); }
  catch (e) { fail(`${jf}: invalid JSON: ${e.message}`); continue; }
  const src = path.join(dir, gold.file);
  if (path.parse(gold.file).name !== path.parse(jf).name) fail(`${jf}: file ${gold.file} has another base name`);
  const raw = fs.readFileSync(src, 'utf8');
  const isHtml = gold.file.endsWith('.html');
  if (isHtml && !/<meta charset="utf-8">/i.test(raw)) fail(`${gold.file}: no <meta charset="utf-8">`);
  const norm = normalize(isHtml ? htmlVisibleText(raw) : raw);
  const scanned = isHtml ? scanHtml(raw) : scanTxt(norm);

  const docPaths = gold.document.tasks.map((p) => JSON.stringify(p));
  const taskPaths = gold.tasks.map((t) => JSON.stringify(t.path));
  const scanPaths = scanned.map((t) => JSON.stringify(t.path));
  if (docPaths.join() !== taskPaths.join()) fail(`${jf}: document.tasks and tasks[] differ`);
  if (new Set(taskPaths).size !== taskPaths.length) fail(`${jf}: duplicate task paths`);
  if (scanPaths.join() !== taskPaths.join()) fail(`${jf}: scanner found ${scanPaths.join(' ')}\n     gold has      ${taskPaths.join(' ')}`);
  if (JSON.stringify(gold.fields) !== '["leads","supports"]' || gold.departmentKey !== 'mention') fail(`${jf}: fields/departmentKey`);
  for (const k of ['title', 'issuer']) if (!norm.includes(gold.document[k])) fail(`${jf}: document.${k} not in text`);
  if (gold.document.docNumber && !norm.includes(gold.document.docNumber)) fail(`${jf}: docNumber not in text`);
  const secs = [...new Set(scanned.map((t) => t.path.length > 1 && cnLabel(t.path[0]) ? t.path[0] : null).filter(Boolean))];
  for (const s of secs) if (!gold.document.sections.includes(s)) fail(`${jf}: section ${s} missing`);

  const byPath = new Map(scanned.map((t) => [JSON.stringify(t.path), t.text]));
  const outside = [];
  for (const t of gold.tasks) {
    for (const field of ['leads', 'supports']) {
      const list = t[field];
      if (!Array.isArray(list)) { fail(`${jf} ${t.path}: ${field} not a list`); continue; }
      if (new Set(list).size !== list.length) fail(`${jf} ${t.path}: duplicate ${field}`);
      for (const m of list) {
        if (!norm.includes(m)) fail(`${jf} ${t.path.join('')}: ${field} "${m}" not in normalized text`);
        if (ROLE.test(m)) fail(`${jf} ${t.path.join('')}: ${field} "${m}" holds a role word`);
        if (m.endsWith('等')) fail(`${jf} ${t.path.join('')}: ${field} "${m}" ends with 等`);
        const own = byPath.get(JSON.stringify(t.path)) || '';
        if (!own.includes(m)) outside.push(`${t.path.join('')} ${field} ${m}`);
      }
    }
    totals.tasks++; totals.leads += t.leads.length; totals.supports += t.supports.length;
  }
  totals.docs++;
  console.log(`ok   ${jf}: ${gold.tasks.length} tasks, ${gold.tasks.reduce((n, t) => n + t.leads.length, 0)} leads, ${gold.tasks.reduce((n, t) => n + t.supports.length, 0)} supports`);
  if (outside.length) console.log(`     from outside the task's own text (blanket sentences): ${outside.length}\n       ` + outside.join('\n       '));
}
console.log(`${totals.docs} documents, ${totals.tasks} tasks, ${totals.leads} leads, ${totals.supports} supports`);
console.log(`${failures === 0 ? 'all checks passed' : failures + ' failures'}`);
process.exit(failures ? 1 : 0);
