// The one intermediate form every input format is read into: a list of blocks,
// paragraphs and tables, whose text carries where it sits in the original file.
// A table is a full grid: a merged cell (rowspan/colspan, vMerge/gridSpan, a
// spreadsheet merge) is applied to every row and column it spans, each slot
// pointing back at the cell that holds the text. render.ts turns blocks into the
// plain text the extractor reads.

import type { SourcePosition } from './position.js';

export type { SourcePosition };

/** Text with the positions of its pieces: `runs[k]` covers text[runs[k].from .. runs[k+1].from). */
export interface PositionedText {
  text: string;
  runs: { from: number; at: SourcePosition }[];
}

export interface Paragraph extends PositionedText {
  kind: 'paragraph';
}

export interface TableCell {
  /** The cell's content: paragraphs, and tables nested in it. */
  blocks: Block[];
  /** Where the cell itself is (for an empty cell, which has no text to carry it). */
  at: SourcePosition;
  /** Row and column (0-based, in the grid) of the cell that holds this slot's content; the slot itself when not merged. */
  origin: { row: number; column: number };
}

export interface Table {
  kind: 'table';
  /** Every row has the same number of slots; a merged cell fills all the slots it spans. */
  rows: TableCell[][];
  /** The format does not say which cells are merged (PDF, .doc): an empty cell may be one, so it is left for the extractor to fill from above. */
  mergesUnknown?: boolean;
}

export type Block = Paragraph | Table;

export function paragraph(text: string, at: SourcePosition): Paragraph {
  return { kind: 'paragraph', text, runs: [{ from: 0, at }] };
}

/** Concatenates positioned texts with a separator (the separator belongs to the piece before it). */
export function joinTexts(parts: readonly PositionedText[], separator: string): PositionedText {
  const out: PositionedText = { text: '', runs: [] };
  parts.forEach((p, k) => {
    if (k > 0) out.text += separator;
    const base = out.text.length;
    for (const r of p.runs) out.runs.push({ from: base + r.from, at: r.at });
    out.text += p.text;
  });
  return out;
}

/** A cell's whole text as one line of pieces (paragraphs and nested tables' cells joined by a space). */
export function cellText(cell: TableCell): PositionedText {
  return joinTexts(blockTexts(cell.blocks), ' ');
}

function blockTexts(blocks: readonly Block[]): PositionedText[] {
  const out: PositionedText[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.trim() !== '') out.push(b);
    } else {
      b.rows.forEach((row, r) =>
        row.forEach((slot, c) => {
          if (slot.origin.row === r && slot.origin.column === c) out.push(...blockTexts(slot.blocks));
        }),
      );
    }
  }
  return out;
}

/**
 * Builds a full grid from rows of cells with spans, as HTML and Word describe them:
 * a cell takes the next free slot of its row; `rowSpan` reaches down into the rows below.
 * `at(row, column)` gives the position of a cell (0-based grid coordinates).
 */
export function gridOf<C>(
  rows: readonly (readonly C[])[],
  spans: (cell: C) => { rowSpan: number; colSpan: number },
  content: (cell: C, row: number, column: number) => { blocks: Block[]; at: SourcePosition },
  empty: (row: number, column: number) => SourcePosition,
  maxColumns = 64,
): TableCell[][] {
  const grid: (TableCell | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c]) c++;
      if (c >= maxColumns) break;
      const { rowSpan, colSpan } = spans(cell);
      const slot: TableCell = { ...content(cell, r, c), origin: { row: r, column: c } };
      const rs = Math.max(1, Math.min(rowSpan, rows.length - r));
      const cs = Math.max(1, Math.min(colSpan, maxColumns - c));
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) grid[r + dr]![c + dc] ??= slot;
      c += cs;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row, r) =>
    Array.from({ length: width }, (_, c) => row[c] ?? { blocks: [], at: empty(r, c), origin: { row: r, column: c } }),
  );
}
