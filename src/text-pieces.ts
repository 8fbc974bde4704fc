// V8 allocates a flat string over 128 KB (64 K two-byte characters: Chinese text) in its
// large-object space: ~1 ms an allocation on this VM against ~10 µs just under the line
// (BENCHMARKS.md, "Measured choices"). Text that is joined, flattened or encoded at once
// (a response body, a bulk import file, an export) is handled in pieces well under it.

/** Two-byte characters in a flat string of 128 KB: longer ones are large objects. */
export const LARGE_STRING_CHARS = 64 * 1024;
/** Characters gathered into one piece before it is joined or encoded. */
export const TEXT_PIECE_CHARS = 16 * 1024;

/** Strings gathered into pieces of about `limit` characters: one write per piece, not per string, and no piece a large object. */
export class Chunker {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly limit = TEXT_PIECE_CHARS) {}
  /** The gathered text once it is big enough, else null. */
  add(text: string): string | null {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= this.limit ? this.flush() : null;
  }
  flush(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return text;
  }
}
