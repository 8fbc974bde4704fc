// Scores extractDocument against the hand-made gold standard in tests/gold/*.json
// (or the held-out set in tests/heldout/*.json, texts beside their gold)
// (see tests/gold/README.md for the annotation rules). Shared by
// bench/eval-extract.ts (the table) and tests/extract/gold.test.ts (the floors).
//
// Per task the extracted and the gold items are compared as sets of keys; counts
// are summed over all annotated tasks of all documents (micro-average). Only tasks
// the gold lists are scored; a gold task the extractor did not find counts all its
// items as missed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../src/extract/index.js';
import type { DocumentMeta, ExtractedDocument, ExtractedTask } from '../src/extract/types.js';

const ROOT = join(import.meta.dirname, '..');
const GOLD_DIR = join(ROOT, 'tests', 'gold');
const SEEDS_DIR = join(ROOT, 'seeds');
/** Documents written after the extractor, never tuned on: texts and gold side by side. */
export const HELDOUT_DIR = join(ROOT, 'tests', 'heldout');
/** Multi-agency implementation plans and task lists (leads and supports only), texts beside their gold. */
export const RESPONSIBILITY_DIR = join(ROOT, 'tests', 'gold', 'responsibility');
/** Multi-agency plans written after the responsibility reader and never tuned on. */
export const HELDOUT_RESPONSIBILITY_DIR = join(HELDOUT_DIR, 'responsibility');

export const FIELDS = [
  'leads',
  'supports',
  'agencies',
  'regulations',
  'regulationNames',
  'populations',
  'indicators',
  'deadlines',
  'initiatives',
] as const;
export type Field = (typeof FIELDS)[number];

interface GoldTask {
  path: string[];
  leads: string[];
  supports: string[];
  agencies: string[];
  regulations: { name: string; mode: string }[];
  populations: string[];
  indicators: { value: number; unit: string }[];
  deadlines: string[];
  initiatives: string[];
}

export interface GoldDocument {
  file: string;
  /** The fields annotated (all when absent): only these are scored. */
  fields?: string[];
  /** Compare bodies by their printed mention instead of their canonical name. */
  departmentKey?: 'name' | 'mention';
  /** Compare populations by their printed mention instead of their canonical name. */
  populationKey?: 'name' | 'mention';
  document: DocumentMeta & {
    sections: string[];
    tasks: string[][];
  };
  tasks: GoldTask[];
}

/** A deadline's core: 到2024年底 = 2024年底, 2024年全部完成 = 2024年 (the verb is not part of the time). */
export const deadlineKey = (text: string): string =>
  text.replace(/^(?:到|于|在)/, '').replace(/(?:全部|全面|基本)?完成$/, '');

type DepartmentKey = 'name' | 'mention';
const KEYS: Record<Field, { gold: (t: GoldTask) => string[]; found: (t: ExtractedTask, by: DepartmentKey, pop: DepartmentKey) => string[] }> = {
  leads: { gold: (t) => t.leads, found: (t, by) => t.leads.map((d) => d[by]) },
  supports: { gold: (t) => t.supports, found: (t, by) => t.supports.map((d) => d[by]) },
  agencies: { gold: (t) => t.agencies, found: (t, by) => t.agencies.map((d) => d[by]) },
  regulations: {
    gold: (t) => t.regulations.map((r) => `${r.name} ${r.mode}`),
    found: (t) => t.regulations.map((r) => `${r.name} ${r.mode}`),
  },
  regulationNames: { gold: (t) => t.regulations.map((r) => r.name), found: (t) => t.regulations.map((r) => r.name) },
  populations: { gold: (t) => t.populations, found: (t, _by, pop) => t.populations.map((p) => p[pop]) },
  indicators: {
    gold: (t) => t.indicators.map((i) => `${i.value}${i.unit}`),
    found: (t) => t.indicators.map((i) => `${i.value}${i.unit}`),
  },
  deadlines: { gold: (t) => t.deadlines.map(deadlineKey), found: (t) => t.deadlines.map((d) => deadlineKey(d.text)) },
  initiatives: { gold: (t) => t.initiatives, found: (t) => t.initiatives.map((i) => i.name) },
};

export interface Miss {
  file: string;
  path: string;
  key: string;
}

export interface FieldScore {
  gold: number;
  tp: number;
  fp: Miss[];
  fn: Miss[];
}

export interface Score {
  fields: Record<Field, FieldScore>;
  /** The fields some document of the set annotates (the others score nothing). */
  annotated: Field[];
  tasks: number;
  /** Document-level differences: "file: field expected … got …". */
  documentErrors: string[];
}

export const prf = (s: { tp: number; fp: number; fn: number }) => {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

export function loadGold(dir: string = GOLD_DIR): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDocument);
}

export const loadHeldout = (): GoldDocument[] => loadGold(HELDOUT_DIR);

export function extractSeed(file: string, dir: string = SEEDS_DIR): ExtractedDocument {
  return extractDocument(readFileSync(join(dir, file)), file);
}

const pathKey = (path: string[]) => path.join(' ');

function documentErrors(gold: GoldDocument, doc: ExtractedDocument): string[] {
  const errors: string[] = [];
  const check = (field: string, expected: unknown, got: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(got)) {
      errors.push(`${gold.file}: ${field} expected ${JSON.stringify(expected)} got ${JSON.stringify(got)}`);
    }
  };
  const g = gold.document;
  for (const f of ['title', 'titleDerived', 'issuer', 'docNumber', 'publishedAt', 'year', 'region', 'kind'] as const) {
    check(f, g[f], doc.document[f]);
  }
  check('sections', g.sections, doc.sections.map((s) => s.number));
  check('tasks', g.tasks.map(pathKey), doc.tasks.map((t) => pathKey(t.path)));
  return errors;
}

/** `textDir` holds the documents the gold files name (seeds/, or tests/heldout/ for the held-out set). */
export function score(golds: GoldDocument[] = loadGold(), textDir: string = SEEDS_DIR): Score {
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { gold: 0, tp: 0, fp: [], fn: [] }])) as unknown as Record<Field, FieldScore>;
  const errors: string[] = [];
  const annotatedAny = new Set<Field>();
  let tasks = 0;
  for (const gold of golds) {
    const doc = extractSeed(gold.file, textDir);
    errors.push(...documentErrors(gold, doc));
    const byPath = new Map(doc.tasks.map((t) => [pathKey(t.path), t]));
    const annotated = FIELDS.filter((f) => !gold.fields || gold.fields.includes(f === 'regulationNames' ? 'regulations' : f));
    const by = gold.departmentKey ?? 'name';
    for (const f of annotated) annotatedAny.add(f);
    for (const g of gold.tasks) {
      tasks++;
      const path = pathKey(g.path);
      const t = byPath.get(path);
      for (const field of annotated) {
        const want = new Set(KEYS[field].gold(g));
        const got = new Set(t ? KEYS[field].found(t, by, gold.populationKey ?? 'name') : []);
        const s = fields[field];
        s.gold += want.size;
        for (const k of got) {
          if (want.has(k)) s.tp++;
          else s.fp.push({ file: gold.file, path, key: k });
        }
        for (const k of want) if (!got.has(k)) s.fn.push({ file: gold.file, path, key: k });
      }
    }
  }
  return { fields, annotated: FIELDS.filter((f) => annotatedAny.has(f)), tasks, documentErrors: errors };
}

/** Micro-averaged F1 per field, and over all fields (regulation names left out: they repeat regulations). */
export function f1Table(s: Score): Record<Field | 'total', { p: number; r: number; f1: number }> {
  const out = {} as Record<Field | 'total', { p: number; r: number; f1: number }>;
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const f of FIELDS) {
    const c = { tp: s.fields[f].tp, fp: s.fields[f].fp.length, fn: s.fields[f].fn.length };
    out[f] = prf(c);
    if (f !== 'regulationNames') {
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
    }
  }
  out.total = prf(total);
  return out;
}
