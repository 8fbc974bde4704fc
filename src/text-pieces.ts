// V8 allocates a flat string over 128 KB (64 K two-byte characters: Chinese text) in its
// large-object space: ~1 ms an allocation on this VM against ~10 µs just under the line
// (BENCHMARKS.md, "Measured choices"). Text that is joined, flattened or encoded at once
// (a response body, a bulk import file, an export) is handled in pieces well under it.

/** Two-byte characters in a flat string of 128 KB: longer ones are large objects. */
export const LARGE_STRING_CHARS = 64 * 1024;
/** Characters gathered into one piece before it is joined or encoded. */
export const TEXT_PIECE_CHARS = 16 * 1024;
