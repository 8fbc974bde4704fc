import type { Evidence } from './types.js';

// A sentence ends at 。！？ (or their ASCII twins !?) or at the end of the line.
const SENTENCE_END = /[。!?]/;

// A "sentence" that runs on (a line of thousands of names without a 。) is cut to this
// many characters on each side of the mention: evidence stays readable and each costs O(1).
const MAX_REACH = 300;

/** The evidence for a mention at [start, end): the offsets and the sentence around it. */
export function evidenceAt(text: string, start: number, end: number): Evidence {
  let from = start;
  const floor = Math.max(0, start - MAX_REACH);
  while (from > floor && text[from - 1] !== '\n' && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = Math.max(end, from);
  const ceiling = Math.min(text.length, end + MAX_REACH);
  while (to < ceiling && text[to] !== '\n' && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length && SENTENCE_END.test(text[to]!)) to++;
  return { start, end, sentence: text.slice(from, to), sentenceStart: from };
}
