// npm run eval:extract [-- --verbose] [-- --heldout]
// Precision, recall and F1 of extractDocument against the gold standard in
// tests/gold (micro-averaged over the annotated tasks), the document-level
// differences, and with --verbose every false positive and false negative.
// --heldout scores tests/heldout instead: documents written after the extractor
// and never tuned on, so the honest number for unseen plans. --responsibility
// scores tests/gold/responsibility: multi-agency plans and task lists; both flags
// together tests/heldout/responsibility, multi-agency plans never tuned on.
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { HELDOUT_DIR, HELDOUT_RESPONSIBILITY_DIR, RESPONSIBILITY_DIR, f1Table, loadGold, score } from './gold.js';

function describe(v: { heldout?: boolean; responsibility?: boolean }): string {
  if (v.heldout && v.responsibility) return 'multi-agency plans written after the responsibility reader, never tuned on (bodies and populations by mention)';
  if (v.heldout) return 'HELD-OUT work plans, written after the extractor';
  if (v.responsibility) return 'multi-agency plans the responsibility reader was developed on (bodies by mention)';
  return 'the seeds, hand-annotated';
}

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    heldout: { type: 'boolean', default: false },
    responsibility: { type: 'boolean', default: false },
  },
});

const dir = values.heldout
  ? values.responsibility
    ? HELDOUT_RESPONSIBILITY_DIR
    : HELDOUT_DIR
  : values.responsibility
    ? RESPONSIBILITY_DIR
    : null;
const s = dir ? score(loadGold(dir), dir) : score();
console.log(`${dir ? relative(process.cwd(), dir) : 'tests/gold'}: ${describe(values)}`);
const table = f1Table(s);
const pct = (x: number) => x.toFixed(3);
const pad = (x: string | number, n: number) => String(x).padStart(n);

console.log(`gold: ${s.tasks} tasks\n`);
console.log(`${'field'.padEnd(16)}${pad('gold', 6)}${pad('tp', 6)}${pad('fp', 6)}${pad('fn', 6)}${pad('P', 8)}${pad('R', 8)}${pad('F1', 8)}`);
const sum = { gold: 0, tp: 0, fp: 0, fn: 0 };
for (const f of s.annotated) {
  const c = s.fields[f];
  const m = table[f];
  console.log(`${f.padEnd(16)}${pad(c.gold, 6)}${pad(c.tp, 6)}${pad(c.fp.length, 6)}${pad(c.fn.length, 6)}${pad(pct(m.p), 8)}${pad(pct(m.r), 8)}${pad(pct(m.f1), 8)}`);
  if (f !== 'regulationNames') {
    sum.gold += c.gold;
    sum.tp += c.tp;
    sum.fp += c.fp.length;
    sum.fn += c.fn.length;
  }
}
const t = table.total;
console.log(`${'total'.padEnd(16)}${pad(sum.gold, 6)}${pad(sum.tp, 6)}${pad(sum.fp, 6)}${pad(sum.fn, 6)}${pad(pct(t.p), 8)}${pad(pct(t.r), 8)}${pad(pct(t.f1), 8)}`);
console.log('(total leaves out regulationNames, which repeats regulations without the mode)');

console.log(s.documentErrors.length === 0 ? '\ndocument level: all fields match' : `\ndocument level:\n  ${s.documentErrors.join('\n  ')}`);

if (values.verbose) {
  for (const f of s.annotated) {
    const c = s.fields[f];
    if (c.fp.length + c.fn.length === 0) continue;
    console.log(`\n${f}`);
    for (const m of c.fp) console.log(`  FP ${m.file.replace(/\.\w+$/, '')} ${m.path}: ${m.key}`);
    for (const m of c.fn) console.log(`  FN ${m.file.replace(/\.\w+$/, '')} ${m.path}: ${m.key}`);
  }
}
