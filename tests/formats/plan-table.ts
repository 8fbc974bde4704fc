// A task table derived from a text plan of tests/gold/responsibility: the rows the
// extractor reads from the text (its cells by column; a cell it inherits from the row
// above becomes a merged cell), the lines before and after the table as paragraphs.
// Used by make-fixtures.ts (the .docx/.xlsx/.pdf/.doc fixtures) and by the tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../../src/extract/decode.js';
import { normalizeText } from '../../src/extract/normalize.js';
import { parseStructure } from '../../src/extract/structure.js';

export const HUIZHOU = join(import.meta.dirname, '../gold/responsibility/huizhou-2024-mzj-fenjie-biao.txt');

export interface PlanRow {
  category?: string;
  cells?: { text: string; merged: boolean }[];
}

export interface PlanTable {
  before: string[];
  header: string[];
  rows: PlanRow[];
  after: string[];
}

export function planTable(file = HUIZHOU): PlanTable {
  const raw = readFileSync(file, 'utf8');
  const text = normalizeText(decodeText(raw, file));
  const doc = parseStructure(text);
  const lines = text.split('\n');
  const headerLine = lines.findIndex((l) => l.startsWith('序号'));
  const header = lines[headerLine]!.split(/\s+/);
  const roles = ['NUMBER', 'TASK', 'LEADS', 'SUPPORTS', 'DEADLINE'];
  const rows: PlanRow[] = [];
  let section = '';
  for (const t of doc.tasks) {
    const chapter = t.path[0]!;
    if (chapter !== section) {
      section = chapter;
      const s = doc.sections.find((x) => x.number === chapter);
      if (s) rows.push({ category: `${s.number}、${s.title}` });
    }
    const cells = roles.map((role) => {
      if (role === 'NUMBER') return { text: t.number.replace(/\.$/, ''), merged: false };
      const cell = t.cells?.find((c) => c.role === role);
      return cell ? { text: text.slice(cell.span.start, cell.span.end), merged: cell.inherited } : { text: '', merged: false };
    });
    rows.push({ cells });
  }
  const lastEnd = Math.max(...doc.tasks.map((t) => t.span.end));
  const after = text.slice(lastEnd).split('\n').filter((l) => l.trim() !== '');
  return { before: lines.slice(0, headerLine), header, rows, after };
}
