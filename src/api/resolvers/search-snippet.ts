// The passage of a hit worth showing: the first place one of the search terms
// occurs, with some context either side.
import { labelOfId } from '../../graph/ids.js';
import type { NodeRow } from '../../graph/read/rows.js';

const CONTEXT = 40;

export function snippetFor(node: NodeRow, text: string): string {
  const name = String(node.name ?? node.title ?? node.text ?? '');
  if (labelOfId(node.id) !== 'Task') return name;
  // A task's text starts with its label and title, so it covers both.
  const body = String(node.text ?? node.title ?? '');
  // The word OR separates alternatives (graph/read/fulltext.ts): not a term to show.
  const terms = text.normalize('NFKC').split(/\s+/u).filter((t) => t !== '' && t !== 'OR');
  const at = terms.map((t) => body.indexOf(t)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) return String(node.title ?? '');
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(body.length, at + CONTEXT * 2);
  return `${start > 0 ? '…' : ''}${body.slice(start, end).replace(/\s+/g, ' ').trim()}${end < body.length ? '…' : ''}`;
}
