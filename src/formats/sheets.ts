// Spreadsheets (.xlsx, .xls) and CSV through SheetJS: each sheet a table, merged
// cells (!merges) applied to every slot they cover, a cell's text as Excel shows it
// (its formatted value; a formula's cached result, never recomputed). Formulas,
// styles, macros (bookVBA) and external links are not read. An .xlsx is unzipped by
// fflate within the zip limits and handed to SheetJS re-packed without compression,
// with only the parts a reader needs (no vbaProject.bin, no externalLinks, no media).
import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import { zipSync } from 'fflate';
import { ExtractionError } from '../extract/errors.js';
import type { Block, SourcePosition, TableCell } from './blocks.js';
import { readZip, type ZipLimits } from './zip.js';

XLSX.set_cptable(cptable);

/** Rows and columns read from one sheet at most. */
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 64;

const OPTIONS: XLSX.ParsingOptions = {
  cellFormula: false,
  cellHTML: false,
  cellStyles: false,
  cellNF: false,
  bookVBA: false,
  bookDeps: false,
  sheetStubs: false,
  WTF: false,
  sheetRows: MAX_ROWS,
};

const SKIPPED_PART = /^(?:xl\/(?:vbaProject\.bin|externalLinks\/|media\/|embeddings\/|printerSettings\/|activeX\/|ctrlProps\/|drawings\/|pivotCache|pivotTables\/|queryTables\/|connections\.xml))/i;

export function readXlsx(bytes: Uint8Array, fileName: string, limits: ZipLimits = {}): Block[] {
  const parts = readZip(bytes, fileName, '.xlsx', (name) => !SKIPPED_PART.test(name) && !name.endsWith('/'), limits);
  const repacked = zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { level: 0 }] as [Uint8Array, { level: 0 }]])));
  return workbookBlocks(read(repacked, 'array', fileName, '.xlsx'));
}

export function readXls(bytes: Uint8Array, fileName: string): Block[] {
  return workbookBlocks(read(bytes, 'array', fileName, '.xls'));
}

/** A CSV cannot say that cells are merged: an empty cell may be one (a sheet saved as CSV leaves them empty). */
export function readCsv(text: string, fileName: string): Block[] {
  return workbookBlocks(read(text, 'string', fileName, 'CSV', { raw: true })).map((b) => (b.kind === 'table' ? { ...b, mergesUnknown: true } : b));
}

function read(data: Uint8Array | string, type: 'array' | 'string', fileName: string, what: string, extra: XLSX.ParsingOptions = {}): XLSX.WorkBook {
  try {
    return XLSX.read(data, { ...OPTIONS, ...extra, type });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/password|encrypt/i.test(message)) throw new ExtractionError(fileName, `encrypted ${what} (password-protected): cannot read it`);
    throw new ExtractionError(fileName, `corrupt ${what} (${message.replace(/\s+/g, ' ').trim()})`);
  }
}

function workbookBlocks(wb: XLSX.WorkBook): Block[] {
  const blocks: Block[] = [];
  wb.SheetNames.forEach((name, k) => {
    if (wb.Workbook?.Sheets?.[k]?.Hidden) return;
    const ws = wb.Sheets[name];
    if (!ws?.['!ref']) return;
    const range = XLSX.utils.decode_range(ws['!ref']);
    const rows = Math.min(range.e.r - range.s.r + 1, MAX_ROWS);
    const cols = Math.min(range.e.c - range.s.c + 1, MAX_COLUMNS);
    const position = (r: number, c: number): SourcePosition => {
      const ref = XLSX.utils.encode_cell({ r: range.s.r + r, c: range.s.c + c });
      return { kind: 'sheet', sheet: name, row: range.s.r + r + 1, column: range.s.c + c + 1, cell: ref };
    };
    const grid: TableCell[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: TableCell[] = [];
      for (let c = 0; c < cols; c++) {
        const at = position(r, c);
        const cell = ws[at.kind === 'sheet' ? at.cell : ''] as XLSX.CellObject | undefined;
        const text = cellText(cell);
        row.push({ blocks: text === '' ? [] : [{ kind: 'paragraph', text, runs: [{ from: 0, at }] }], at, origin: { row: r, column: c } });
      }
      grid.push(row);
    }
    for (const m of ws['!merges'] ?? []) {
      const r0 = m.s.r - range.s.r;
      const c0 = m.s.c - range.s.c;
      const owner = grid[r0]?.[c0];
      if (!owner) continue;
      for (let r = r0; r <= m.e.r - range.s.r && r < rows; r++) for (let c = c0; c <= m.e.c - range.s.c && c < cols; c++) if (r !== r0 || c !== c0) grid[r]![c] = owner;
    }
    while (grid.length > 0 && grid.at(-1)!.every((s) => s.blocks.length === 0)) grid.pop();
    if (grid.length > 0) blocks.push({ kind: 'table', rows: grid });
  });
  return blocks;
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.t === 'z' || cell.t === 'e') return '';
  if (cell.w !== undefined) return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : cell.v);
}
