// Per-request DataLoaders: every relation a resolver follows goes through one of
// these, so a request costs one Cypher round trip per (relation, arguments) it
// touches, whatever the number of parents. Loaders live in the request context
// and die with it (no cross-request cache).
import DataLoader from 'dataloader';
import type { GraphReader, Row } from '../../graph/reader.js';
import { listsByIds, pagesByIds, type ListRead, type PageRead, type Params } from '../../graph/read/batch.js';
import { nodesByIds } from '../../graph/read/node.js';
import type { NodeRow, PageRow, PageWindow } from '../../graph/read/rows.js';
import { graphChanged } from '../errors.js';


interface PageKey {
  id: string;
  window: PageWindow;
  params: Params;
}

export interface Loaders {
  /** Any node by id (null when missing). */
  node: DataLoader<string, NodeRow | null>;
  /**
   * A node another read of this request pointed at (a task's document, …): reads are
   * separate transactions, so it can only be missing if a concurrent write deleted it.
   */
  referenced(id: string): Promise<NodeRow>;
  /**
   * A per-id list of the catalogue (graph/read/<entity>.ts), batched over ids; its arguments are part of the batch identity.
   * The list itself, not a promise, when it was read already (primeLists): a field resolver that returns it is synchronous.
   */
  list<T, A extends Params>(read: ListRead<T, A>, id: string, ...args: Record<never, never> extends A ? [A?] : [A]): T[] | Promise<T[]>;
  /** Stores lists already read (embedded in a parent's statement) so that `list` answers them without a read. */
  primeLists(read: ListRead<unknown, any>, lists: ReadonlyMap<string, Row[]>, args?: Params): void;
  /** A per-id page of the catalogue, batched over ids sharing a window and arguments. */
  page<T, A extends Params>(read: PageRead<T, A>, id: string, window: PageWindow, ...args: Record<never, never> extends A ? [A?] : [A]): Promise<PageRow<T>>;
}

/** A stable text for parameters, so equal arguments share a batch whatever their key order. */
function paramsKey(params: Params): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k] ?? null]));
}

export function createLoaders(reader: GraphReader): Loaders {
  const node = new DataLoader<string, NodeRow | null>((ids) => nodesByIds(reader, ids));

  // One loader per (query, params): DataLoader batches all ids asked for in the same tick.
  const lists = new Map<string, DataLoader<string, Row[]>>();
  // The lists primed, by the same key as their loader: answered as values, not promises.
  const primedLists = new Map<string, Map<string, Row[]>>();
  const pages = new Map<string, DataLoader<PageKey, PageRow<Row>, string>>();
  const listKey = (read: ListRead<unknown, any>, args: Params) => `${read.file}|${paramsKey({ ...read.params, ...args })}`;
  const listLoader = (read: ListRead<unknown, any>, args: Params, key = listKey(read, args)) => {
    let loader = lists.get(key);
    if (!loader) {
      loader = new DataLoader<string, Row[]>((ids) => listsByIds<Row>(reader, read as ListRead<Row, any>, ids, args));
      lists.set(key, loader);
    }
    return loader;
  };

  return {
    node,
    async referenced(id: string) {
      const row = await node.load(id);
      if (!row) throw graphChanged(id);
      return row;
    },
    list<T, A extends Params>(read: ListRead<T, A>, id: string, ...[args]: [A?]) {
      const key = listKey(read, args ?? {});
      const primed = primedLists.get(key)?.get(id);
      if (primed) return primed as T[];
      return listLoader(read, args ?? {}, key).load(id) as Promise<T[]>;
    },
    primeLists(read: ListRead<unknown, any>, primed: ReadonlyMap<string, Row[]>, args: Params = {}) {
      const key = listKey(read, args);
      const loader = listLoader(read, args, key);
      let known = primedLists.get(key);
      if (!known) primedLists.set(key, (known = new Map()));
      for (const [id, items] of primed) {
        loader.prime(id, items);
        if (!known.has(id)) known.set(id, items);
      }
    },
    page<T, A extends Params>(read: PageRead<T, A>, id: string, window: PageWindow, ...[args = {} as A]: [A?]) {
      const params = { ...read.params, ...args };
      const key = `${read.file}|${window.skip}|${window.limit}|${window.counted !== false}|${paramsKey(params)}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader<PageKey, PageRow<Row>, string>(
          (keys) => pagesByIds<Row>(reader, read as PageRead<Row, any>, keys.map((k) => k.id), window, args),
          { cacheKeyFn: (k) => k.id },
        );
        pages.set(key, loader);
      }
      return loader.load({ id, window, params }) as Promise<PageRow<T>>;
    },
  };
}
