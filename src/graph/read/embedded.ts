// A page and, for its items, lists that would otherwise be batched reads of their
// own, in one statement. A request for a page of tasks with their citations and
// populations was three statements one after another (the page, then one batch per
// list); each statement costs Neo4j a fixed share of CPU, which on 2 cores made up
// most of such a request (bench:api Q1). The Cypher stays in its files: the page
// file runs in a subquery, and each batch file (`UNWIND $ids AS id … RETURN id,
// items`, see batch.ts) runs on the page's ids in a subquery of its own.
import { loadCypher } from '../driver.js';
import type { GraphReader, Row } from '../reader.js';
import type { PageRow, PageWindow } from './rows.js';

/** A batch file to run on the page's items, with its own parameters (names must not clash with the page's). */
export interface EmbeddedList {
  query: string;
  params?: Record<string, unknown>;
}

export interface PageWithLists<T> {
  page: PageRow<T>;
  /** For each embedded list, in the order given: the list of every item of the page (empty when none). */
  lists: Array<Map<string, Row[]>>;
}

const composed = new Map<string, string>();

function composeStatement(pageCypher: string, lists: readonly EmbeddedList[]): string {
  const key = [pageCypher, ...lists.map((l) => l.query)].join('|');
  let text = composed.get(key);
  if (text === undefined) {
    const parts = [`CALL () {\n${pageCypher}\n}`, 'WITH totalCount, items, [item IN items | item.id] AS pageIds'];
    lists.forEach((list, i) => {
      // The batch file's only input is $ids; here they are the page's ids.
      const batch = loadCypher(list.query).replace(/\$ids\b/g, 'pageIds');
      parts.push(`CALL (pageIds) {\nCALL (pageIds) {\n${batch}\n}\nRETURN collect({id: id, items: items}) AS list${i}\n}`);
    });
    parts.push(`RETURN totalCount, items${lists.map((_, i) => `, list${i}`).join('')}`);
    text = parts.join('\n');
    composed.set(key, text);
  }
  return text;
}

export async function readPageWithLists<T = Row>(
  reader: GraphReader,
  /** The page statement's text: a `*-page` file (loadCypher) or a composed one. */
  pageCypher: string,
  params: Record<string, unknown>,
  window: PageWindow,
  lists: readonly EmbeddedList[],
): Promise<PageWithLists<T>> {
  const merged: Record<string, unknown> = { ...params, skip: window.skip, limit: window.limit };
  for (const list of lists) {
    for (const [name, value] of Object.entries(list.params ?? {})) {
      if (name in merged) throw new Error(`embedded ${list.query}: parameter $${name} clashes with the page's`);
      merged[name] = value;
    }
  }
  const [row] = await reader.readStatement<Record<string, unknown>>(composeStatement(pageCypher, lists), merged, { projected: true });
  if (!row) return { page: { totalCount: 0, items: [] }, lists: lists.map(() => new Map()) };
  const items = row.items as T[];
  return {
    page: { totalCount: row.totalCount as number, items },
    lists: lists.map((_, i) => {
      const byId = new Map((row[`list${i}`] as Array<{ id: string; items: Row[] }>).map((r) => [r.id, r.items]));
      return new Map((items as Array<{ id: string }>).map((item) => [item.id, byId.get(item.id) ?? []]));
    }),
  };
}
