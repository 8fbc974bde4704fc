// What every export writer reads: the scope's nodes, then its relationships, each
// an async iterable read as the writer goes (nothing is held but the batch the
// driver is on), and the attributes they may carry, from the model.
import type { ExportAttribute, ExportEdge, ExportNode } from '../graph/read/export.js';

export interface ExportSource {
  nodes: AsyncIterable<ExportNode>;
  /** Called once the nodes are written (the relationships are read only then). */
  edges: () => AsyncIterable<ExportEdge>;
  nodeAttributes: readonly ExportAttribute[];
  edgeAttributes: readonly ExportAttribute[];
}

export const EXPORT_FORMATS = ['graphml', 'gexf', 'cyjs', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Text for XML: the five special characters escaped, characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}
