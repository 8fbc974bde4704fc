import { createHash } from 'node:crypto';

// Node ids are deterministic: a label prefix (so `node(id)` knows what it fetches)
// and a hash of the content key, so re-ingesting the same content gives the same ids.

export const ID_PREFIX = {
  Document: 'doc',
  Organization: 'org',
  Department: 'dept',
  Section: 'sec',
  Task: 'task',
  Regulation: 'reg',
  Population: 'pop',
  Indicator: 'ind',
  Deadline: 'ddl',
  Initiative: 'ini',
} as const;

export type NodeLabel = keyof typeof ID_PREFIX;

export const NODE_LABELS: ReadonlySet<string> = new Set(Object.keys(ID_PREFIX));

const LABEL_BY_PREFIX = new Map<string, NodeLabel>(
  Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label as NodeLabel]),
);

export function nodeId(label: NodeLabel, ...key: Array<string | number>): string {
  const digest = createHash('sha256').update(key.join('\u0000')).digest('hex').slice(0, 16);
  return `${ID_PREFIX[label]}_${digest}`;
}

/** The label an id belongs to, or null when the id is not one of ours. */
export function labelOfId(id: string): NodeLabel | null {
  const match = /^([a-z]+)_[0-9a-f]{16}$/.exec(id);
  return match ? (LABEL_BY_PREFIX.get(match[1]!) ?? null) : null;
}
