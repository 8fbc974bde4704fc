// Counts across the graph: department workload, department × population
// coverage, and nodes/relationships per label and type.
import type { Graph } from '../connection.js';
import { GraphReader } from '../reader.js';
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
