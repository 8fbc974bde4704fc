import type { Evidence } from './types.js';

// A sentence ends at 。！？ (or their ASCII twins !?) or at the end of the line.
const SENTENCE_END = /[。!?]/;

/** The evidence for a mention at [start, end): the offsets and the sentence around it. */
export function evidenceAt(text: string, start: number, end: number): Evidence {
  let from = start;
  while (from > 0 && text[from - 1] !== '\n' && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = Math.max(end, from);
  while (to < text.length && text[to] !== '\n' && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length && SENTENCE_END.test(text[to]!)) to++;
  return { start, end, sentence: text.slice(from, to), sentenceStart: from };
}
