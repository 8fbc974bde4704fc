// Blocks → the plain text the extractor reads (one paragraph per line), with the
// position in the original of every piece of it.
//
// A paragraph is a line. A table whose header names a task table's columns
// (序号, 工作任务, 牵头单位, …: what src/extract/tables.ts recognises) becomes pipe
// rows, `| 1 | 完善… | 市民政局 | — |`, one line per row: a merged cell is repeated
// in every row it spans (its evidence then stays in the row, its position points at
// the merged cell), a cell that is really empty is printed `—` (empty, not merged
// from above), a row whose only content is one cell (a category 一、…) is a line of
// its own. A two-row header (责任单位 over 牵头 | 配合) is read as one. Rows above
// the header (a title) and any other table are read as text: each cell's
// paragraphs are lines, cell after cell, row after row (a row of one-line cells is
// one line, its cells apart by a space).
import { isTaskHeader } from '../extract/tables.js';
import { cellText, type Block, type PositionedText, type SourcePosition, type Table, type TableCell } from './blocks.js';

export interface RawSegment {
  /** Offsets into the rendered text, end exclusive. */
  start: number;
  end: number;
  at: SourcePosition;
}

export interface Rendered {
  text: string;
  segments: RawSegment[];
}

const CHAPTER = /^(?:[一二三四五六七八九十百零〇两]+、|第[一二三四五六七八九十百零〇两]+(?:部分|章))/;
const NONE = '—';

class Writer {
  private parts: string[] = [];
  private length = 0;
  readonly segments: RawSegment[] = [];

  plain(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  positioned(p: PositionedText, clean?: (s: string) => string): void {
    const text = clean ? clean(p.text) : p.text;
    p.runs.forEach((run, k) => {
      const end = k + 1 < p.runs.length ? p.runs[k + 1]!.from : text.length;
      if (end > run.from) this.segments.push({ start: this.length + run.from, end: this.length + end, at: run.at });
    });
    this.plain(text);
  }

  at(s: string, at: SourcePosition): void {
    this.segments.push({ start: this.length, end: this.length + s.length, at });
    this.plain(s);
  }

  result(): Rendered {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

export function renderBlocks(blocks: readonly Block[]): Rendered {
  const w = new Writer();
  writeBlocks(w, blocks);
  return w.result();
}

function writeBlocks(w: Writer, blocks: readonly Block[]): void {
  for (const b of blocks) {
    if (b.kind === 'paragraph') {
      if (b.text.trim() === '') continue;
      w.positioned(b);
      w.plain('\n');
    } else writeTable(w, b);
  }
}

/** A cell on one line: line breaks become spaces, a pipe would end the cell. */
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' ').replace(/[|｜]/g, '¦');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

function rowTexts(row: readonly TableCell[]): string[] {
  return row.map((slot) => squeeze(cellText(slot).text));
}

/** Header cells of rows [from, to): per column, the lowest cell that names a column, else the lowest. */
function headerCells(table: Table, from: number, to: number): string[] {
  const rows = table.rows.slice(from, to).map(rowTexts);
  return rows[0]!.map((_, c) => {
    const lower = rows.at(-1)![c]!;
    if (rows.length === 1 || isTaskHeader(['序号', lower]) || isTaskHeader(['工作任务', lower])) return lower;
    for (const suffix of ['单位', '部门']) if (isTaskHeader(['序号', lower + suffix])) return lower + suffix;
    const upper = rows[0]![c]!;
    return isTaskHeader(['序号', upper]) || isTaskHeader(['工作任务', upper]) ? upper : lower;
  });
}

/** The header of a task table: its first and last row (a title may stand above it). */
function findHeader(table: Table): { from: number; to: number; cells: string[] } | null {
  const rows = table.rows;
  for (let h = 0; h < Math.min(rows.length - 1, 5); h++) {
    // A header cell spanning two rows (序号 beside 责任单位 over 牵头 | 配合): the two rows are one header.
    const spansDown = rows[h + 1]!.some((slot) => slot.origin.row === h);
    if (spansDown && h + 2 < rows.length) {
      const two = headerCells(table, h, h + 2);
      if (isTaskHeader(two)) return { from: h, to: h + 2, cells: two };
    }
    const one = headerCells(table, h, h + 1);
    if (isTaskHeader(one)) return { from: h, to: h + 1, cells: one };
  }
  return null;
}

function writeTable(w: Writer, table: Table): void {
  const rows = table.rows;
  if (rows.length === 0 || rows[0]!.length === 0) return;
  const header = findHeader(table);
  if (!header) {
    writeRowsAsText(w, table, 0, rows.length);
    return;
  }
  writeRowsAsText(w, table, 0, header.from);
  const width = rows[0]!.length;
  w.plain(`| ${header.cells.join(' | ')} |\n`);
  const printedHeader = header.cells.join('|');
  for (let r = header.to; r < rows.length; r++) {
    const row = rows[r]!;
    const texts = rowTexts(row);
    if (texts.every((t) => t === '')) continue;
    if (texts.join('|') === printedHeader) continue; // a header repeated on a new page
    const owners = new Set(row.map((slot) => `${slot.origin.row},${slot.origin.column}`));
    const filled = row.filter((_, c) => texts[c] !== '' && row[c]!.origin.column === c);
    if (width > 2 && (owners.size === 1 || filled.length === 1)) {
      // A category row: one cell across the table, or one filled cell.
      const slot = owners.size === 1 ? row[0]! : filled[0]!;
      const text = cellText(slot);
      if (CHAPTER.test(squeeze(text.text))) {
        w.positioned(text, oneLine);
        w.plain('\n');
      } else {
        w.plain('| ');
        w.positioned(text, oneLine);
        w.plain(' |' + ' |'.repeat(width - 1) + '\n');
      }
      continue;
    }
    w.plain('|');
    row.forEach((slot, c) => {
      w.plain(' ');
      const text = cellText(slot);
      if (texts[c] === '') {
        if (!table.mergesUnknown) w.at(NONE, slot.at);
      }
      else w.positioned(text, oneLine);
      w.plain(' |');
    });
    w.plain('\n');
  }
}

function writeRowsAsText(w: Writer, table: Table, from: number, to: number): void {
  for (let r = from; r < to; r++) {
    const own = table.rows[r]!.filter((slot, c) => slot.origin.row === r && slot.origin.column === c);
    const simple = own.every((slot) => slot.blocks.length <= 1 && slot.blocks.every((b) => b.kind === 'paragraph' && !/\n/.test(b.text)));
    if (simple) {
      // A row of one-line cells is a line, cells apart by a space (as the page shows it).
      const texts = own.map(cellText).filter((t) => t.text.trim() !== '');
      if (texts.length === 0) continue;
      texts.forEach((t, k) => {
        if (k > 0) w.plain(' ');
        w.positioned(t, oneLine);
      });
      w.plain('\n');
    } else for (const slot of own) writeBlocks(w, slot.blocks);
  }
}
