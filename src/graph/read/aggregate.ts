// Counts across the graph: department workload, department × population
// coverage, and nodes/relationships per label and type.
import type { Graph } from '../connection.js';
import type { DocumentKind } from '../model.js';
import { GraphReader } from '../reader.js';
import { regionForms } from './name.js';
import { addDays } from './promise.js';
import type { NodeRow } from './rows.js';

export interface WorkloadRow {
  department: NodeRow;
  led: number;
  supported: number;
}

export async function departmentWorkload(
  reader: GraphReader,
  organizationId: string | null,
  limit: number,
): Promise<{ totalCount: number; items: WorkloadRow[] }> {
  const [row] = await reader.read<{ totalCount: number; items: WorkloadRow[] }>('read/aggregate/workload', { organizationId, limit });
  return row ?? { totalCount: 0, items: [] };
}

export interface CoverageCellRow {
  department: NodeRow;
  population: NodeRow;
  taskCount: number;
}

export async function coverage(reader: GraphReader, organizationId: string | null, role: string): Promise<CoverageCellRow[]> {
  const [row] = await reader.read<{ cells: CoverageCellRow[] }>('read/aggregate/coverage', { organizationId, role });
  return row?.cells ?? [];
}

/** Deadlines counted by their status on a day. */
export interface DeadlineCounts {
  total: number;
  open: number;
  dueSoon: number;
  overdue: number;
  undated: number;
}

/** What a document (or, summed, a region) promises and names. */
export interface PlanCounts {
  tasks: number;
  /** Tasks whose own text names their lead (leadSource EXPLICIT). */
  explicitlyLed: number;
  /** LEADS relationships: lead departments named, task by task. */
  leadsNamed: number;
  /** Distinct departments named as a lead. */
  leadDepartments: number;
  citations: number;
  /** TARGET indicators. */
  promises: number;
  deadlines: DeadlineCounts;
}

export interface DocumentStatsRow extends PlanCounts {
  documentId: string;
  title: string;
  region: string | null;
  year: number | null;
}

export interface RegionStatsRow extends PlanCounts {
  region: string | null;
  documents: number;
}

export interface PlanStatsQuery {
  region?: string | null;
  year?: number | null;
  documentKind?: DocumentKind | null;
  /** The issuer: id or name. */
  organization?: string | null;
  /** The day deadline statuses are relative to, and how many days ahead count as DUE_SOON. */
  asOf: string;
  soonDays: number;
}

/** Per document of the query: tasks, leads, citations, promises, deadlines by status (cypher/read/aggregate/document-stats); by document id. */
export async function documentStats(reader: GraphReader, q: PlanStatsQuery): Promise<DocumentStatsRow[]> {
  return reader.read<DocumentStatsRow>('read/aggregate/document-stats', {
    regions: q.region == null ? null : regionForms(q.region),
    year: q.year ?? null,
    documentKind: q.documentKind ?? null,
    organization: q.organization ?? null,
    asOf: q.asOf,
    soonUntil: addDays(q.asOf, q.soonDays),
  });
}

/** The same counts summed per region over its documents (leadDepartments too: a bureau per document); by region, no region last. */
export async function regionStats(reader: GraphReader, q: PlanStatsQuery): Promise<RegionStatsRow[]> {
  const byRegion = new Map<string | null, RegionStatsRow>();
  for (const row of await documentStats(reader, q)) {
    const sum = byRegion.get(row.region) ?? {
      region: row.region,
      documents: 0,
      tasks: 0,
      explicitlyLed: 0,
      leadsNamed: 0,
      leadDepartments: 0,
      citations: 0,
      promises: 0,
      deadlines: { total: 0, open: 0, dueSoon: 0, overdue: 0, undated: 0 },
    };
    sum.documents++;
    for (const key of ['tasks', 'explicitlyLed', 'leadsNamed', 'leadDepartments', 'citations', 'promises'] as const) sum[key] += row[key];
    for (const key of ['total', 'open', 'dueSoon', 'overdue', 'undated'] as const) sum.deadlines[key] += row.deadlines[key];
    byRegion.set(row.region, sum);
  }
  return [...byRegion.values()].sort((a, b) => (a.region === b.region ? 0 : a.region === null ? 1 : b.region === null ? -1 : a.region < b.region ? -1 : 1));
}

/** How documentStats and regionStats can be ordered: most first (EXPLICIT_LEAD_SHARE: explicitlyLed / tasks). */
export const PLAN_STATS_ORDERINGS = ['TASKS', 'EXPLICIT_LEAD_SHARE', 'LEADS_NAMED', 'CITATIONS', 'PROMISES', 'OVERDUE'] as const;
export type PlanStatsOrdering = (typeof PLAN_STATS_ORDERINGS)[number];

/** The share of tasks with an explicit lead (0 without tasks). */
export const explicitLeadShare = (c: PlanCounts): number => (c.tasks === 0 ? 0 : c.explicitlyLed / c.tasks);

const ORDER_KEYS: Record<PlanStatsOrdering, (c: PlanCounts) => number> = {
  TASKS: (c) => c.tasks,
  EXPLICIT_LEAD_SHARE: explicitLeadShare,
  LEADS_NAMED: (c) => c.leadsNamed,
  CITATIONS: (c) => c.citations,
  PROMISES: (c) => c.promises,
  OVERDUE: (c) => c.deadlines.overdue,
};

/** Rows most first by `ordering`, ties kept in their order (a stable sort). */
export function orderPlanStats<R extends PlanCounts>(rows: readonly R[], ordering: PlanStatsOrdering): R[] {
  const key = ORDER_KEYS[ordering];
  return [...rows].sort((a, b) => key(b) - key(a));
}

export interface StatsRow {
  labels: Array<{ label: string; count: number }>;
  relationships: Array<{ type: string; count: number }>;
}

/** The same counts as `kg stats` (cypher/read/aggregate/label-counts, relationship-counts), read through the API's reader. */
export async function graphStats(reader: GraphReader): Promise<StatsRow> {
  const [labels, relationships] = await Promise.all([
    reader.read<{ label: string; count: number }>('read/aggregate/label-counts'),
    reader.read<{ type: string; count: number }>('read/aggregate/relationship-counts'),
  ]);
  return { labels: labels.filter((l) => l.count > 0), relationships: relationships.filter((r) => r.count > 0) };
}

export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

/** graphStats as name → count maps, for `kg stats`, benchmarks and tests. */
export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const { labels, relationships } = await graphStats(new GraphReader(graph));
  return {
    labels: Object.fromEntries(labels.map((l) => [l.label, l.count])),
    relationships: Object.fromEntries(relationships.map((r) => [r.type, r.count])),
  };
}
