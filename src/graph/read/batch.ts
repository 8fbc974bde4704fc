// Batched reads for DataLoaders: one Cypher round trip for a whole list of ids.
// Each batch file follows one contract: it takes $ids (plus its own parameters),
// UNWINDs them, and returns one row per id that exists, `id` and `items`
// (lists) or `id`, `totalCount` and `items` (pages, with $skip and $limit).
// The catalogue (read/<entity>.ts) declares each as a typed ListRead or PageRead:
// the file, its fixed parameters and the row type of one item.
import { loadCypher } from '../cypher.js';
import type { GraphReader, Row } from '../reader.js';
import type { PageRow, PageWindow } from './rows.js';
import { windowedPage } from './window.js';

export type Params = Readonly<Record<string, unknown>>;

/**
 * A per-id list: a batch file of cypher/ and the parameters fixed for this read.
 * `T` is one item's row, `A` the arguments a caller adds (the file's other parameters).
 */
export interface ListRead<T, A extends Params = Params> {
  readonly kind: 'list';
  readonly file: string;
  readonly params: Params;
  /** Never set: carry the row and argument types. */
  readonly row?: T;
  readonly args?: A;
}

/** A per-id page of a stably ordered list ($skip, $limit). */
export interface PageRead<T, A extends Params = Params> {
  readonly kind: 'page';
  readonly file: string;
  readonly params: Params;
  readonly row?: T;
  readonly args?: A;
}

export const listRead = <T, A extends Params = Record<never, never>>(file: string, params: Params = {}): ListRead<T, A> => ({ kind: 'list', file, params });
export const pageRead = <T, A extends Params = Record<never, never>>(file: string, params: Params = {}): PageRead<T, A> => ({ kind: 'page', file, params });

/** Lists per id; ids without a row get an empty list. */
export async function listsByIds<T = Row>(reader: GraphReader, read: ListRead<T, any>, ids: readonly string[], params: Params = {}): Promise<T[][]> {
  const rows = await reader.read<{ id: string; items: T[] }>(read.file, { ...read.params, ...params, ids: [...new Set(ids)] }, { projected: true });
  const byId = new Map(rows.map((r) => [r.id, r.items]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** One page per id of a stably ordered list (counted unless the window says not); ids without a row get an empty page. */
export async function pagesByIds<T = Row>(
  reader: GraphReader,
  read: PageRead<T, any>,
  ids: readonly string[],
  window: PageWindow,
  params: Params = {},
): Promise<PageRow<T>[]> {
  const rows = await reader.readStatement<{ id: string; totalCount: number; items: T[] }>(
    windowedPage(loadCypher(read.file), window),
    { ...read.params, ...params, ids: [...new Set(ids)], skip: window.skip, limit: window.limit },
    { projected: true },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    return row ? { totalCount: row.totalCount, items: row.items } : { totalCount: 0, items: [] };
  });
}
