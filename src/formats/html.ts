// HTML pages through htmlparser2: block elements (p, div, li, h1…, br) end a
// paragraph, source line breaks do not; script, style, navigation, header and
// footer are dropped; a <table> is a table, its rows and cells with rowspan and
// colspan applied to every slot they cover (a table nested in a cell stays inside
// that cell). Text outside tables is positioned at the line and column of its text
// node in the page's source, text in a table at its table, row and column.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { gridOf, type Block, type Paragraph, type SourcePosition, type Table } from './blocks.js';

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'nav', 'header', 'footer', 'select', 'button', 'object', 'embed', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot',
  'section', 'article', 'main', 'aside', 'blockquote', 'pre', 'center', 'form', 'hr', 'figure', 'figcaption', 'caption', 'title', 'address', 'fieldset', 'details', 'summary',
]);
const MAX_SPAN = 1000;

export function readHtml(html: string): Block[] {
  const doc = parseDocument(html, { withStartIndices: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const lines = lineStarts(html);
  const reader = new HtmlReader((index) => {
    const line = lastAtMost(lines, index);
    return { kind: 'html', line: line + 1, column: index - lines[line]! + 1 };
  });
  return reader.read(doc.children, null);
}

function lineStarts(s: string): number[] {
  const out = [0];
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

class HtmlReader {
  private tables = 0;

  constructor(private readonly position: (index: number) => SourcePosition) {}

  /** Blocks of a run of nodes; inside a table cell every text takes the cell's position. */
  read(nodes: readonly ChildNode[], cell: SourcePosition | null): Block[] {
    const blocks: Block[] = [];
    let current: Paragraph = { kind: 'paragraph', text: '', runs: [] };
    const flush = () => {
      if (current.text.trim() !== '') blocks.push(current);
      current = { kind: 'paragraph', text: '', runs: [] };
    };
    const visit = (node: ChildNode) => {
      if (node.type === 'text') {
        const text = (node as unknown as { data: string }).data.replace(/[ \t\r\n\f]+/g, ' ');
        if (text === '') return;
        const at = cell ?? this.position(node.startIndex ?? 0);
        const last = current.runs.at(-1);
        if (!last || JSON.stringify(last.at) !== JSON.stringify(at)) current.runs.push({ from: current.text.length, at });
        current.text += text;
        return;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
      const el = node as Element;
      const name = el.name.toLowerCase();
      if (DROPPED.has(name)) return;
      if (name === 'table') {
        flush();
        blocks.push(...this.table(el));
        return;
      }
      const block = BLOCK.has(name);
      if (block) flush();
      for (const c of el.children) visit(c);
      if (block) flush();
    };
    for (const n of nodes) visit(n);
    flush();
    return blocks;
  }

  /** A table: its caption (a paragraph) and its grid. */
  private table(el: Element): Block[] {
    const table = ++this.tables;
    const out: Block[] = [];
    const rows: Element[][] = [];
    const collect = (parent: Element) => {
      for (const c of parent.children) {
        if (c.type !== 'tag') continue;
        const name = (c as Element).name.toLowerCase();
        if (name === 'tr') rows.push((c as Element).children.filter((x): x is Element => x.type === 'tag' && /^t[dh]$/i.test((x as Element).name)));
        else if (name === 'thead' || name === 'tbody' || name === 'tfoot') collect(c as Element);
        else if (name === 'caption') out.push(...this.read(c.children, null));
      }
    };
    collect(el);
    const span = (cell: Element, name: string) => {
      const n = parseInt(cell.attribs[name] ?? '1', 10);
      return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
    };
    const position = (row: number, column: number): SourcePosition => ({ kind: 'cell', table, row: row + 1, column: column + 1 });
    const grid = gridOf(
      rows,
      (cell) => ({ rowSpan: span(cell, 'rowspan'), colSpan: span(cell, 'colspan') }),
      (cell, r, c) => ({ blocks: this.read(cell.children, position(r, c)), at: position(r, c) }),
      position,
    );
    if (grid.length > 0) out.push({ kind: 'table', rows: grid } satisfies Table);
    return out;
  }
}
