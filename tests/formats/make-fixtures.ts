// Writes the committed fixtures of tests/formats/fixtures from a text plan of
// tests/gold/responsibility (惠州市民政局's task-division table, see plan-table.ts):
//   huizhou-plan.docx  numbered 序号 column (Word's automatic numbering), merged 牵头科室 cells (vMerge), category rows across the table (gridSpan)
//   huizhou-plan.xlsx  the same table in a sheet, merged cells as !merges
//   huizhou-plan.pdf   the .docx printed to PDF by LibreOffice
//   huizhou-plan.doc   the .docx saved as Word 97 by LibreOffice
//   encrypted.pdf      huizhou-plan.pdf encrypted with a user password by qpdf
// Run: npx tsx tests/formats/make-fixtures.ts (LibreOffice with a CJK font, e.g.
// `apt-get install libreoffice-writer-nogui fonts-wqy-zenhei qpdf`; only this script needs them).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { buildDocx, type DocxCell } from './docx-builder.js';
import { planTable } from './plan-table.js';

const OUT = join(import.meta.dirname, 'fixtures');

export function huizhouDocx(): Uint8Array {
  const plan = planTable();
  const width = plan.header.length;
  const rows: DocxCell[][] = [plan.header.map((text) => ({ text }))];
  const body = plan.rows;
  body.forEach((row, r) => {
    if (row.category) {
      rows.push([{ text: row.category, gridSpan: width }]);
      return;
    }
    rows.push(
      row.cells!.map((cell, c) => {
        if (c === 0) return { text: '', num: 2 }; // 序号: Word's automatic numbering
        const nextMerged = body[r + 1]?.cells?.[c]?.merged === true;
        if (cell.merged) return { text: '', vMerge: 'continue' as const };
        return nextMerged ? { text: cell.text, vMerge: 'restart' as const } : { text: cell.text };
      }),
    );
  });
  return buildDocx([...plan.before.map((p) => ({ p })), { table: rows }, ...plan.after.map((p) => ({ p }))], { widths: [700, 4300, 1500, 1800, 1300] });
}

export function huizhouXlsx(): Uint8Array {
  const plan = planTable();
  const aoa: string[][] = [[plan.before.at(-1)!], plan.header];
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: plan.header.length - 1 } }];
  const open: (number | null)[] = plan.header.map(() => null);
  for (const row of plan.rows) {
    const r = aoa.length;
    if (row.category) {
      aoa.push([row.category]);
      merges.push({ s: { r, c: 0 }, e: { r, c: plan.header.length - 1 } });
      open.fill(null);
      continue;
    }
    aoa.push(row.cells!.map((cell) => (cell.merged ? '' : cell.text)));
    row.cells!.forEach((cell, c) => {
      if (cell.merged && open[c] === null) open[c] = r - 1;
      if (cell.merged) {
        const m = merges.find((x) => x.s.c === c && x.s.r === open[c]);
        if (m) m.e.r = r;
        else merges.push({ s: { r: open[c]!, c }, e: { r, c } });
      } else open[c] = null;
    });
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '任务分解表');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(join(OUT, 'huizhou-plan.docx'), huizhouDocx());
  writeFileSync(join(OUT, 'huizhou-plan.xlsx'), huizhouXlsx());
  const tmp = mkdtempSync(join(tmpdir(), 'fixtures-'));
  copyFileSync(join(OUT, 'huizhou-plan.docx'), join(tmp, 'huizhou-plan.docx'));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, join(tmp, 'huizhou-plan.docx')], { stdio: 'inherit' });
  execFileSync('soffice', ['--headless', '--convert-to', 'doc:MS Word 97', '--outdir', tmp, join(tmp, 'huizhou-plan.docx')], { stdio: 'inherit' });
  copyFileSync(join(tmp, 'huizhou-plan.pdf'), join(OUT, 'huizhou-plan.pdf'));
  copyFileSync(join(tmp, 'huizhou-plan.doc'), join(OUT, 'huizhou-plan.doc'));
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', join(OUT, 'huizhou-plan.pdf'), join(OUT, 'encrypted.pdf')], { stdio: 'inherit' });
  console.log(`fixtures written to ${OUT}`);
}
