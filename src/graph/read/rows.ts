// Shapes the read layer returns. Nodes come back as property maps tagged with
// their label (every node has exactly one), which is how the API tells types apart.
import type { NodeLabel } from '../ids.js';

export interface NodeRow {
  label: NodeLabel;
  id: string;
  [property: string]: unknown;
}

/** Where a relationship was read from: the evidence stored on it at ingestion. */
export type { EvidenceRow } from '../documentGraph.js';

/** One page of a list: the rows at [skip, skip + limit) of a stable ordering and the size of the whole list. */
export interface PageRow<T = NodeRow> {
  totalCount: number;
  items: T[];
}

export interface PageWindow {
  skip: number;
  limit: number;
}
