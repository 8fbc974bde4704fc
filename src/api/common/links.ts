// Relationship rows (a citation, …) read for one node leave that node out: it is the
// parent the resolver already holds, and reading it again per row costs Neo4j a full
// property map each time.
import type { NodeRow } from '../../graph/read/rows.js';

/** The rows with the parent node put back under `key`. */
export async function withParent<K extends string>(rows: Promise<Array<Record<string, unknown>>>, key: K, parent: NodeRow): Promise<Array<Record<string, unknown> & Record<K, NodeRow>>> {
  return (await rows).map((row) => ({ ...row, [key]: parent }) as Record<string, unknown> & Record<K, NodeRow>);
}
