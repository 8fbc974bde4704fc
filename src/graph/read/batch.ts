// Batched reads for DataLoaders: one Cypher round trip for a whole list of ids.
// Each batch file follows one contract: it takes $ids (plus its own parameters),
// UNWINDs them, and returns one row per id that exists, `id` and `items`
// (lists) or `id`, `totalCount` and `items` (pages, with $skip and $limit).
import type { GraphReader, Row } from '../reader.js';
import type { PageRow, PageWindow } from './rows.js';

/** Lists per id; ids without a row get an empty list. */
export async function listsByIds<T = Row>(
  reader: GraphReader,
  query: string,
  ids: readonly string[],
  params: Record<string, unknown> = {},
): Promise<T[][]> {
  const rows = await reader.read<{ id: string; items: T[] }>(query, { ...params, ids: [...new Set(ids)] }, { projected: true });
  const byId = new Map(rows.map((r) => [r.id, r.items]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** One page per id of a stably ordered list; ids without a row get an empty page. */
export async function pagesByIds<T = Row>(
  reader: GraphReader,
  query: string,
  ids: readonly string[],
  window: PageWindow,
  params: Record<string, unknown> = {},
): Promise<PageRow<T>[]> {
  const rows = await reader.read<{ id: string; totalCount: number; items: T[] }>(query, {
    ...params,
    ids: [...new Set(ids)],
    skip: window.skip,
    limit: window.limit,
  }, { projected: true });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    return row ? { totalCount: row.totalCount, items: row.items } : { totalCount: 0, items: [] };
  });
}
