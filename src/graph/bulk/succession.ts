// Which plan's tasks continue which plan's, for a corpus assembled in memory: the rule of
// cypher/read/changes/neighbour-plans.cypher (graph/continuity.ts linkContinuations) on
// the documents themselves, a bulk load having no graph to read yet. Each work plan
// continues the same issuer's plan just before it by year (ties: the latest publishedAt,
// then the smallest id); Cypher orders nulls after every value, so a plan without
// publishedAt comes first among the latest of a year. tests/graph/bulk-import.test.ts
// compares the CONTINUES of both ways.

export interface PlanFacts {
  id: string;
  issuerId: string | null;
  kind: string;
  year: number | null;
  publishedAt: string | null;
}

/** ORDER BY year DESC, publishedAt DESC, id (nulls first among the descending). */
function descending(a: PlanFacts, b: PlanFacts): number {
  if (a.year !== b.year) return b.year! - a.year!;
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return -1;
    if (b.publishedAt === null) return 1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The (later plan, previous plan) pairs whose tasks are to be matched, by later plan's id: every work plan with a previous one. */
export function planSuccession(documents: readonly PlanFacts[]): Array<[later: string, previous: string]> {
  const plansOf = new Map<string, PlanFacts[]>();
  for (const d of documents) {
    if (d.issuerId === null || d.kind !== 'WORK_PLAN' || d.year === null) continue;
    if (!plansOf.has(d.issuerId)) plansOf.set(d.issuerId, []);
    plansOf.get(d.issuerId)!.push(d);
  }
  const pairs: Array<[string, string]> = [];
  for (const plans of plansOf.values()) {
    for (const d of plans) {
      let previous: PlanFacts | null = null;
      for (const p of plans) if (p.year! < d.year! && (previous === null || descending(p, previous) < 0)) previous = p;
      if (previous) pairs.push([d.id, previous.id]);
    }
  }
  return pairs.sort(([a], [b]) => (a < b ? -1 : 1));
}
