// Subgraphs for drawing: a node's neighbourhood and a shortest path. Bounded:
// depth ≤ 3, at most `limit` nodes, paths ≤ 6 hops. Edges carry stable ids
// (ids.ts edgeId: the same after a re-ingest), nodes a short caption beside their
// full name (caption.ts).
import { caption } from '../caption.js';
import { edgeId, labelOfId } from '../ids.js';
import type { NodeLabel, RelationshipType } from '../model.js';
import type { GraphReader } from '../reader.js';

export interface ViewNode {
  id: string;
  label: string;
  /** The full name, title or text. */
  name: string | null;
  /** At most 40 characters (a task or section led by its number). */
  caption: string | null;
  /** Hops from the neighbourhood's start node (0 for it); along a path, the position on it. */
  distance: number;
}

export interface ViewEdge {
  /** Stable across re-ingests: from the type, the ends, the document (and a citation's mode). */
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export interface GraphViewRow {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** A neighbourhood: the limit cut nodes off. */
  truncated: boolean;
  /** A path: none within maxDepth (a deeper search may find one). */
  maxDepthReached: boolean;
}

/** What a neighbourhood reads besides the nodes' ids and labels; what is left out comes back empty (edges) or null (names). */
export interface ViewParts {
  edges: boolean;
  names: boolean;
}

export interface ViewFilter {
  /** Only nodes of these labels are returned (the start node always); null = all. */
  labels?: readonly NodeLabel[] | null;
  /** Only relationships of these types are followed and returned; null = all. */
  relationshipTypes?: readonly RelationshipType[] | null;
}

type RawEdge = Omit<ViewEdge, 'id'>;
const withIds = (edges: RawEdge[]): ViewEdge[] => edges.map((e) => ({ id: edgeId(e.type, e.from, e.to, e.properties), ...e }));
const nonEmpty = <T>(list: readonly T[] | null | undefined): T[] | null => (list && list.length > 0 ? [...list] : null);

/** Null when no node has the id. */
export async function neighborhood(
  reader: GraphReader,
  id: string,
  depth: number,
  limit: number,
  parts: ViewParts = { edges: true, names: true },
  filter: ViewFilter = {},
): Promise<GraphViewRow | null> {
  // One node more than the limit at each level tells that the view was cut.
  const [row] = await reader.read<{
    ids: string[];
    distances: number[];
    names: Array<string | null> | null;
    numbers: Array<string | null> | null;
    edges: RawEdge[];
    truncated: boolean;
  }>('read/view/neighborhood', {
    id,
    depth,
    limit,
    cap: limit + 1,
    withEdges: parts.edges,
    withNames: parts.names,
    labels: nonEmpty(filter.labels),
    types: nonEmpty(filter.relationshipTypes),
  });
  if (!row) return null;
  const nodes = row.ids.map((nodeId, i) => {
    const label = labelOfId(nodeId) ?? 'Node';
    const name = row.names?.[i] ?? null;
    return { id: nodeId, label, name, caption: row.names ? caption(label, { name, number: row.numbers?.[i] }) : null, distance: row.distances[i] ?? 0 };
  });
  return { nodes, edges: withIds(row.edges), truncated: row.truncated, maxDepthReached: false };
}

export interface PathRow extends GraphViewRow {
  fromFound: boolean;
  toFound: boolean;
}

export async function shortestPath(
  reader: GraphReader,
  fromId: string,
  toId: string,
  maxDepth: number,
  types: readonly RelationshipType[] | null,
): Promise<PathRow> {
  const [row] = await reader.read<{
    fromFound: boolean;
    toFound: boolean;
    nodes: Array<{ id: string; label: string; name: string | null; number: string | null }>;
    edges: RawEdge[];
  }>('read/view/path', { fromId, toId, maxDepth, types: nonEmpty(types) });
  if (!row) return { fromFound: false, toFound: false, nodes: [], edges: [], truncated: false, maxDepthReached: false };
  // The id's prefix names the type (an outside body is labelled Organization and Department; its id says Organization).
  const nodes = row.nodes.map((n, i) => {
    const label = labelOfId(n.id) ?? n.label;
    return { id: n.id, label, name: n.name, caption: caption(label, n), distance: i };
  });
  const found = row.fromFound && row.toFound;
  return { fromFound: row.fromFound, toFound: row.toFound, nodes, edges: withIds(row.edges), truncated: false, maxDepthReached: found && nodes.length === 0 };
}
