// Reads for the exports (GraphML, GEXF, Cytoscape JSON, neo4j-admin CSV): the
// whole graph or a subgraph, streamed node by node and relationship by
// relationship. What each node and relationship carries is the model's
// (model.ts): its readable properties, typed; edges carry their stable ids
// (ids.ts edgeId) and their evidence. A subgraph is chosen by documents (one,
// a region, a year), by a node and the hops around it, by node labels, or by
// several at once (all must hold); its nodes' ids are read first (a list of ids,
// small next to the nodes themselves), the whole graph needs none.
import { caption } from '../caption.js';
import { edgeId, labelOfId } from '../ids.js';
import { NODE_LABELS, NODES, RELATIONSHIPS, type NodeLabel, type PropertyType, type RelationshipType } from '../model.js';
import type { GraphReader } from '../reader.js';

/** One exported attribute: a stored property's name and type. */
export interface ExportAttribute {
  name: string;
  type: PropertyType;
}

/** Every readable node property of the model, once, in declaration order (same name, same type across labels). */
export const NODE_ATTRIBUTES: readonly ExportAttribute[] = unionOf(NODE_LABELS.map((label) => NODES[label].properties));
/** Every relationship property of the model, once, in declaration order. */
export const EDGE_ATTRIBUTES: readonly ExportAttribute[] = unionOf(Object.values(RELATIONSHIPS).map((r) => r.properties));

function unionOf(lists: ReadonlyArray<Readonly<Record<string, { type: PropertyType; readable: boolean }>>>): ExportAttribute[] {
  const seen = new Map<string, PropertyType>();
  for (const properties of lists) {
    for (const [name, p] of Object.entries(properties)) {
      if (!p.readable) continue;
      const known = seen.get(name);
      if (known !== undefined && known !== p.type) throw new Error(`model: property ${name} is ${known} on one label and ${p.type} on another; an export needs one type per name`);
      seen.set(name, p.type);
    }
  }
  return [...seen].map(([name, type]) => ({ name, type }));
}

const NODE_KEYS = NODE_ATTRIBUTES.map((a) => a.name);
const EDGE_KEYS = EDGE_ATTRIBUTES.map((a) => a.name);

export interface ExportFilter {
  documentId?: string | null;
  region?: string | null;
  year?: number | null;
  /** Only nodes with one of these labels (and the relationships between them). */
  labels?: readonly NodeLabel[] | null;
  /** Everything within `hops` (1–3, default 1) of this node. */
  around?: string | null;
  hops?: number | null;
}

export interface ExportNode {
  id: string;
  /** The label the id names (an outside body: Organization). */
  label: NodeLabel;
  /** Every label it has (an outside body: Organization and Department). */
  labels: string[];
  /** At most 40 characters (caption.ts). */
  caption: string;
  /** The full name, title or text. */
  fullTitle: string;
  /** Its stored properties, nulls left out. */
  properties: Record<string, unknown>;
}

export interface ExportEdge {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** What to export: every node (refs null) or these. */
export interface ExportScope {
  refs: Array<{ id: string; label: NodeLabel }> | null;
  labels: NodeLabel[] | null;
}

export class UnknownExportNode extends Error {
  override name = 'UnknownExportNode';
}

/** An export reads for as long as its client takes the data; a slow download must not hit the API's 15 s limit. */
export const EXPORT_TX_TIMEOUT_MS = 30 * 60_000;

interface ScopeRow {
  id: string;
  labels: string[];
}

/** The nodes a filter selects, or null refs for the whole graph. Throws UnknownExportNode when `around` names no node. */
export async function exportScope(reader: GraphReader, filter: ExportFilter): Promise<ExportScope> {
  const labels = filter.labels && filter.labels.length > 0 ? [...filter.labels] : null;
  const byDocuments = filter.documentId != null || filter.region != null || filter.year != null;
  if (!byDocuments && filter.around == null) return { refs: null, labels };

  let selected: Map<string, ScopeRow> | null = null;
  const keep = (rows: ScopeRow[]) => {
    const found = new Map(rows.map((r) => [r.id, r]));
    selected = selected === null ? found : new Map([...selected].filter(([id]) => found.has(id)));
  };
  if (byDocuments) {
    keep(await reader.read<ScopeRow>('read/export/documents', { documentId: filter.documentId ?? null, region: filter.region ?? null, year: filter.year ?? null }, {}));
  }
  if (filter.around != null) {
    const rows = await reader.read<ScopeRow>('read/export/around', { id: filter.around, hops: filter.hops ?? 1 });
    if (rows.length === 0) throw new UnknownExportNode(`no node with id ${filter.around}`);
    keep(rows);
  }
  const refs = [...(selected as Map<string, ScopeRow> | null)!.values()]
    .filter((r) => labels === null || r.labels.some((l) => (labels as string[]).includes(l)))
    .flatMap((r) => {
      const label = labelOfId(r.id);
      return label ? [{ id: r.id, label }] : [];
    })
    // Grouped by label, then by id: the same order every time.
    .sort((a, b) => NODE_LABELS.indexOf(a.label) - NODE_LABELS.indexOf(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { refs, labels };
}

function present(keys: readonly string[], values: unknown[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    const value = values[i];
    if (value !== null && value !== undefined) properties[key] = value;
  });
  return properties;
}

/** The scope's nodes, one at a time. */
export async function* exportNodes(reader: GraphReader, scope: ExportScope): AsyncGenerator<ExportNode> {
  const rows =
    scope.refs === null
      ? reader.stream<{ id: string; labels: string[]; values: unknown[] }>('read/export/nodes', { keys: NODE_KEYS, labels: scope.labels }, { timeoutMs: EXPORT_TX_TIMEOUT_MS })
      : reader.stream<{ id: string; labels: string[]; values: unknown[] }>('read/export/nodes-by-id', { keys: NODE_KEYS, refs: scope.refs }, { timeoutMs: EXPORT_TX_TIMEOUT_MS });
  for await (const row of rows) {
    // A node deleted while the export ran reads back without properties.
    if (row.id == null) continue;
    const label = labelOfId(row.id);
    if (!label) continue;
    const properties = present(NODE_KEYS, row.values);
    const fullTitle = String(properties.name ?? properties.title ?? properties.text ?? label);
    yield { id: row.id, label, labels: row.labels, caption: caption(label, { name: fullTitle, number: properties.number as string | undefined }), fullTitle, properties };
  }
}

/** The relationships among the scope's nodes, one at a time, in their stored direction. */
export async function* exportEdges(reader: GraphReader, scope: ExportScope): AsyncGenerator<ExportEdge> {
  const rows =
    scope.refs === null
      ? reader.stream<{ type: RelationshipType; from: string; to: string; values: unknown[] }>('read/export/relationships', { keys: EDGE_KEYS, labels: scope.labels }, { timeoutMs: EXPORT_TX_TIMEOUT_MS })
      : reader.stream<{ type: RelationshipType; from: string; to: string; values: unknown[] }>(
          'read/export/relationships-by-id',
          { keys: EDGE_KEYS, refs: scope.refs, ids: scope.refs.map((r) => r.id) },
          { timeoutMs: EXPORT_TX_TIMEOUT_MS },
        );
  for await (const row of rows) {
    if (row.from == null || row.to == null) continue;
    const properties = present(EDGE_KEYS, row.values);
    yield { id: edgeId(row.type, row.from, row.to, properties), type: row.type, from: row.from, to: row.to, properties };
  }
}
