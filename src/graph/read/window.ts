// A page that is not counted: its ordering limited to the window and one more item
// (enough for hasNextPage), a top-N sort instead of sorting every match. Top-level
// pages (page.ts) and per-id batch pages (batch.ts) end their ordering alike.
import type { PageWindow } from './rows.js';

/**
 * How every page statement's ordering ends: the ORDER BY line, then the collect and the
 * RETURN of the count (embedded.ts PAGE_RETURN); in a batch page, indented in its
 * subquery before `RETURN id, totalCount, items`.
 */
const ORDERED_PAGE = /(\n *WITH [^\n]* ORDER BY [^\n]*)(\n *WITH collect\(\w+\) AS ordered\n *RETURN size\(ordered\) AS totalCount, [^\n]*(?:\n\}\nRETURN id, totalCount, items)?)$/;
const uncounted = new Map<string, string>();

/** The page statement for `window`: as written, or (window.counted false) its ordering limited to the window and one more. */
export function windowedPage(pageCypher: string, window: PageWindow): string {
  if (window.counted !== false) return pageCypher;
  let text = uncounted.get(pageCypher);
  if (text === undefined) {
    if (!ORDERED_PAGE.test(pageCypher)) throw new Error('a page statement must end in an ORDER BY line and the RETURN of cypher/read/<entity>/page.cypher (or tasks.cypher)');
    text = pageCypher.replace(ORDERED_PAGE, '$1 LIMIT $skip + $limit + 1$2');
    uncounted.set(pageCypher, text);
  }
  return text;
}
