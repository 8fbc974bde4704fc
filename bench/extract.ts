// npm run bench:extract [-- --seconds N --mb N]
// Throughput of extractDocument over the seeds (many repetitions) and over one
// large synthetic work plan made of the seeds' tasks, renumbered under new chapters.
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

// ---- report ----

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1));
const table = [
  ['input', 'docs', 'chars', 'seconds', 'chars/s', 'docs/s'],
  ...rows.map((r) => [r.input, String(r.docs), fmt(r.chars), (r.ms / 1000).toFixed(2), fmt(r.chars / (r.ms / 1000)), fmt(r.docs / (r.ms / 1000))]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => [...row[i]!].length)));
for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
console.log(`wrote ${writeResults('extract', `npm run bench:extract -- --seconds ${seconds} --mb ${values.mb}`, rows.map((r) => ({ ...r, charsPerSecond: Math.round(r.chars / (r.ms / 1000)), docsPerSecond: r.docs / (r.ms / 1000) })))}`);
