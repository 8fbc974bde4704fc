// Short display labels for drawing: a node's name, title or text cut to at most
// CAPTION_MAX characters (a task's title runs to 188), a task or section led by
// its number. The full title travels beside it (GraphNode.name, the exports' `title`).
import type { NodeLabel } from './model.js';

export const CAPTION_MAX = 40;

/** What a caption is made of: the node's display name (name, title or text) and, for tasks and sections, its number. */
export interface CaptionParts {
  name: string | null | undefined;
  number?: string | null | undefined;
}

/** At most CAPTION_MAX characters (code points), an ellipsis marking a cut. */
export function shorten(text: string, max = CAPTION_MAX): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export function caption(label: NodeLabel | string, parts: CaptionParts): string {
  const name = parts.name ?? '';
  const numbered = (label === 'Task' || label === 'Section') && parts.number ? `${parts.number} ${name}` : name;
  return shorten(numbered === '' ? label : numbered);
}
