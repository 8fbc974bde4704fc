// Which plan's tasks continue which plan's, for a corpus assembled in memory: the rule
// graph/continuity.ts linkContinuations applies to what cypher/read/changes/
// neighbour-plans.cypher reads, on the documents themselves (a bulk load has no graph to
// read yet). Each work plan continues the same issuer's plan just before it by year
// (ties: the latest publishedAt, then the smallest id); Cypher orders nulls after every
// value, so a plan without publishedAt comes first among the latest and last among the
// earliest. tests/graph/bulk-import.test.ts compares the CONTINUES of both ways.

export interface PlanFacts {
  id: string;
  issuerId: string | null;
  kind: string;
  year: number | null;
  publishedAt: string | null;
}

/** ORDER BY year, publishedAt, id (ascending, nulls last). */
function ascending(a: PlanFacts, b: PlanFacts): number {
  if (a.year !== b.year) return a.year! - b.year!;
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
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

/** The (later plan, previous plan) pairs whose tasks are to be matched, by later plan's id, for `documents` in loading order. */
export function planSuccession(documents: readonly PlanFacts[]): Array<[later: string, previous: string]> {
  const plansOf = new Map<string, PlanFacts[]>();
  for (const d of documents) {
    if (d.issuerId === null || d.kind !== 'WORK_PLAN' || d.year === null) continue;
    if (!plansOf.has(d.issuerId)) plansOf.set(d.issuerId, []);
    plansOf.get(d.issuerId)!.push(d);
  }
  const laterToPrevious = new Map<string, string>();
  for (const d of documents) {
    // neighbour-plans has a row for a document with an issuer; linkContinuations uses it when it is a work plan.
    if (d.issuerId === null || d.kind !== 'WORK_PLAN') continue;
    let previous: PlanFacts | null = null;
    let next: PlanFacts | null = null;
    if (d.year !== null) {
      for (const p of plansOf.get(d.issuerId) ?? []) {
        if (p.year! < d.year && (previous === null || descending(p, previous) < 0)) previous = p;
        if (p.year! > d.year && (next === null || ascending(p, next) < 0)) next = p;
      }
    }
    if (previous) laterToPrevious.set(d.id, previous.id);
    if (next) laterToPrevious.set(next.id, d.id);
  }
  return [...laterToPrevious].sort(([a], [b]) => (a < b ? -1 : 1));
}
