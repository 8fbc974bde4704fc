// PDF through pdf.js (pdfjs-dist, its legacy build for Node): the text layer, with
// the CMaps and standard fonts read from the package's own folders (never fetched),
// no eval, no font loading, no scripting.
//
// Layout, page by page: text items → visual lines (by baseline) → running headers
// and footers dropped (a first or last line of a page that repeats on at least half
// the pages, digits aside, or that is a page number: 3, - 3 -, 第3页, 3/10) → lines
// joined into paragraphs (a line that runs to the right margin goes on in the next
// one, unless that one is indented or starts with a label; across a page break too).
// A task table (a header line, possibly wrapped over two or three lines, whose cells
// name a task table's columns) is read by columns: the header's cells give the
// columns, each later item goes to the column under it, the 序号 numbers give the
// rows (a row ends at the widest vertical gap before the next number, so centred and
// top-aligned cells both land in their row), the table goes on across pages (a
// repeated header is skipped) and ends at a line that crosses the columns or after a
// wide gap. Merged cells are not marked in a PDF: an empty cell is left empty (the
// extractor then takes the cell above, as for a merged cell).
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ExtractionError } from '../extract/errors.js';
import { isTaskHeader } from '../extract/tables.js';
import type { Block, Paragraph, SourcePosition, TableCell } from './blocks.js';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('pdfjs-dist/package.json'));
const asDir = (p: string) => (p.endsWith('/') ? p : p + '/');

export const MAX_PAGES = 2000;

interface Item {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Line {
  page: number;
  /** 1-based index of the line on its page, top to bottom. */
  index: number;
  y: number;
  size: number;
  items: Item[];
  text: string;
  x0: number;
  x1: number;
}

type PdfModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfModule> | null = null;

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<Block[]> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const task = getDocument({
    data: new Uint8Array(bytes), // pdf.js may transfer (detach) the buffer it is given
    cMapUrl: asDir(join(PACKAGE, 'cmaps')),
    cMapPacked: true,
    standardFontDataUrl: asDir(join(PACKAGE, 'standard_fonts')),
    wasmUrl: asDir(join(PACKAGE, 'wasm')),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new ExtractionError(fileName, 'encrypted PDF (password required): cannot read it');
    throw new ExtractionError(fileName, `corrupt PDF (${e instanceof Error ? e.message : String(e)})`);
  }
  try {
    const lines: Line[][] = [];
    for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [a, b, , d, e, f] = it.transform as number[];
        if (Math.abs(b!) > Math.abs(a!) * 0.1) continue; // rotated text (a stamp, a margin note)
        const size = Math.abs(d!) || Math.abs(a!) || it.height || 10;
        items.push({ str: it.str, x0: e!, x1: e! + it.width, y: f!, size });
      }
      lines.push(linesOf(items, p));
      page.cleanup();
    }
    if (lines.every((l) => l.every((line) => line.text.trim() === '')))
      throw new ExtractionError(fileName, 'no text layer (scanned PDF): OCR is not supported');
    return layout(dropRunning(lines));
  } finally {
    await doc.destroy();
  }
}

// ---------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f《》“”‘’、。，；：（）]/;

/** Text of items in x order: a space only where Latin words meet, or across a wide gap. */
function join1(items: readonly Item[]): string {
  let out = '';
  let last: Item | null = null;
  for (const it of items) {
    if (it.str.trim() === '') continue;
    if (last) {
      const gap = it.x0 - last.x1;
      const a = out.at(-1) ?? '';
      const b = it.str[0]!;
      const latin = /[A-Za-z0-9.,;:%)]/.test(a) && /[A-Za-z0-9(]/.test(b);
      if ((latin && gap > 0.15 * it.size) || (!latin && gap > 1.0 * it.size) || (!CJK.test(a) && !CJK.test(b) && gap > 0.15 * it.size)) out += ' ';
    }
    out += it.str;
    last = it;
  }
  return out.replace(/\s+/g, ' ').trim();
}

function linesOf(items: Item[], page: number): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups.at(-1);
    if (g && Math.abs(g[0]!.y - it.y) < 0.45 * Math.max(g[0]!.size, it.size)) g.push(it);
    else groups.push([it]);
  }
  return groups
    .map((g) => g.filter((it) => it.str.trim() !== '').sort((p, q) => p.x0 - q.x0))
    .filter((g) => g.length > 0)
    .map((g, k) => ({
      page,
      index: k + 1,
      y: g.reduce((w, it) => (it.x1 - it.x0 > w.x1 - w.x0 ? it : w)).y, // the baseline of its widest item
      size: Math.max(...g.map((it) => it.size)),
      items: g,
      text: join1(g),
      x0: g[0]!.x0,
      x1: Math.max(...g.map((it) => it.x1)),
    }));
}

const PAGE_NUMBER = /^(?:[-—–_·•\s]*\d{1,4}[-—–_·•\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/i;

/** Running headers and footers, page numbers: the first and last two lines of a page that repeat or number it. */
function dropRunning(pages: Line[][]): Line[][] {
  const key = (l: Line) => l.text.replace(/\d+/g, '#');
  const edges = (ls: Line[]) => [...ls.slice(0, 2), ...ls.slice(-2)];
  const seen = new Map<string, number>();
  for (const ls of pages) for (const k of new Set(edges(ls).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  // A table's header repeated on every page is not a running header: the table reader skips it itself.
  const running = (l: Line) => pages.length >= 2 && (seen.get(key(l)) ?? 0) >= Math.max(2, pages.length / 2) && !(l.items.length >= 2 && isTaskHeader(columnsOf([l]).map((c) => c.header)));
  return pages.map((ls) => {
    const drop = new Set<Line>();
    for (const l of [ls[0], ls[1]]) if (l && (PAGE_NUMBER.test(l.text) || running(l))) drop.add(l);
    for (const l of [ls.at(-1), ls.at(-2)]) if (l && (PAGE_NUMBER.test(l.text) || running(l))) drop.add(l);
    return ls.filter((l) => !drop.has(l));
  });
}

// ---------------------------------------------------------------------------
// Paragraphs and tables
// ---------------------------------------------------------------------------

const LABEL = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部节]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}[.、．](?!\d)|[\u2460-\u2473]|附件|[一二三四五六七八九十]+是)/;
const CHAPTER = /^(?:[一二三四五六七八九十百]+、|第[一二三四五六七八九十]+(?:部分|章))/;
const at = (l: Line): SourcePosition => ({ kind: 'page', page: l.page, line: l.index });

function layout(pages: Line[][]): Block[] {
  const lines = pages.flat();
  const blocks: Block[] = [];
  if (lines.length === 0) return blocks;
  const left = percentile(lines.map((l) => l.x0), 0.1);
  const right = percentile(lines.map((l) => l.x1), 0.9);
  let para: Paragraph | null = null;
  let prev: Line | null = null;
  const flush = () => {
    if (para) blocks.push(para);
    para = null;
    prev = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const table = readTable(lines, i);
    if (table) {
      flush();
      blocks.push(...table.blocks);
      i = table.end - 1;
      continue;
    }
    const p = prev as Line | null;
    const goesOn =
      para !== null && p !== null && p.x1 >= right - 1.5 * p.size && line.x0 <= left + 0.8 * line.size && !LABEL.test(line.text) && Math.abs(line.size - p.size) < 0.2 * p.size;
    if (goesOn && para) {
      const cur: Paragraph = para;
      const sep = /[A-Za-z0-9]$/.test(cur.text) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
      cur.text += sep;
      cur.runs.push({ from: cur.text.length, at: at(line) });
      cur.text += line.text;
    } else {
      flush();
      para = { kind: 'paragraph', text: line.text, runs: [{ from: 0, at: at(line) }] };
    }
    prev = line;
  }
  flush();
  return blocks;
}

function percentile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

interface Column {
  x0: number;
  x1: number;
  header: string;
}

/** Items of consecutive lines grouped into columns by horizontal overlap (a header whose cells wrap). */
function columnsOf(lines: readonly Line[]): Column[] {
  const cols: Column[] = [];
  for (const line of lines) {
    // Items of one line closer than a character belong to one cell.
    const cells: Item[][] = [];
    for (const it of line.items) {
      const c = cells.at(-1);
      if (c && it.x0 - c.at(-1)!.x1 < 1.0 * it.size) c.push(it);
      else cells.push([it]);
    }
    for (const cell of cells) {
      const x0 = cell[0]!.x0;
      const x1 = cell.at(-1)!.x1;
      const text = join1(cell).replace(/\s+/g, '');
      const hit = cols.find((c) => x0 < c.x1 && x1 > c.x0);
      if (hit) {
        hit.header += text;
        hit.x0 = Math.min(hit.x0, x0);
        hit.x1 = Math.max(hit.x1, x1);
      } else cols.push({ x0, x1, header: text });
    }
  }
  return cols.sort((a, b) => a.x0 - b.x0);
}

function headerAt(lines: readonly Line[], i: number): { columns: Column[]; end: number } | null {
  for (let k = 1; k <= 3 && i + k <= lines.length; k++) {
    const group = lines.slice(i, i + k);
    if (group.some((l) => l.page !== group[0]!.page)) return null;
    if (k > 1 && group[0]!.y - group.at(-1)!.y > 2.5 * group[0]!.size * (k - 1)) return null;
    const columns = columnsOf(group);
    if (columns.length >= 2 && isTaskHeader(columns.map((c) => c.header))) return { columns, end: i + k };
  }
  return null;
}

const ROW_NUMBER = /^\d{1,4}[.、]?$/;

function readTable(lines: readonly Line[], i: number): { blocks: Block[]; end: number } | null {
  if (lines[i]!.items.length < 2) return null;
  const header = headerAt(lines, i);
  if (!header) return null;
  const { columns } = header;
  const overlaps = (it: Item, c: Column) => it.x0 < c.x1 && it.x1 > c.x0;
  /** A line across the table (a paragraph after it, a category row): it overlaps two header cells or more. */
  const across = (line: Line) => line.items.some((it) => columns.filter((c) => overlaps(it, c)).length >= 2) || (line.items.length === 1 && columns.length > 2 && line.x1 - line.x0 > 0.6 * (columns.at(-1)!.x1 - columns[0]!.x0));
  const numberCol = columns.findIndex((c) => /^(序号|编号)$/.test(c.header));
  const printed = columns.map((c) => c.header).join('|');
  // The table's lines: up to a line that crosses the columns, a wide gap, or the end.
  const body: Line[] = [];
  const categories = new Map<Line, true>();
  let j = header.end;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    const last = lines[j - 1]!; // the line before, a repeated header included
    if (line.page === last.page && last.y - line.y > 3.5 * Math.max(line.size, last.size)) break;
    const again = headerAt(lines, j);
    if (again && again.columns.map((c) => c.header).join('|') === printed) {
      // The header again: on a new page, or under a category line.
      j = again.end - 1;
      continue;
    }
    if (CHAPTER.test(line.text) && line.text.length <= 40) {
      categories.set(line, true);
      body.push(line);
      continue;
    }
    if (across(line)) break;
    body.push(line);
  }
  // Column boundaries: in the gaps of the x-projection of the table's items between two header cells.
  const covered: [number, number][] = [];
  for (const it of [...body.filter((l) => !categories.has(l)).flatMap((l) => l.items), ...columns.map((c) => ({ x0: c.x0, x1: c.x1 }))].sort((p, q) => p.x0 - q.x0)) {
    const last = covered.at(-1);
    if (last && it.x0 <= last[1]) last[1] = Math.max(last[1], it.x1);
    else covered.push([it.x0, it.x1]);
  }
  const bounds = columns.slice(1).map((c, k) => {
    const left = columns[k]!.x1;
    let best = (left + c.x0) / 2;
    let widest = -1;
    for (let g = 0; g + 1 < covered.length; g++) {
      const [from, to] = [covered[g]![1], covered[g + 1]![0]];
      if (from >= left - 0.5 && to <= c.x0 + 0.5 && to - from > widest) {
        widest = to - from;
        best = (from + to) / 2;
      }
    }
    return best;
  });
  const columnOf = (it: Item) => {
    const mid = (it.x0 + it.x1) / 2;
    let c = 0;
    while (c < bounds.length && mid > bounds[c]!) c++;
    return c;
  };
  // Rows: one per 序号 number; the lines between two numbers split at the widest gap.
  const anchors = body.map((l, k) => (numberCol !== -1 && !categories.has(l) && l.items.some((it) => columnOf(it) === numberCol && ROW_NUMBER.test(it.str.trim())) ? k : -1)).filter((k) => k !== -1);
  if (anchors.length === 0) return null;
  const rowOf = new Array<number>(body.length).fill(0);
  for (let r = 0; r < anchors.length; r++) {
    const from = anchors[r]!;
    const next = anchors[r + 1];
    if (next === undefined) {
      for (let m = from; m < body.length; m++) rowOf[m] = r;
      break;
    }
    let cut = next;
    let widest = -Infinity;
    for (let m = from + 1; m <= next; m++) {
      const x = body[m - 1]!;
      const y = body[m]!;
      const gap = x.page !== y.page ? 1e6 : categories.has(y) ? 2e6 : x.y - x.size - y.y;
      // On a tie (within a point), the later cut: cells are top-aligned unless the layout shows otherwise.
      if (gap >= widest - 1) {
        widest = Math.max(widest, gap);
        cut = m;
      }
    }
    for (let m = from; m < cut; m++) rowOf[m] = r;
    for (let m = cut; m <= next; m++) rowOf[m] = r + 1;
  }
  const blocks: Block[] = [];
  const width = columns.length;
  const headerCells: TableCell[] = columns.map((c, k) => ({
    blocks: [{ kind: 'paragraph', text: c.header, runs: [{ from: 0, at: at(lines[i]!) }] }],
    at: at(lines[i]!),
    origin: { row: 0, column: k },
  }));
  const grid: TableCell[][] = [headerCells];
  let current: { lines: Line[] }[] = [];
  const emit = () => {
    const r = grid.length;
    const cells: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      const pieces: { text: string; line: Line }[] = [];
      for (const { lines: ls } of current)
        for (const l of ls) {
          const its = l.items.filter((it) => columnOf(it) === c);
          if (its.length > 0) pieces.push({ text: join1(its), line: l });
        }
      const p: Paragraph = { kind: 'paragraph', text: '', runs: [] };
      for (const piece of pieces) {
        if (/[A-Za-z0-9]$/.test(p.text) && /^[A-Za-z0-9]/.test(piece.text)) p.text += ' ';
        p.runs.push({ from: p.text.length, at: at(piece.line) });
        p.text += piece.text;
      }
      const first = pieces[0]?.line ?? current[0]?.lines[0] ?? lines[i]!;
      cells.push({ blocks: p.text === '' ? [] : [p], at: at(first), origin: { row: r, column: c } });
    }
    grid.push(cells);
    current = [];
  };
  let open = -1;
  for (let k = 0; k < body.length; k++) {
    const line = body[k]!;
    if (categories.has(line)) {
      if (current.length > 0) emit();
      const p: Paragraph = { kind: 'paragraph', text: line.text, runs: [{ from: 0, at: at(line) }] };
      const slot: TableCell = { blocks: [p], at: at(line), origin: { row: grid.length, column: 0 } };
      grid.push(Array.from({ length: width }, () => slot));
      open = -1;
      continue;
    }
    if (rowOf[k] !== open && current.length > 0) emit();
    open = rowOf[k]!;
    current.push({ lines: [line] });
  }
  if (current.length > 0) emit();
  blocks.push({ kind: 'table', rows: grid, mergesUnknown: true });
  return { blocks, end: i + (j - i) };
}
