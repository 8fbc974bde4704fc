// Positions in the original file and the map from the normalized text to them:
// plain types, imported by src/extract/types.ts (so this file imports nothing).

/** Where a piece of text sits in the original file (rows, columns, lines, pages and paragraphs count from 1). */
export type SourcePosition =
  /** A plain-text file: line and column (UTF-16 units) of the decoded text. */
  | { kind: 'line'; line: number; column: number }
  /** An HTML page: line and column in the page's source where the text node (or its table cell) starts. */
  | { kind: 'html'; line: number; column: number }
  /** A PDF: page and the line on that page (text lines top to bottom, running headers included in the count). */
  | { kind: 'page'; page: number; line: number }
  /** A Word document: a paragraph of the body (tables not counted). */
  | { kind: 'paragraph'; paragraph: number }
  /** A table of a Word document or an HTML page (tables numbered in document order, nested ones included). */
  | { kind: 'cell'; table: number; row: number; column: number }
  /** A spreadsheet (or CSV) cell; `cell` is its A1 reference. */
  | { kind: 'sheet'; sheet: string; row: number; column: number; cell: string };

export const FORMATS = ['text', 'html', 'docx', 'doc', 'wps', 'pdf', 'xlsx', 'xls', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface OriginSegment {
  /** Offsets into the normalized text, end exclusive. */
  start: number;
  end: number;
  /** Where normalized offset `start` is in the original; for `line` positions the column advances with the offset. */
  at: SourcePosition;
}

/** The map of a document: segments in order, not overlapping; text between them (separators, line breaks) has no position. */
export interface Origin {
  format: Format;
  segments: OriginSegment[];
}

