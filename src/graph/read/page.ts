// Top-level lists (the API's connections): one round trip returns a page of a
// stable ordering and the size of the whole filtered list, optionally with lists
// of its items read in the same statement (read/embedded.ts).
import { loadCypher } from '../cypher.js';
import type { GraphReader } from '../reader.js';
import { readPageWithLists, type EmbeddedList, type PageWithLists } from './embedded.js';
import type { PageRow, PageWindow } from './rows.js';
import { windowedPage } from './window.js';

/** Runs a `page` file (cypher/read/<entity>/page.cypher): the filter parameters plus $skip/$limit, one row {totalCount, items}. */
export async function readPage<T>(reader: GraphReader, file: string, params: Record<string, unknown>, window: PageWindow): Promise<PageRow<T>> {
  return (await readPageOrWithLists<T>(reader, loadCypher(file), params, window, [])).page;
}

/** A page statement (a page file's text, or a composed one) alone or with embedded lists. */
export async function readPageOrWithLists<T>(
  reader: GraphReader,
  pageCypher: string,
  params: Record<string, unknown>,
  window: PageWindow,
  embed: readonly EmbeddedList[],
): Promise<PageWithLists<T>> {
  const cypher = windowedPage(pageCypher, window);
  if (embed.length > 0) return readPageWithLists<T>(reader, cypher, params, window, embed);
  const [row] = await reader.readStatement<PageRow<T>>(cypher, { ...params, skip: window.skip, limit: window.limit }, { projected: true });
  return { page: row ?? { totalCount: 0, items: [] }, lists: [] };
}
