// npm run bench:extract [-- --seconds N --mb N]
// Throughput of extractDocument over the seeds (many repetitions) and over one
// large synthetic work plan made of the seeds' tasks, renumbered under new chapters;
// then the task tables of tables.ts (a 5,000-row table with one cell per line and
// merged cells, a line of 10,000 cells run together), each also at half size: equal
// characters/s at both sizes is what linear time looks like; and the same for hostile
// responsibility input (a line of 10,000 body names, unmatched brackets, a table with
// more cells than headers), which must end in a result or a warning.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument } from '../src/extract/index.js';
import { extractMetadata } from '../src/extract/metadata.js';
import { normalizeText } from '../src/extract/normalize.js';
import { labelOf, parseStructure } from '../src/extract/structure.js';
import { writeResults } from './results.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, mb: { type: 'string', default: '5' } } });
const seconds = Number(values.seconds);
const targetBytes = Number(values.mb) * 1024 * 1024;

const seedsDir = join(import.meta.dirname, '..', 'seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, bytes: readFileSync(join(seedsDir, f)) }));

interface Row {
  input: string;
  docs: number;
  chars: number;
  ms: number;
}
const rows: Row[] = [];

/** Runs `once` until `budget` seconds have passed (at least `min` times); counts documents and normalized characters. */
function measure(input: string, once: () => number[], budget: number, min = 1): void {
  once(); // warm-up: JIT, lazily built tables
  let docs = 0;
  let chars = 0;
  const start = performance.now();
  while (docs < min || performance.now() - start < budget * 1000) {
    for (const n of once()) {
      docs++;
      chars += n;
    }
  }
  rows.push({ input, docs, chars, ms: performance.now() - start });
}

measure(`seeds (${seeds.length} files)`, () => seeds.map((s) => extractDocument(s.bytes, s.name).text.length), seconds, seeds.length);

// ---- a large synthetic plan ----

const CN = '零一二三四五六七八九';
function chineseNumber(n: number): string {
  if (n < 10) return CN[n]!;
  if (n < 20) return `十${n % 10 ? CN[n % 10] : ''}`;
  if (n < 100) return `${CN[Math.floor(n / 10)]}十${n % 10 ? CN[n % 10] : ''}`;
  const rest = n % 100;
  return `${CN[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CN[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}`;
}

/** Task bodies (label removed, heading and body on one line) and chapter titles of the seed work plans. */
function material(): { chapters: string[]; tasks: string[] } {
  const chapters: string[] = [];
  const tasks: string[] = [];
  for (const s of seeds) {
    const text = normalizeText(s.bytes.toString('utf8'));
    const structure = parseStructure(text);
    if (!structure.numbered) continue;
    chapters.push(...structure.sections.map((c) => c.title));
    for (const t of structure.tasks) {
      if (t.headingOnly) continue;
      const body = t.text.slice(labelOf(t.text)?.length ?? 0).replace(/\n/, t.text.split('\n')[0]!.includes('。') ? '' : '。').replace(/\n/g, '');
      tasks.push(body);
    }
  }
  return { chapters, tasks };
}

function syntheticPlan(bytes: number): { text: string; tasks: number } {
  const { chapters, tasks } = material();
  const parts = ['某某市民政局', '2030年全市民政工作要点', '2030年,全市民政系统要坚持稳中求进工作总基调。'];
  let size = Buffer.byteLength(parts.join('\n'));
  let task = 0;
  for (let c = 1; size < bytes; c++) {
    const chapter = `${chineseNumber(c % 1000 === 0 ? 1 : c % 1000)}、${chapters[c % chapters.length]}`;
    parts.push(chapter);
    size += Buffer.byteLength(chapter) + 1;
    // Numbering restarts per chapter, as in many plans (labels have at most 3 digits).
    for (let k = 1; k <= 8 && size < bytes; k++) {
      const line = `${k}.${tasks[++task % tasks.length]}`;
      parts.push(line);
      size += Buffer.byteLength(line) + 1;
    }
  }
  return { text: parts.join('\n'), tasks: task };
}

const plan = syntheticPlan(targetBytes);
const planBytes = Buffer.from(plan.text, 'utf8');
const check = extractDocument(planBytes, 'synthetic.txt');
if (check.tasks.length !== plan.tasks) throw new Error(`synthetic plan: expected ${plan.tasks} tasks, extracted ${check.tasks.length}`);
const mb = (planBytes.length / 1024 / 1024).toFixed(1);
measure(`synthetic ${mb} MB plan, ${plan.tasks} tasks`, () => [extractDocument(planBytes, 'synthetic.txt').text.length], seconds, 2);
measure(`  same, structure + metadata only`, () => {
  const text = normalizeText(plan.text);
  extractMetadata(text, parseStructure(text));
  return [text.length];
}, seconds, 2);

// ---- task tables (tables.ts) ----

const ROW_TASKS = ['完善社会救助机制,建立低收入人口动态监测。', '新增养老床位500张,2024年底前完成。', '提高城乡低保标准。', '推进殡葬改革,建设公益性公墓3个。'];
const ROW_BODIES = ['市民政局', '市财政局、市人社局', '市卫生健康委', '各县(市、区)人民政府'];
const ROW_DEADLINES = ['2024年12月底前', '长期坚持', '2025年6月底前', '持续推进'];
const TABLE_HEADER = '序号 工作任务 牵头单位 配合单位 完成时限';

/** One cell per line; every 3rd row's 牵头单位 and every 5th row's 完成时限 merged from the row above. */
function tablePerLine(rows: number): string {
  const out = ['某某市民生实事任务分工方案', TABLE_HEADER];
  for (let r = 1; r <= rows; r++) {
    out.push(String(r), ROW_TASKS[r % 4]!);
    if (r % 3 !== 0) out.push(ROW_BODIES[r % 4]!);
    out.push(ROW_BODIES[(r + 1) % 4]!);
    if (r % 5 !== 0) out.push(ROW_DEADLINES[r % 4]!);
  }
  return out.join('\n');
}

/** The header and rows of 5 cells (序号 included) all on one line. */
function tableOneLine(cells: number): string {
  const parts = [TABLE_HEADER];
  for (let r = 1; r * 5 <= cells; r++) parts.push(`${r} ${ROW_TASKS[r % 4]} ${ROW_BODIES[r % 4]} ${ROW_BODIES[(r + 1) % 4]} ${ROW_DEADLINES[r % 4]}`);
  return parts.join(' ');
}

const tableRuns: [string, string, number][] = [
  ['table, 2,500 rows one cell per line', tablePerLine(2_500), 2_500],
  ['table, 5,000 rows one cell per line', tablePerLine(5_000), 5_000],
  ['table, one line of 5,000 cells', tableOneLine(5_000), 1_000],
  ['table, one line of 10,000 cells', tableOneLine(10_000), 2_000],
];
for (const [label, raw, rows] of tableRuns) {
  const text = normalizeText(raw);
  const tasks = parseStructure(text).tasks;
  if (tasks.length !== rows || tasks.some((t) => !t.cells)) throw new Error(`${label}: expected ${rows} table rows, parsed ${tasks.length}`);
  measure(`${label}: structure`, () => {
    parseStructure(text);
    return [text.length];
  }, seconds, 2);
}
const tableRate = (label: string) => {
  const r = rows.find((x) => x.input === `${label}: structure`)!;
  return r.chars / r.ms;
};
const scaling = [
  ['5,000 rows vs 2,500', tableRate('table, 5,000 rows one cell per line') / tableRate('table, 2,500 rows one cell per line')],
  ['10,000 cells vs 5,000', tableRate('table, one line of 10,000 cells') / tableRate('table, one line of 5,000 cells')],
];
const fullTable = Buffer.from(tableRuns[1]![1], 'utf8');
measure('  5,000-row table, whole extraction', () => [extractDocument(fullTable, 'table.txt').text.length], seconds, 2);

// ---- hostile responsibility input (responsibility.ts): a result or a warning, in linear time ----

const CN_DIGITS = '零一二三四五六七八九';
const bodyNames = (n: number) => Array.from({ length: n }, (_, i) => `市第${String(i).replace(/\d/g, (d) => CN_DIGITS[+d]!)}局`);
const hostile: [string, (n: number) => string][] = [
  ['a line of N body names, 牵头 at its end', (n) => `一、任务\n1.做好工作。(${bodyNames(n).join('、')}牵头)`],
  ['N names each glued to 牵头', (n) => `一、任务\n1.做好工作。${bodyNames(n).map((b) => `${b}牵头`).join('')}`],
  ['N keyed annotations in one task', (n) => `一、任务\n1.做好工作。${bodyNames(n).map((b) => `(牵头单位:${b};配合单位:市财政局)`).join('')}`],
  ['N unmatched brackets', (n) => `一、任务\n1.做好工作。${'(牵头单位:市民政局'.repeat(n)}`],
  ['a table of N rows with more cells than headers', (n) => ['序号 工作任务 牵头单位 完成时限', ...Array.from({ length: n }, (_, i) => `${i + 1}\n完善机制。\n市民政局\n市财政局\n2024年底前\n张三\n备注`)].join('\n')],
];
const hostileScaling: string[] = [];
for (const [label, make] of hostile) {
  const rates: number[] = [];
  for (const n of [5_000, 10_000]) {
    const bytes = Buffer.from(make(n), 'utf8');
    const doc = extractDocument(bytes, 'hostile.txt');
    const name = `${label.replace('N', n.toLocaleString('en'))}: whole extraction${doc.warnings.length > 0 ? `, ${doc.warnings.length} warnings` : ''}`;
    measure(name, () => [extractDocument(bytes, 'hostile.txt').text.length], Math.min(seconds, 1), 1);
    const r = rows.at(-1)!;
    rates.push(r.chars / r.ms);
  }
  hostileScaling.push(`${label.replace('N', '10,000 vs 5,000')} ${(rates[1]! / rates[0]!).toFixed(2)}`);
}

// ---- report ----

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1));
const table = [
  ['input', 'docs', 'chars', 'seconds', 'chars/s', 'docs/s'],
  ...rows.map((r) => [r.input, String(r.docs), fmt(r.chars), (r.ms / 1000).toFixed(2), fmt(r.chars / (r.ms / 1000)), fmt(r.docs / (r.ms / 1000))]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => [...row[i]!].length)));
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log(`tables, characters/s at double size ÷ at single size (1.00 = linear): ${scaling.map(([what, x]) => `${what} ${(x as number).toFixed(2)}`).join(', ')}`);
console.log(`hostile input, characters/s at double size ÷ at single size (1.00 = linear): ${hostileScaling.join('; ')}`);
console.log(`wrote ${writeResults('extract', `npm run bench:extract -- --seconds ${seconds} --mb ${values.mb}`, rows.map((r) => ({ ...r, charsPerSecond: Math.round(r.chars / (r.ms / 1000)), docsPerSecond: r.docs / (r.ms / 1000) })))}`);
