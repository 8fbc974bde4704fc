// Shapes the read layer returns. Nodes come back as property maps with their id,
// whose prefix names their label (graph/ids.ts): that is how the API tells types
// apart. Rows read whole also carry `label`; projected rows (read/projection.ts)
// carry only the properties asked for.

export interface NodeRow {
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
