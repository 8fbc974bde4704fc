// .docx (Office Open XML): word/document.xml read directly, with numbering.xml and
// styles.xml for the automatic list numbers. Paragraphs keep their order; a table
// becomes a grid with gridSpan (columns) and vMerge (rows) applied to every slot
// they cover. Headers, footers, footnotes, comments, deleted text, field codes and
// drawings are left out; nothing outside the three parts is opened (no macro, no
// external relationship, no altChunk is followed).
import type { Element } from 'domhandler';
import { ExtractionError } from '../extract/errors.js';
import type { Block, Paragraph, SourcePosition, Table, TableCell } from './blocks.js';
import { Numbering } from './numbering.js';
import { attr, child, children, local, parseXml, utf8 } from './xml.js';
import { readZip, type ZipLimits } from './zip.js';

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

export function readDocx(bytes: Uint8Array, fileName: string, limits: ZipLimits = {}): Block[] {
  const files = readZip(bytes, fileName, '.docx', (name) => PARTS.includes(name), limits);
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new ExtractionError(fileName, 'corrupt .docx (no word/document.xml in the package)');
  let body: Element | undefined;
  try {
    const root = parseXml(utf8(documentXml)).find((e) => local(e.name) === 'document');
    body = child(root, 'body');
  } catch (e) {
    throw new ExtractionError(fileName, `corrupt .docx (word/document.xml: ${e instanceof Error ? e.message : String(e)})`);
  }
  if (!body) throw new ExtractionError(fileName, 'corrupt .docx (word/document.xml has no w:body)');
  const reader = new DocxReader(new Numbering(utf8(files['word/numbering.xml']), utf8(files['word/styles.xml'])));
  return reader.blocks(body, null);
}

/** Elements whose children are read as if they stood in their parent's place. */
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'hyperlink', 'ins', 'moveTo', 'fldSimple', 'dir', 'bdo', 'r']);

class DocxReader {
  private paragraphs = 0;
  private tables = 0;

  constructor(private readonly numbering: Numbering) {}

  /** Blocks of a body or a cell; `cell` is the position of the cell they are in (null in the body). */
  blocks(container: Element, cell: SourcePosition | null): Block[] {
    const out: Block[] = [];
    const visit = (el: Element) => {
      for (const c of children(el)) {
        const name = local(c.name);
        if (name === 'p') out.push(this.paragraph(c, cell));
        else if (name === 'tbl') out.push(this.table(c));
        else if (name === 'sdt' || name === 'sdtContent' || name === 'customXml') visit(c);
      }
    };
    visit(container);
    return out;
  }

  private paragraph(p: Element, cell: SourcePosition | null): Paragraph {
    const at: SourcePosition = cell ?? { kind: 'paragraph', paragraph: ++this.paragraphs };
    const text = runText(p);
    const label = this.numbering.label(p);
    const sep = label !== '' && (/\d$/.test(label) || (/\.$/.test(label) && /^[\dA-Za-z.]/.test(text))) ? ' ' : '';
    return { kind: 'paragraph', text: label + sep + text, runs: [{ from: 0, at }] };
  }

  private table(tbl: Element): Table {
    const table = ++this.tables;
    const grid: TableCell[][] = [];
    const rows = rowsOf(tbl);
    rows.forEach((tr, r) => {
      const row: TableCell[] = [];
      grid.push(row);
      let c = Number(attr(child(child(tr, 'trPr'), 'gridBefore'), 'val') ?? 0) || 0;
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'tcPr');
        const span = Math.max(1, Math.min(64, Number(attr(child(tcPr, 'gridSpan'), 'val') ?? 1) || 1));
        const vMerge = child(tcPr, 'vMerge');
        const continues = vMerge !== undefined && (attr(vMerge, 'val') ?? 'continue') === 'continue';
        const above = r > 0 ? grid[r - 1]![c] : undefined;
        const at: SourcePosition = { kind: 'cell', table, row: r + 1, column: c + 1 };
        const slot: TableCell = continues && above ? above : { blocks: this.blocks(tc, at), at, origin: { row: r, column: c } };
        for (let k = 0; k < span; k++) row[c + k] = slot;
        c += span;
      }
    });
    const width = Math.max(0, ...grid.map((row) => row.length));
    const rowsOut = grid.map((row, r) =>
      Array.from({ length: width }, (_, c) => row[c] ?? { blocks: [], at: { kind: 'cell', table, row: r + 1, column: c + 1 } as SourcePosition, origin: { row: r, column: c } }),
    );
    return { kind: 'table', rows: rowsOut };
  }
}

function rowsOf(tbl: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(tbl)) {
    const name = local(c.name);
    if (name === 'tr') out.push(c);
    else if (name === 'sdt' || name === 'sdtContent' || name === 'customXml') out.push(...rowsOf(c));
  }
  return out;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  for (const c of children(tr)) {
    const name = local(c.name);
    if (name === 'tc') out.push(c);
    else if (name === 'sdt' || name === 'sdtContent' || name === 'customXml') out.push(...cellsOf(c));
  }
  return out;
}

/** The visible text of a paragraph's runs. */
function runText(p: Element): string {
  let out = '';
  const visit = (el: Element) => {
    for (const c of children(el)) {
      const name = local(c.name);
      if (name === 't') out += textOf(c);
      else if (name === 'tab' || name === 'ptab') out += '\t';
      else if (name === 'br' || name === 'cr') out += '\n';
      else if (name === 'noBreakHyphen') out += '-';
      else if (TRANSPARENT.has(name)) visit(c);
    }
  };
  visit(p);
  return out;
}

function textOf(el: Element): string {
  let s = '';
  for (const n of el.children) if (n.type === 'text') s += (n as unknown as { data: string }).data;
  return s;
}
