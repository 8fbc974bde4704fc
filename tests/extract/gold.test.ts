// Extraction quality against the hand-made gold standard (tests/gold, rules in
// tests/gold/README.md). The floors are the F1 the extractor reached, rounded down
// to 0.01, so any regression fails; raise them when the extractor improves.
// `npm run eval:extract -- --verbose` shows what is wrong when one fails.
import { describe, expect, it } from 'vitest';
import { FIELDS, f1Table, loadGold, score, type Field } from '../../bench/gold.js';

const FLOORS: Record<Field | 'total', number> = {
  leads: 1,
  supports: 1,
  agencies: 1,
  regulations: 1,
  regulationNames: 1,
  populations: 1,
  indicators: 1,
  deadlines: 1,
  initiatives: 0.99,
  total: 0.99,
};

describe('extraction against the gold standard', () => {
  const golds = loadGold();
  const s = score(golds);
  const table = f1Table(s);

  it('covers the three work plans: 31 + 28 + 46 tasks', () => {
    expect(golds.map((g) => [g.file, g.tasks.length])).toEqual([
      ['qinzhou-2022-work-plan.txt', 28],
      ['shanwei-2024-work-plan.txt', 31],
      ['xiamen-2022-work-plan.txt', 46],
    ]);
  });

  it('reads every document-level field, section and task path exactly', () => {
    expect(s.documentErrors).toEqual([]);
  });

  for (const field of [...FIELDS, 'total'] as const) {
    it(`${field}: F1 ≥ ${FLOORS[field]}`, () => {
      const misses =
        field === 'total' ? '' : [...s.fields[field].fp.map((m) => `FP ${m.path}: ${m.key}`), ...s.fields[field].fn.map((m) => `FN ${m.path}: ${m.key}`)].join('\n');
      expect(table[field].f1, misses).toBeGreaterThanOrEqual(FLOORS[field]);
    });
  }
});
