// Per-request DataLoaders: every relation a resolver follows goes through one of
// these, so a request costs one Cypher round trip per (relation, arguments) it
// touches, whatever the number of parents. Loaders live in the request context
// and die with it (no cross-request cache).
import DataLoader from 'dataloader';
import type { GraphReader, Row } from '../graph/reader.js';
import { listsByIds, pagesByIds } from '../graph/read/batch.js';
import { nodesByIds } from '../graph/read/nodes.js';
import type { NodeRow, PageRow, PageWindow } from '../graph/read/rows.js';
import { graphChanged } from './errors.js';

type Params = Record<string, unknown>;

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
  /** Per-id lists from cypher/<query>.cypher, batched over ids; params are part of the batch identity. */
  list<T = Row>(query: string, id: string, params?: Params): Promise<T[]>;
  /** Stores lists already read (embedded in a parent's statement) so that `list` answers them without a read. */
  primeLists(query: string, lists: ReadonlyMap<string, Row[]>, params?: Params): void;
  /** Per-id pages from cypher/<query>.cypher, batched over ids sharing a window and params. */
  page<T = NodeRow>(query: string, id: string, window: PageWindow, params?: Params): Promise<PageRow<T>>;
}

/** A stable text for parameters, so equal arguments share a batch whatever their key order. */
function paramsKey(params: Params): string {
  return JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k] ?? null]));
}

export function createLoaders(reader: GraphReader): Loaders {
  const node = new DataLoader<string, NodeRow | null>((ids) => nodesByIds(reader, ids));

  // One loader per (query, params): DataLoader batches all ids asked for in the same tick.
  const lists = new Map<string, DataLoader<string, Row[]>>();
  const pages = new Map<string, DataLoader<PageKey, PageRow<Row>, string>>();
  const listLoader = (query: string, params: Params) => {
    const key = `${query}|${paramsKey(params)}`;
    let loader = lists.get(key);
    if (!loader) {
      loader = new DataLoader<string, Row[]>((ids) => listsByIds<Row>(reader, query, ids, params));
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
    list<T>(query: string, id: string, params: Params = {}) {
      return listLoader(query, params).load(id) as Promise<T[]>;
    },
    primeLists(query: string, primed: ReadonlyMap<string, Row[]>, params: Params = {}) {
      const loader = listLoader(query, params);
      for (const [id, items] of primed) loader.prime(id, items);
    },
    page<T>(query: string, id: string, window: PageWindow, params: Params = {}) {
      const key = `${query}|${window.skip}|${window.limit}|${paramsKey(params)}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader<PageKey, PageRow<Row>, string>(
          (keys) => pagesByIds<Row>(reader, query, keys.map((k) => k.id), window, params),
          { cacheKeyFn: (k) => k.id },
        );
        pages.set(key, loader);
      }
      return loader.load({ id, window, params }) as Promise<PageRow<T>>;
    },
  };
}
