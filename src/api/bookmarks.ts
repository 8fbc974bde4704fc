// Read-your-writes across replicas of the API server and members of a Neo4j
// cluster: a mutation answers with the bookmark of its write (the x-graph-bookmark
// response header, and IngestResult.bookmark); a client that sends it back in the
// x-graph-bookmark request header has every read of that request wait until the
// database member serving it has seen that write. Nothing is kept between requests:
// the bookmark travels with the client (see withBookmarks in src/graph/connection.ts).

/** The request and response header (HTTP lower-cases it; clients may write X-Graph-Bookmark). */
export const BOOKMARK_HEADER = 'x-graph-bookmark';

/** Several bookmarks are sent comma-separated (or as repeated headers); at most this many. */
export const MAX_BOOKMARKS = 32;

// Neo4j's bookmarks are opaque ASCII tokens ("FB:" and base64 in Neo4j 5): letters,
// digits and a few marks, never a comma or a space. Anything else is not one.
const BOOKMARK = /^[A-Za-z0-9+/=:._-]{1,1024}$/;

export type ParsedBookmarks = { bookmarks: string[] } | { error: string };

/** The bookmarks of an x-graph-bookmark header (absent or empty: none), or why it is not one. */
export function parseBookmarks(value: string | string[] | undefined): ParsedBookmarks {
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  const parts = joined
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const bookmarks = [...new Set(parts)];
  if (bookmarks.length > MAX_BOOKMARKS) {
    return { error: `${BOOKMARK_HEADER} has ${bookmarks.length} bookmarks; send at most ${MAX_BOOKMARKS} (the latest a mutation answered with is enough)` };
  }
  if (!bookmarks.every((b) => BOOKMARK.test(b))) {
    return { error: `${BOOKMARK_HEADER} is malformed: send the bookmark a mutation answered with (its ${BOOKMARK_HEADER} header or its bookmark field), comma-separated if several` };
  }
  return { bookmarks };
}

/** The header value for a set of bookmarks. */
export function formatBookmarks(bookmarks: readonly string[]): string {
  return bookmarks.join(',');
}
