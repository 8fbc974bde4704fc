// Evidence anyone can check (issue 16): for every evidence of every kind, on every
// document we have (the seeds, the held-out plans, both multi-agency sets),
// `text.slice(start, end)` is exactly what the evidence is for — a body's mention, a
// citation's title as printed (inside 《》), a population's mention, an indicator's or a
// deadline's text, an initiative's mention, the document's issuer — and the sentence
// is the slice of the text at sentenceStart that holds it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELDOUT_DIR, HELDOUT_RESPONSIBILITY_DIR, RESPONSIBILITY_DIR, loadGold } from '../../bench/gold.js';
import { extractDocument } from '../../src/extract/index.js';
import type { Evidence, ExtractedDocument } from '../../src/extract/types.js';

const SHARED_SEEDS = '/work/shared/seeds';
const root = new URL('../..', import.meta.url).pathname;

/** Every document: the shared seeds (or the repo's copies), and each text a gold file of the other sets names. */
function documents(): { file: string; path: string }[] {
  let seedDir = SHARED_SEEDS;
  try {
    readdirSync(seedDir);
  } catch {
    seedDir = join(root, 'seeds');
  }
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();
  const out = seeds.map((f) => ({ file: f, path: join(seedDir, f) }));
  for (const dir of [HELDOUT_DIR, RESPONSIBILITY_DIR, HELDOUT_RESPONSIBILITY_DIR]) {
    for (const g of loadGold(dir)) out.push({ file: g.file, path: join(dir, g.file) });
  }
  return out;
}

interface Checked {
  kind: string;
  expected: string;
  evidence: Evidence;
}

function evidences(doc: ExtractedDocument): Checked[] {
  const out: Checked[] = [];
  const d = doc.document;
  if (d.issuerEvidence) out.push({ kind: 'issuer', expected: d.issuer ?? '', evidence: d.issuerEvidence });
  for (const t of doc.tasks) {
    const at = `task ${t.path.join(' ')}`;
    for (const role of ['leads', 'supports', 'agencies'] as const) {
      for (const x of t[role]) out.push({ kind: `${at} ${role}`, expected: x.mention, evidence: x.evidence });
    }
    for (const x of t.regulations) out.push({ kind: `${at} regulations`, expected: x.title, evidence: x.evidence });
    for (const x of t.populations) out.push({ kind: `${at} populations`, expected: x.mention, evidence: x.evidence });
    for (const x of t.indicators) out.push({ kind: `${at} indicators`, expected: x.text, evidence: x.evidence });
    for (const x of t.deadlines) out.push({ kind: `${at} deadlines`, expected: x.text, evidence: x.evidence });
    for (const x of t.initiatives) out.push({ kind: `${at} initiatives`, expected: x.mention, evidence: x.evidence });
  }
  return out;
}

/** What is wrong with one evidence, or null. */
function mismatch(text: string, c: Checked): string | null {
  const { start, end, sentence, sentenceStart } = c.evidence;
  const slice = text.slice(start, end);
  if (slice !== c.expected) return `[${start}, ${end}) slices ${JSON.stringify(slice)}, expected ${JSON.stringify(c.expected)}`;
  if (text.slice(sentenceStart, sentenceStart + sentence.length) !== sentence) return `sentence is not the text at ${sentenceStart}`;
  if (sentenceStart > start || sentenceStart + sentence.length < end) return `sentence at ${sentenceStart} does not hold [${start}, ${end})`;
  return null;
}

describe('every evidence slices exactly its mention', () => {
  const docs = documents();

  it('covers the seeds and every held-out and multi-agency document', () => {
    expect(docs.filter((d) => /^\d{3}_/.test(d.file))).toHaveLength(5);
    expect(docs.length).toBeGreaterThanOrEqual(5 + 2 + 16 + 14);
  });

  it.each(docs)('$file', ({ file, path }) => {
    const doc = extractDocument(readFileSync(path), file);
    const all = evidences(doc);
    expect(all.length).toBeGreaterThan(0);
    const wrong = all.flatMap((c) => {
      const why = mismatch(doc.text, c);
      return why ? [`${c.kind}: ${why}`] : [];
    });
    // The first few are enough to see what is wrong; the count says how much.
    expect({ wrong: wrong.length, first: wrong.slice(0, 5) }).toEqual({ wrong: 0, first: [] });
  });

  it('a citation slices its title inside the 《》, a nested one inside its <>', () => {
    const text = '贯彻落实《慈善法》和《福建省实施<中华人民共和国未成年人保护法>办法》。';
    const doc = extractDocument(`厦门市民政局2022年工作要点\n一、兜底保障\n1.依法行政。${text}\n`, 'x.txt');
    const cites = doc.tasks.flatMap((t) => t.regulations);
    expect(cites.map((c) => [c.title, doc.text.slice(c.evidence.start, c.evidence.end), doc.text[c.evidence.start - 1]! + doc.text[c.evidence.end]!])).toEqual([
      ['慈善法', '慈善法', '《》'],
      ['福建省实施<中华人民共和国未成年人保护法>办法', '福建省实施<中华人民共和国未成年人保护法>办法', '《》'],
      ['中华人民共和国未成年人保护法', '中华人民共和国未成年人保护法', '<>'],
    ]);
    expect(cites.map((c) => c.evidence.sentence)).toEqual([text, text, text]);
  });
});
