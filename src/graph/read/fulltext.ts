// User text → a Lucene query for the `cjk` full-text indexes. Every
// whitespace-separated term becomes a quoted phrase (so Lucene operators and
// special characters in it are literal), and the terms are ANDed. Quoting is what
// makes 殡葬 match the bigram 殡葬 exactly: unquoted, the cjk analyzer's bigrams of
// a longer term are ORed and match loosely (see tests/foundation/fulltext.test.ts).

/** Escapes the two characters that are special inside a quoted Lucene phrase. */
function escapePhrase(term: string): string {
  return term.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** The Lucene query, or null when the text has no term. */
export function toFulltextQuery(text: string): string | null {
  const terms = text
    .normalize('NFKC')
    .split(/\s+/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  if (terms.length === 0) return null;
  return terms.map((t) => `"${escapePhrase(t)}"`).join(' AND ');
}
