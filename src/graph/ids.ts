import { hash } from 'node:crypto';
import { NODES, type NodeLabel } from './model.js';

// Node ids are deterministic: a label prefix (so `node(id)` knows what it fetches)
// and a hash of the content key, so re-ingesting the same content gives the same ids.
// crypto.hash, one call, is 2–3× faster than createHash().update().digest() for keys
// this short, and a plan has hundreds of ids.

const sha256Hex16 = (key: string): string => hash('sha256', key, 'hex').slice(0, 16);

const LABEL_BY_PREFIX = new Map<string, NodeLabel>(Object.entries(NODES).map(([label, node]) => [node.prefix, label as NodeLabel]));

export function nodeId(label: NodeLabel, ...key: Array<string | number>): string {
  return `${NODES[label].prefix}_${sha256Hex16(key.join('\u0000'))}`;
}

/** The label an id belongs to, or null when the id is not one of ours. */
export function labelOfId(id: string): NodeLabel | null {
  const match = /^([a-z]+)_[0-9a-f]{16}$/.exec(id);
  return match ? (LABEL_BY_PREFIX.get(match[1]!) ?? null) : null;
}

/**
 * A relationship's id, stable across re-ingests (Neo4j's element ids are not): a
 * hash of its type, its ends' ids and what tells it apart from another of the same
 * type between the same nodes — the document it was read from (evidence.documentId,
 * so that two plans stating the same link give two edges) and, for CITES, its mode
 * (a task may both implement and revise one regulation). `rel_` + 16 hex digits.
 */
export function edgeId(type: string, from: string, to: string, properties: Readonly<Record<string, unknown>> = {}): string {
  const key = [type, from, to, properties.documentId ?? '', type === 'CITES' ? (properties.mode ?? '') : ''].join('\u0000');
  return `rel_${sha256Hex16(key)}`;
}
