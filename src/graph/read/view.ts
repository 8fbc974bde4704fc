// Subgraphs for drawing: a node's neighbourhood and a shortest path. Bounded:
// depth ≤ 3, at most `limit` nodes, paths ≤ 6 hops.
import { labelOfId } from '../ids.js';
import type { GraphReader } from '../reader.js';

export interface ViewNode {
  id: string;
  label: string;
  name: string | null;
}

export interface ViewEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface GraphViewRow {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
}

/** What a neighbourhood reads besides the nodes' ids and labels; what is left out comes back empty (edges) or null (names). */
export interface ViewParts {
  edges: boolean;
  names: boolean;
}

export async function neighborhood(
  reader: GraphReader,
  id: string,
  depth: number,
  limit: number,
  parts: ViewParts = { edges: true, names: true },
): Promise<GraphViewRow | null> {
  // One node more than the limit at each level tells that the view was cut.
  const [row] = await reader.read<{ ids: string[]; names: Array<string | null> | null; edges: ViewEdge[]; truncated: boolean }>('read/view/neighborhood', {
    id,
    depth,
    limit,
    cap: limit + 1,
    withEdges: parts.edges,
    withNames: parts.names,
  });
  if (!row) return null;
  const nodes = row.ids.map((nodeId, i) => ({ id: nodeId, label: labelOfId(nodeId) ?? 'Node', name: row.names?.[i] ?? null }));
  return { nodes, edges: row.edges, truncated: row.truncated };
}

export async function shortestPath(
  reader: GraphReader,
  fromId: string,
  toId: string,
  maxDepth: number,
  types: string[] | null,
): Promise<GraphViewRow> {
  const [row] = await reader.read<Omit<GraphViewRow, 'truncated'>>('read/view/path', { fromId, toId, maxDepth, types });
  // The id's prefix names the type (an outside body is labelled Organization and Department; its id says Organization).
  return row ? { ...row, nodes: row.nodes.map((n) => ({ ...n, label: labelOfId(n.id) ?? n.label })), truncated: false } : { nodes: [], edges: [], truncated: false };
}
