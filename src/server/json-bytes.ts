// JSON as UTF-8 bytes without ever holding the whole text as one flat string.
//
// JSON.stringify builds its result as a rope; encoding it (Buffer.from, Content-Length,
// a socket write) first flattens it into one string, and a flat string over 128 KB (64 K
// Chinese characters) is a large object to V8, ~1 ms to allocate (text-pieces.ts).
// bench:api Q2's answer at 2,005 documents is 72 K characters: from the result to its
// bytes 1.5–1.7 ms whole, 0.4–0.7 ms here. So arrays are stringified a run of items at a
// time, objects a property at a time, and the text encoded a few tens of KB at a time.

import { LARGE_STRING_CHARS, TEXT_PIECE_CHARS } from '../text-pieces.js';

/** The longest text encoded at once: a little under the large-object line. */
const LONGEST = LARGE_STRING_CHARS - 4 * 1024;
/** Characters gathered before they are encoded, and what a run of array items aims at. */
const GATHERED = TEXT_PIECE_CHARS;
/** The most array items stringified in one run. */
const MAX_RUN = 1024;

/**
 * The bytes of `JSON.stringify(value) + suffix` (the same bytes, also for undefined,
 * functions and non-finite numbers; a toJSON method is called with '' for its key), in
 * pieces of a few tens of KB: written to a socket one after the other, a large answer is
 * never copied into one buffer either.
 */
export function jsonPieces(value: unknown, suffix = ''): Buffer[] {
  const out = new Pieces();
  if (descended(value)) write(out, value);
  else out.add(JSON.stringify(value) ?? '');
  out.add(suffix);
  return out.done();
}

/** Arrays and plain objects are written part by part; anything else (toJSON, class instances) is left to JSON.stringify. */
function descended(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

function write(out: Pieces, value: object): void {
  if (Array.isArray(value)) writeArray(out, value);
  else writeObject(out, value);
}

/**
 * An array a run of items at a time, each run stringified whole (one JSON.stringify of
 * hundreds of small items costs a fraction of hundreds of calls). A run aims at
 * GATHERED characters by the size of the last one, and at most doubles, so items that
 * grow seldom make a run to throw away. An item longer than LONGEST by itself is written
 * part by part, and so is the next one without a try.
 */
function writeArray(out: Pieces, items: readonly unknown[]): void {
  out.add('[');
  let run = 1;
  let large = false;
  for (let i = 0; i < items.length; ) {
    const item = items[i];
    if (large && descended(item)) {
      if (i > 0) out.add(',');
      const before = out.written;
      write(out, item);
      large = out.written - before > LONGEST;
      i++;
      continue;
    }
    const count = Math.min(run, items.length - i);
    const text = JSON.stringify(count === 1 ? [item] : items.slice(i, i + count));
    if (text.length > LONGEST && count > 1) {
      run = Math.max(1, Math.floor((count * GATHERED) / text.length));
      continue;
    }
    if (i > 0) out.add(',');
    large = text.length > LONGEST && descended(item);
    if (large) write(out, item as object);
    else out.add(text.slice(1, -1));
    i += count;
    run = Math.max(1, Math.min(MAX_RUN, 2 * count, Math.floor((count * GATHERED) / text.length)));
  }
  out.add(']');
}

function writeObject(out: Pieces, value: object): void {
  out.add('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (descended(item)) {
      out.add(name);
      write(out, item);
    } else {
      // A property JSON.stringify cannot represent (undefined, a function) is left out.
      const text = JSON.stringify(item);
      if (text === undefined) continue;
      out.add(name + text);
    }
    first = false;
  }
  out.add('}');
}

/** Text gathered in small pieces, each encoded once it is a few KB. */
class Pieces {
  private readonly encoded: Buffer[] = [];
  private gathered = '';

  /** Characters added so far. */
  written = 0;

  add(text: string): void {
    this.written += text.length;
    if (this.gathered.length + text.length > LONGEST) this.encode();
    this.gathered += text;
    if (this.gathered.length > GATHERED) this.encode();
  }

  done(): Buffer[] {
    this.encode();
    return this.encoded;
  }

  private encode(): void {
    if (this.gathered.length === 0) return;
    const piece = Buffer.from(this.gathered, 'utf8');
    this.gathered = '';
    this.encoded.push(piece);
  }
}
