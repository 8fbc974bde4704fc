import { labelOfId } from '../ids.js';
import type { GraphReader } from '../reader.js';
import type { NodeRow } from './rows.js';

/**
 * Nodes by id in one round trip, in the order asked; null for an id that is not
 * ours or that no node has. Callers check the id format first when a malformed
 * id is the user's error rather than a miss.
 */
export async function nodesByIds(reader: GraphReader, ids: readonly string[]): Promise<Array<NodeRow | null>> {
  const refs = [...new Set(ids)].flatMap((id) => {
    const label = labelOfId(id);
    return label ? [{ id, label }] : [];
  });
  if (refs.length === 0) return ids.map(() => null);
  const rows = await reader.read<{ node: NodeRow }>('read/node/by-id', { refs });
  const byId = new Map(rows.map((r) => [r.node.id, r.node]));
  return ids.map((id) => byId.get(id) ?? null);
}
