// Relay pagination arguments: `first` (default 20, at most 100) and an opaque
// `after` cursor. Cursors encode an offset into a stable ordering; they are
// validated here so a bad one is the user's error, not a database error.
import { ArgsType, Field, Int } from 'type-graphql';
import type { PageWindow } from '../../graph/read/rows.js';
import { badInput } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE, description: `Page size: default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

const CURSOR_PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = /^[A-Za-z0-9_-]+={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^offset:(\d{1,9})$/.exec(text);
  if (!match) throw badInput(`invalid cursor: ${JSON.stringify(cursor.slice(0, 40))}`);
  return Number(match[1]);
}

/** The window a (first, after) pair asks for; the next item after cursor `o` is at offset o + 1. */
export function pageWindow(args: { first?: number | null; after?: string | null }, max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): PageWindow {
  const first = args.first ?? fallback;
  if (!Number.isInteger(first) || first < 0) throw badInput(`first must be between 0 and ${max}, got ${first}`);
  if (first > max) throw badInput(`first must be at most ${max}, got ${first}`);
  const skip = args.after == null ? 0 : decodeCursor(args.after) + 1;
  return { skip, limit: first };
}
