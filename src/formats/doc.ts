// .doc and .wps (Word 97–2003 binary, which WPS Office also writes under .wps)
// through word-extractor: the body text, without headers, footers, footnotes,
// comments or text boxes, field codes dropped and field results kept. Its tables
// arrive as text: every cell ends with a tab and every row with a line break
// after its last cell's tab, a cell's own paragraphs separated by line breaks.
// Rows are rebuilt from that; the binary format does not say which cells are
// merged, so an empty cell is left for the extractor to fill from above.
import WordExtractor from 'word-extractor';
import { ExtractionError } from '../extract/errors.js';
import type { Block, Paragraph, SourcePosition, TableCell } from './blocks.js';

export async function readDoc(bytes: Uint8Array, fileName: string, what: '.doc' | '.wps'): Promise<Block[]> {
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = (doc.getBody as (this: unknown, options?: { filterUnicode?: boolean }) => string).call(doc, { filterUnicode: false });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/encrypt|password/i.test(message)) throw new ExtractionError(fileName, `encrypted ${what} (password-protected): cannot read it`);
    throw new ExtractionError(fileName, `corrupt ${what} (${message.replace(/\s+/g, ' ').trim()})`);
  }
  return docBlocks(body);
}

/** Blocks of word-extractor's body text (exported for tests). */
export function docBlocks(body: string): Block[] {
  const lines = body.split('\n');
  const blocks: Block[] = [];
  let paragraphs = 0;
  let tables = 0;
  let rows: string[][] | null = null;
  const endTable = () => {
    if (!rows) return;
    const table = ++tables;
    const width = Math.max(...rows.map((r) => r.length));
    const grid: TableCell[][] = rows.map((cells, r) =>
      Array.from({ length: width }, (_, c) => {
        const pos: SourcePosition = { kind: 'cell', table, row: r + 1, column: c + 1 };
        const text = cells[c] ?? '';
        const blocks: Paragraph[] = text.trim() === '' ? [] : [{ kind: 'paragraph', text, runs: [{ from: 0, at: pos }] }];
        return { blocks, at: pos, origin: { row: r, column: c } };
      }),
    );
    blocks.push({ kind: 'table', rows: grid, mergesUnknown: true });
    rows = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A row ends with a tab. A table starts with a one-line row (a header); inside a table a
    // row may run over a few lines (a cell of several paragraphs, not the first cell).
    let end = line.endsWith('\t') ? i : -1;
    if (end === -1 && rows && line.includes('\t'))
      for (let k = i + 1; k < Math.min(lines.length, i + 10); k++)
        if (lines[k]!.endsWith('\t')) {
          end = k;
          break;
        }
    if (end !== -1) {
      const text = lines.slice(i, end + 1).join('\n');
      const cells = text.slice(0, -1).split('\t');
      (rows ??= []).push(cells);
      i = end;
      continue;
    }
    endTable();
    paragraphs++;
    if (line.trim() !== '') blocks.push({ kind: 'paragraph', text: line, runs: [{ from: 0, at: { kind: 'paragraph', paragraph: paragraphs } }] });
  }
  endTable();
  return blocks;
}
