// A page and, for its items, lists that would otherwise be batched reads of their
// own, in one statement. A request for a page of tasks with their citations and
// populations was three statements one after another (the page, then one batch per
// list); each statement costs Neo4j a fixed share of CPU, which on 2 cores made up
// most of such a request (bench:api Q1). The Cypher stays in its files: the page
// file's final RETURN is taken apart so that each item's lists are read right on
// its node, by the per-item subquery of each batch file (`UNWIND $ids AS id MATCH
// (t:Label {id: id}) CALL (t) { … } RETURN id, items`, see batch.ts), and travel
// inside the item's map, rather than looked up again by id in each batch (which
// cost Neo4j more: BENCHMARKS.md, "What made our API faster").
import { loadCypher } from '../cypher.js';
import type { GraphReader, Row } from '../reader.js';
import type { ListRead } from './batch.js';
import type { PageRow, PageWindow } from './rows.js';

/** A batch read to run on the page's items, with its own parameters (names must not clash with the page's). */
export interface EmbeddedList {
  read: ListRead<unknown>;
  params?: Record<string, unknown>;
}

export interface PageWithLists<T> {
  page: PageRow<T>;
  /** For each embedded list, in the order given: the list of every item of the page (empty when none). */
  lists: Array<Map<string, Row[]>>;
}

/** How every page statement ends (cypher/read/<entity>/page.cypher, the @page part of read/task/page.cypher). */
export const PAGE_RETURN = /\nRETURN size\(ordered\) AS totalCount, \[(\w+) IN ordered\[\$skip\.\.\$skip \+ \$limit\] \| (\1 \{[^\]]*\})\] AS items$/;
/** How every embeddable batch file reads: per id, its node, then one subquery on it returning `items`. */
export const BATCH = /^UNWIND \$ids AS id\nMATCH \((\w+):\w+ \{id: id\}\)\nCALL \(\1\) \{\n([\s\S]*)\n\}\nRETURN id, items$/;

const listKey = (i: number) => `embedded${i}`;
const composed = new Map<string, string>();

function composeStatement(pageCypher: string, lists: readonly EmbeddedList[]): string {
  const key = [pageCypher, ...lists.map((l) => l.read.file)].join('|');
  let text = composed.get(key);
  if (text === undefined) {
    const page = PAGE_RETURN.exec(pageCypher);
    if (!page) throw new Error('a page statement with embedded lists must end in the RETURN of cypher/read/<entity>/page.cypher');
    const [pageEnd, item, projection] = page as unknown as [string, string, string];
    const parts = [pageCypher.slice(0, -pageEnd.length), `WITH size(ordered) AS totalCount, ordered[$skip..$skip + $limit] AS pageNodes`, 'CALL (pageNodes) {', `UNWIND pageNodes AS ${item}`];
    lists.forEach((list, i) => {
      const batch = BATCH.exec(loadCypher(list.read.file));
      if (!batch) throw new Error(`cypher/${list.read.file}.cypher cannot be embedded: it does not read UNWIND $ids … MATCH … CALL (node) { … } RETURN id, items`);
      const [, node, perItem] = batch as unknown as [string, string, string];
      if (!/ AS items$/.test(perItem)) throw new Error(`cypher/${list.read.file}.cypher cannot be embedded: its subquery must end in … AS items`);
      const rename = node === item ? '' : `WITH ${item} AS ${node}\n`;
      parts.push(`CALL (${item}) {\n${rename}${perItem.replace(/ AS items$/, ` AS ${listKey(i)}`)}\n}`);
    });
    const withLists = `${projection.slice(0, -1)}, ${lists.map((_, i) => `${listKey(i)}: ${listKey(i)}`).join(', ')}}`;
    parts.push(`RETURN collect(${withLists}) AS items`, '}', 'RETURN totalCount, items');
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
    for (const [name, value] of Object.entries({ ...list.read.params, ...list.params })) {
      if (name in merged) throw new Error(`embedded ${list.read.file}: parameter $${name} clashes with the page's`);
      merged[name] = value;
    }
  }
  const [row] = await reader.readStatement<PageRow<T & Row>>(composeStatement(pageCypher, lists), merged, { projected: true });
  if (!row) return { page: { totalCount: 0, items: [] }, lists: lists.map(() => new Map()) };
  // The items keep their embedded keys: no resolver reads them, and deleting keys would slow every later property read.
  const found = lists.map((_, i) => new Map(row.items.map((item) => [item.id as string, (item[listKey(i)] as Row[] | undefined) ?? []])));
  return { page: row, lists: found };
}
