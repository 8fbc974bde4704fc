// User text → a Lucene query for the `cjk` full-text indexes. Every
// whitespace-separated term becomes a quoted phrase (so Lucene operators and
// special characters in it are literal), and the terms are ANDed. Quoting is what
// makes 殡葬 match the bigram 殡葬 exactly: unquoted, the cjk analyzer's bigrams of
// a longer term are ORed and match loosely (see tests/graph/fulltext.test.ts).
//
// Two exceptions: a word `OR` (upper case, standing alone) separates alternatives
// (殡葬 OR 婚姻: either; a AND b OR c: (a AND b) OR c), and a single Chinese character
// is not a term the index holds (the analyzer indexes 婚姻 and 结婚 as bigrams, a
// character on its own only between non-Chinese text), so it becomes the terms that
// start or end with it: (婚* OR *婚), which covers 婚姻, 结婚 and a lone 婚.

/** Escapes the two characters that are special inside a quoted Lucene phrase. */
function escapePhrase(term: string): string {
  return term.replace(/[\\"]/g, (c) => `\\${c}`);
}

const HAN = /^\p{Script=Han}$/u;

/** One user term as Lucene matches it. */
function termQuery(term: string): string {
  if (HAN.test(term)) return `(${term}* OR *${term})`;
  return `"${escapePhrase(term)}"`;
}

/** The Lucene query, or null when the text has no term. */
export function toFulltextQuery(text: string): string | null {
  const terms = text
    .normalize('NFKC')
    .split(/\s+/u)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  // Alternatives: the runs of terms between the words OR; an empty run (OR at an end, OR OR) adds nothing.
  const alternatives: string[][] = [[]];
  for (const term of terms) {
    if (term === 'OR') alternatives.push([]);
    else alternatives.at(-1)!.push(term);
  }
  const groups = alternatives.filter((g) => g.length > 0).map((g) => g.map(termQuery).join(' AND '));
  if (groups.length === 0) return null;
  return groups.length === 1 ? groups[0]! : groups.map((g) => `(${g})`).join(' OR ');
}
