// Word, PDF, spreadsheets, CSV and HTML tables read into the same extraction as the
// text version (fixtures from tests/gold/responsibility's 惠州 plan, see make-fixtures.ts;
// the 汕尾 seed as a .docx with automatic numbering built here), the errors, and the
// map from normalized offsets back to the original.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { normalizeText, normalizeWithMap } from '../../src/extract/normalize.js';
import type { ExtractedDocument } from '../../src/extract/types.js';
import { extractFile, locate, readDocument } from '../../src/formats/index.js';
import { buildDocx } from './docx-builder.js';
import { HUIZHOU } from './plan-table.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const SEEDS = join(import.meta.dirname, '../../seeds');

/** What must not change with the format: each task's number, leads, supports and deadlines. */
const summary = (doc: ExtractedDocument) =>
  doc.tasks.map((t) => ({
    number: t.number,
    path: t.path,
    leads: t.leads.map((x) => x.name),
    supports: t.supports.map((x) => x.name),
    deadlines: t.deadlines.map((x) => x.text),
  }));

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a failure');
};

describe('a task table in every format gives the text version’s extraction', () => {
  const text = extractDocument(readFileSync(HUIZHOU), 'huizhou.txt');
  const expected = summary(text);

  it('the text version (the reference)', () => {
    expect(expected).toHaveLength(12);
    expect(expected[1]).toEqual({ number: '2.', path: ['一', '2.'], leads: ['局机关党委'], supports: ['市局各科室及直属单位'], deadlines: ['2024年12月底'] });
  });

  for (const [name, format] of [
    ['huizhou-plan.docx', 'docx'],
    ['huizhou-plan.xlsx', 'xlsx'],
    ['huizhou-plan.doc', 'doc'],
    ['huizhou-plan.pdf', 'pdf'],
  ] as const) {
    it(`${name}`, async () => {
      const doc = await extractFile(fixture(name), name);
      expect(doc.origin.format).toBe(format);
      expect(summary(doc)).toEqual(expected);
      expect(doc.document.issuer).toBe(text.document.issuer);
    });
  }

  it('a .wps (Word 97 format, as WPS Office writes it) is read as one', async () => {
    const doc = await extractFile(fixture('huizhou-plan.doc'), 'plan.wps');
    expect(doc.origin.format).toBe('wps');
    expect(summary(doc)).toEqual(expected);
  });

  it('an .xls (BIFF8) and a CSV in GB18030', async () => {
    const wb = XLSX.read(fixture('huizhou-plan.xlsx'), { type: 'array' });
    const xls = new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const fromXls = await extractFile(xls, 'plan.xls');
    expect(fromXls.origin.format).toBe('xls');
    expect(summary(fromXls)).toEqual(expected);
    const csv = XLSX.utils.sheet_to_csv(wb.Sheets[wb.SheetNames[0]!]!);
    const fromCsv = await extractFile(iconv.encode(csv, 'gb18030'), 'plan.csv');
    expect(fromCsv.origin.format).toBe('csv');
    // A CSV has no merged cells: an empty 牵头科室 is taken from the row above, as merged.
    expect(summary(fromCsv)).toEqual(expected);
  });

  it('positions: a Word cell, a sheet cell, a PDF page and line', async () => {
    const at = (doc: ExtractedDocument & { origin: NonNullable<ExtractedDocument['origin']> }, k: number) => locate(doc.origin, doc.tasks[k]!.leads[0]!.evidence.start);
    const docx = await extractFile(fixture('huizhou-plan.docx'), 'p.docx');
    expect(at(docx, 0)).toEqual({ kind: 'cell', table: 1, row: 3, column: 3 });
    expect(at(docx, 1)).toEqual({ kind: 'cell', table: 1, row: 3, column: 3 }); // merged: the cell that prints it
    const xlsx = await extractFile(fixture('huizhou-plan.xlsx'), 'p.xlsx');
    expect(at(xlsx, 2)).toEqual({ kind: 'sheet', sheet: '任务分解表', row: 7, column: 3, cell: 'C7' });
    const pdf = await extractFile(fixture('huizhou-plan.pdf'), 'p.pdf');
    expect(at(pdf, 0)).toMatchObject({ kind: 'page', page: 1 });
  });
});

describe('.docx', () => {
  it('renders Word’s automatic numbering (一、 (一) 1.) so the 汕尾 seed reads as its text', async () => {
    const raw = readFileSync(join(SEEDS, 'shanwei-2024-work-plan.txt'), 'utf8');
    const lines = normalizeText(raw).split('\n');
    const LEVELS: [RegExp, number][] = [
      [/^[一二三四五六七八九十]+、/, 0],
      [/^\([一二三四五六七八九十]+\)/, 1],
      [/^\d+\.(?!\d)/, 2],
    ];
    const blocks = lines.map((line) => {
      for (const [re, level] of LEVELS) {
        const m = re.exec(line);
        if (m) return { p: line.slice(m[0].length), num: 1, level };
      }
      return { p: line };
    });
    const doc = await extractFile(buildDocx(blocks), 'shanwei.docx');
    const text = extractDocument(raw, 'shanwei.txt');
    expect(doc.sections.map((s) => s.number)).toEqual(text.sections.map((s) => s.number));
    expect(summary(doc)).toEqual(summary(text));
    expect(doc.tasks.length).toBeGreaterThan(20);
  });

  it('merged cells (gridSpan, vMerge) apply to every slot; a really empty cell stays empty', async () => {
    const docx = buildDocx([
      { p: '重点任务分工' },
      {
        table: [
          [{ text: '序号' }, { text: '工作任务' }, { text: '牵头单位' }, { text: '配合单位' }, { text: '完成时限' }],
          [{ text: '一、兜底保障', gridSpan: 5 }],
          [{ text: '1' }, { text: '完善社会救助体系。' }, { text: '市民政局', vMerge: 'restart' }, { text: '市财政局' }, { text: '2024年底前', vMerge: 'restart' }],
          [{ text: '2' }, { text: '提高低保标准。' }, { text: '', vMerge: 'continue' }, { text: '' }, { text: '', vMerge: 'continue' }],
        ],
      },
    ]);
    const doc = await extractFile(docx, 'merged.docx');
    expect(summary(doc)).toEqual([
      { number: '1.', path: ['一', '1.'], leads: ['市民政局'], supports: ['市财政局'], deadlines: ['2024年底前'] },
      { number: '2.', path: ['一', '2.'], leads: ['市民政局'], supports: [], deadlines: ['2024年底前'] },
    ]);
  });

  it('a corrupt .docx, a package without its document, a zip bomb', async () => {
    const good = fixture('huizhou-plan.docx');
    expect(await failure(extractFile(good.subarray(0, 1000), 'cut.docx'))).toBe('cut.docx: corrupt .docx (not a readable zip archive)');
    const empty = zipSync({ 'word/other.xml': strToU8('<x/>') });
    expect(await failure(extractFile(empty, 'hollow.docx'))).toBe('hollow.docx: corrupt .docx (a zip archive without word/document.xml)');
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    expect(await failure(extractFile(bomb, 'bomb.docx', {}, { maxUnzipped: 1024 * 1024 }))).toBe(
      'bomb.docx: refused .docx: its contents would decompress to 3 MB (limit 1 MB), a zip bomb',
    );
  });
});

describe('PDF', () => {
  it('an encrypted PDF', async () => {
    expect(await failure(extractFile(fixture('encrypted.pdf'), 'locked.pdf'))).toBe('locked.pdf: encrypted PDF (password required): cannot read it');
  });

  it('a scan (pages without a text layer)', async () => {
    expect(await failure(extractFile(scannedPdf(), 'scan.pdf'))).toBe('scan.pdf: no text layer (scanned PDF): OCR is not supported');
  });

  it('a corrupt PDF', async () => {
    expect(await failure(extractFile(strToU8('%PDF-1.7\n garbage'), 'bad.pdf'))).toMatch(/^bad\.pdf: (corrupt PDF|no text layer)/);
  });
});

describe('HTML tables', () => {
  it('rowspan and colspan apply to every row and column they span; an empty cell is empty', async () => {
    const html = `<html><body><h1>任务分解表</h1><table>
<tr><th rowspan="2">序号</th><th rowspan="2">工作任务</th><th colspan="2">责任单位</th><th rowspan="2">完成时限</th></tr>
<tr><th>牵头</th><th>配合</th></tr>
<tr><td colspan="5">一、兜底保障</td></tr>
<tr><td>1</td><td>完善社会救助体系。</td><td rowspan="2">市民政局</td><td>市财政局</td><td>2024年底前</td></tr>
<tr><td>2</td><td>提高低保标准。</td><td></td><td>2024年6月底前</td></tr>
</table></body></html>`;
    const doc = await extractFile(strToU8(html), 'table.html');
    expect(doc.origin.format).toBe('html');
    expect(summary(doc)).toEqual([
      { number: '1.', path: ['一', '1.'], leads: ['市民政局'], supports: ['市财政局'], deadlines: ['2024年底前'] },
      { number: '2.', path: ['一', '2.'], leads: ['市民政局'], supports: [], deadlines: ['2024年6月底前'] },
    ]);
    expect(locate(doc.origin, doc.tasks[1]!.leads[0]!.evidence.start)).toEqual({ kind: 'cell', table: 1, row: 4, column: 3 });
    expect(extractDocument(html, 'table.html').tasks.map((t) => t.leads.map((x) => x.name))).toEqual([['市民政局'], ['市民政局']]);
  });
});

describe('text and the offset map', () => {
  it('normalizeWithMap gives normalizeText’s text for every seed', () => {
    for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))) {
      const raw = readFileSync(join(SEEDS, f), 'utf8');
      expect(normalizeWithMap(raw).text).toBe(normalizeText(raw));
    }
    expect(normalizeWithMap(' a\u3000\u3000b \r\n\r\n\u200Bｃ１ ').text).toBe(normalizeText(' a\u3000\u3000b \r\n\r\n\u200Bｃ１ '));
  });

  it('a text file: line and column of a mention', async () => {
    const raw = '标题\n\n一、总体要求\n  1.完善  社会救助体系。(牵头单位:市民政局)\n';
    const doc = await extractFile(strToU8(raw), 'plan.txt');
    const lead = doc.tasks[0]!.leads[0]!;
    expect(lead.name).toBe('市民政局');
    expect(locate(doc.origin, lead.evidence.start)).toEqual({ kind: 'line', line: 4, column: raw.split('\n')[3]!.indexOf('市民政局') + 1 });
    expect((await readDocument(strToU8(raw), 'plan.txt')).format).toBe('text');
  });
});

/** A one-page PDF whose only content is an image (what a scanner makes). */
function scannedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream',
    '<< /Length 31 >>\nstream\nq 200 0 0 200 0 0 cm /Im0 Do Q\nendstream',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
