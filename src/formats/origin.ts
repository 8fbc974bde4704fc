// From offsets in the normalized text (what every evidence span points into) back to
// the original file: page and line of a PDF, paragraph or table cell of a Word
// document, sheet cell of a spreadsheet, line and column of a text file.
import type { OffsetMap } from '../extract/normalize.js';
import type { Format, Origin, OriginSegment, SourcePosition } from './position.js';

export type { Format, Origin, OriginSegment };
import type { RawSegment } from './render.js';

const same = (a: SourcePosition, b: SourcePosition) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Composes the rendered text's segments (raw offsets) with the normalization map
 * (normalized → raw) into segments of the normalized text. Adjacent pieces with the
 * same position merge, so the map stays about as long as the document has cells,
 * lines or paragraphs.
 */
export function composeOrigin(format: Format, segments: readonly RawSegment[], map: OffsetMap, normalizedLength: number): Origin {
  const out: OriginSegment[] = [];
  const runs = map.norm.length;
  let s = 0; // current raw segment
  for (let k = 0; k < runs; k++) {
    const normStart = map.norm[k]!;
    const normEnd = k + 1 < runs ? map.norm[k + 1]! : normalizedLength;
    const rawStart = map.raw[k]!;
    const rawEnd = rawStart + (normEnd - normStart);
    while (s < segments.length && segments[s]!.end <= rawStart) s++;
    for (let t = s; t < segments.length && segments[t]!.start < rawEnd; t++) {
      const seg = segments[t]!;
      const a = Math.max(seg.start, rawStart);
      const b = Math.min(seg.end, rawEnd);
      if (b <= a) continue;
      const at: SourcePosition = seg.at.kind === 'line' ? { ...seg.at, column: seg.at.column + (a - seg.start) } : seg.at;
      const start = normStart + (a - rawStart);
      const end = normStart + (b - rawStart);
      const last = out.at(-1);
      if (last && last.end === start && (at.kind === 'line' ? sameLineRun(last, at) : same(last.at, at))) last.end = end;
      else out.push({ start, end, at });
    }
  }
  return { format, segments: out };
}

function sameLineRun(last: OriginSegment, at: SourcePosition & { kind: 'line' }): boolean {
  return last.at.kind === 'line' && last.at.line === at.line && last.at.column + (last.end - last.start) === at.column;
}

/**
 * The position in the original of normalized offset `offset`: that of the segment
 * holding it (for a plain-text line, with the column of that very character); for an
 * offset between segments (a line break, a table's `| `), that of the text after it;
 * past the end, that of the last; null for a map without segments.
 */
export function locate(origin: Origin, offset: number): SourcePosition | null {
  const segs = origin.segments;
  if (segs.length === 0) return null;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segs[lo]!;
  // Between two segments (a line break, a table's `| `): the text that follows.
  if (offset >= seg.end && lo + 1 < segs.length) seg = segs[lo + 1]!;
  if (offset < seg.start || seg.at.kind !== 'line') return seg.at;
  const within = Math.min(offset, seg.end - 1) - seg.start;
  return { ...seg.at, column: seg.at.column + Math.max(0, within) };
}

/** Where a span of the normalized text is in the original: the position of its first character and of its last. */
export interface SourceSpan {
  format: Format;
  start: SourcePosition;
  end: SourcePosition;
}

/**
 * The span [start, end) of the normalized text (an evidence's offsets) in the original
 * file: `start` where its first character is, `end` where its last is (for a line, its
 * column; an empty span ends where it starts). Null for a map without segments.
 */
export function locateSpan(origin: Origin, start: number, end: number): SourceSpan | null {
  const first = locate(origin, start);
  const last = locate(origin, Math.max(start, end - 1));
  return first && last ? { format: origin.format, start: first, end: last } : null;
}
