import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { normalizeText } from '../../src/extract/normalize.js';
import { parseStructure, type DocumentStructure, type TaskNode } from '../../src/extract/structure.js';
import { assignCells, cellShape, headerRole } from '../../src/extract/tables.js';

const parse = (raw: string) => {
  const text = normalizeText(raw);
  return { text, ...parseStructure(text) };
};
const paths = (s: DocumentStructure) => s.tasks.map((t) => t.path.join('/'));
/** The cells of a task as [role, printed text, inherited]. */
const cells = (text: string, t: TaskNode) => (t.cells ?? []).map((c) => [c.role, text.slice(c.span.start, c.span.end), c.inherited]);

/** Every task and cell span slices out exactly its text; own cells lie inside the row, inherited ones before it. */
function expectConsistent(s: DocumentStructure & { text: string }) {
  for (const t of s.tasks) {
    expect(s.text.slice(t.span.start, t.span.end)).toBe(t.text);
    for (const c of t.cells ?? []) {
      if (c.inherited) expect(c.span.end).toBeLessThanOrEqual(t.span.start);
      else {
        expect(c.span.start).toBeGreaterThanOrEqual(t.span.start);
        expect(c.span.end).toBeLessThanOrEqual(t.span.end);
      }
      expect(s.text.slice(c.span.start, c.span.end)).toBe(s.text.slice(c.span.start, c.span.end).trim());
    }
  }
}

describe('(a) one cell per line', () => {
  const doc = `某市2024年民生实事任务分工方案
为确保各项任务落到实处,制定任务分工如下:
序号 工作任务 牵头单位 配合单位 完成时限
1
完善社会救助机制。建立低收入人口动态监测。
市民政局
市财政局、市医保局
2024年12月底前
2
提高城乡低保标准。
市财政局、市人社局
2024年6月底前
3
建设社区养老服务中心20个。
2025年6月底前
4
推进殡葬改革。
市自然资源局
市民政局
长期坚持`;

  it('header on one line: each row is a task numbered by its 序号, its cells by column', () => {
    const s = parse(doc);
    expect(paths(s)).toEqual(['1.', '2.', '3.', '4.']);
    expect(s.tasks.map((t) => [t.number, t.depth, t.parent, t.headingOnly])).toEqual([
      ['1.', 1, null, false],
      ['2.', 1, null, false],
      ['3.', 1, null, false],
      ['4.', 1, null, false],
    ]);
    expect(s.tasks.map((t) => t.title)).toEqual(['完善社会救助机制', '提高城乡低保标准', '建设社区养老服务中心20个', '推进殡葬改革']);
    expect(s.tasks[0]!.text).toBe('1\n完善社会救助机制。建立低收入人口动态监测。\n市民政局\n市财政局、市医保局\n2024年12月底前');
    expect(cells(s.text, s.tasks[0]!)).toEqual([
      ['NUMBER', '1', false],
      ['TASK', '完善社会救助机制。建立低收入人口动态监测。', false],
      ['LEADS', '市民政局', false],
      ['SUPPORTS', '市财政局、市医保局', false],
      ['DEADLINE', '2024年12月底前', false],
    ]);
    expect(s.tasks[0]!.cells!.map((c) => c.header)).toEqual(['序号', '工作任务', '牵头单位', '配合单位', '完成时限']);
    expect(s.numbered).toBe(true);
    expect(s.bodyStart).toBe(s.text.indexOf('序号'));
    expect(s.warnings).toEqual([]);
    expectConsistent(s);
  });

  it('merged cells are missing: a deadline line goes to 完成时限, a lone body list to 配合, the rest is inherited', () => {
    const s = parse(doc);
    // One body list while a 牵头 cell stands above: the lead is merged, the list is the 配合 cell.
    expect(cells(s.text, s.tasks[1]!)).toEqual([
      ['NUMBER', '2', false],
      ['TASK', '提高城乡低保标准。', false],
      ['LEADS', '市民政局', true],
      ['SUPPORTS', '市财政局、市人社局', false],
      ['DEADLINE', '2024年6月底前', false],
    ]);
    // Only a deadline: 牵头 and 配合 both merged from above (row 1's lead, row 2's supports).
    expect(cells(s.text, s.tasks[2]!)).toEqual([
      ['NUMBER', '3', false],
      ['TASK', '建设社区养老服务中心20个。', false],
      ['LEADS', '市民政局', true],
      ['SUPPORTS', '市财政局、市人社局', true],
      ['DEADLINE', '2025年6月底前', false],
    ]);
    const inherited = s.tasks[2]!.cells!.find((c) => c.role === 'LEADS')!;
    expect(inherited.span).toEqual(s.tasks[1]!.cells!.find((c) => c.role === 'LEADS')!.span);
    // 长期坚持 is a time limit.
    expect(cells(s.text, s.tasks[3]!).at(-1)).toEqual(['DEADLINE', '长期坚持', false]);
    expect(s.tasks[2]!.text).toBe('3\n建设社区养老服务中心20个。\n2025年6月底前');
    expectConsistent(s);
  });

  it('one header cell per line, under a chapter; other chapters are read as before', () => {
    const s = parse(`2024年重点任务分解表
一、重点任务
序号
重点任务
牵头部门
配合部门
时间节点
1
完善社会救助机制
市民政局
市财政局、市医保局
2024年12月底前
2
提高城乡低保标准
2025年6月底前
二、保障措施
1.加强组织领导。各单位要高度重视。`);
    expect(s.sections.map((x) => [x.number, x.title])).toEqual([
      ['一', '重点任务'],
      ['二', '保障措施'],
    ]);
    expect(paths(s)).toEqual(['一/1.', '一/2.', '二/1.']);
    expect(s.tasks.map((t) => !!t.cells)).toEqual([true, true, false]);
    expect(cells(s.text, s.tasks[1]!)).toEqual([
      ['NUMBER', '2', false],
      ['TASK', '提高城乡低保标准', false],
      ['LEADS', '市民政局', true],
      ['SUPPORTS', '市财政局、市医保局', true],
      ['DEADLINE', '2025年6月底前', false],
    ]);
    expect(s.tasks[1]!.cells!.map((c) => c.header)).toEqual(['序号', '重点任务', '牵头部门', '配合部门', '时间节点']);
    expect(s.sections[0]!.span.end).toBe(s.tasks[1]!.span.end);
    expectConsistent(s);
  });

  it('category rows 一、… inside a table open chapters; numbering restarts and nothing is inherited across them', () => {
    const s = parse(`序号 工作任务 牵头单位 配合单位 完成时限
一、兜底保障
1
完善救助机制。
市民政局
市财政局
2024年底前
2
提高低保标准。
2024年6月底前
二、养老服务
1
建设养老服务中心。
市卫生健康委
2025年底前`);
    expect(paths(s)).toEqual(['一/1.', '一/2.', '二/1.']);
    expect(s.sections.map((x) => x.title)).toEqual(['兜底保障', '养老服务']);
    expect(cells(s.text, s.tasks[1]!).map((c) => c[2])).toEqual([false, false, true, true, false]);
    expect(cells(s.text, s.tasks[2]!)).toEqual([
      ['NUMBER', '1', false],
      ['TASK', '建设养老服务中心。', false],
      ['LEADS', '市卫生健康委', false],
      ['DEADLINE', '2025年底前', false],
    ]);
    expectConsistent(s);
  });

  it('a second paragraph of the task cell stays in the task cell; a 负责人 is a person', () => {
    const s = parse(`序号 具体任务 牵头单位 负责人 完成时间
1
开展困难群众走访。
建立台账,逐户登记。
市民政局
张三
2024年底
2
完善救助平台。
李四
2025年底`);
    expect(cells(s.text, s.tasks[0]!)).toEqual([
      ['NUMBER', '1', false],
      ['TASK', '开展困难群众走访。\n建立台账,逐户登记。', false],
      ['LEADS', '市民政局', false],
      ['PERSON', '张三', false],
      ['DEADLINE', '2024年底', false],
    ]);
    expect(cells(s.text, s.tasks[1]!)[2]).toEqual(['LEADS', '市民政局', true]);
    expect(cells(s.text, s.tasks[1]!)[3]).toEqual(['PERSON', '李四', false]);
    expect(s.warnings).toEqual([]);
  });

  it('a header repeated on a new page is skipped', () => {
    const s = parse(`序号 工作任务 牵头单位 完成时限
1
完善救助机制。
市民政局
2024年底前
序号 工作任务 牵头单位 完成时限
2
提高低保标准。
市财政局
2025年底前`);
    expect(paths(s)).toEqual(['1.', '2.']);
    expect(s.tasks[1]!.text).toBe('2\n提高低保标准。\n市财政局\n2025年底前');
  });

  it('a closing paragraph and the signature after the last row stay out of the table', () => {
    const s = parse(`一、任务分工
序号 工作任务 牵头单位 配合单位 完成时限
1
完善救助机制。
市民政局
市财政局
2024年底前
各单位要高度重视,确保按时完成。
某某市人民政府办公室
2024年3月1日`);
    expect(paths(s)).toEqual(['一/1.']);
    expect(s.tasks[0]!.text).toBe('1\n完善救助机制。\n市民政局\n市财政局\n2024年底前');
    expect(s.warnings).toEqual([]);
  });
});

describe('header variants', () => {
  it('two-character header words padded with a space (序 号, 备 注), on one line or one per line', () => {
    const s = parse('序 号 工作任务 牵头单位 完成时限 备 注\n1\n完善机制。\n市民政局\n2024年底\n已完成');
    expect(s.tasks[0]!.cells!.map((c) => [c.role, c.header])).toEqual([
      ['NUMBER', '序 号'],
      ['TASK', '工作任务'],
      ['LEADS', '牵头单位'],
      ['DEADLINE', '完成时限'],
      ['OTHER', '备 注'],
    ]);
    const perLine = parse('序\u3000号\n工作任务\n牵头单位\n1\n完善机制\n市民政局');
    expect(cells(perLine.text, perLine.tasks[0]!)).toEqual([
      ['NUMBER', '1', false],
      ['TASK', '完善机制', false],
      ['LEADS', '市民政局', false],
    ]);
  });

  it('without a 序号 column: one row per line, cells at spaces, numbered in order', () => {
    const s = parse('工作任务 牵头单位 完成时限\n完善机制 市民政局 2024年底\n健全制度 市财政局 长期坚持\n各单位要高度重视。');
    expect(paths(s)).toEqual(['1.', '2.']);
    expect(s.tasks[1]!.text).toBe('健全制度 市财政局 长期坚持');
    expect(cells(s.text, s.tasks[1]!)).toEqual([
      ['TASK', '健全制度', false],
      ['LEADS', '市财政局', false],
      ['DEADLINE', '长期坚持', false],
    ]);
  });
});

describe('(b) pipe rows', () => {
  it('reads cells by position, skips the separator, inherits empty (merged) cells', () => {
    const s = parse(`| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |
|---|:---:|---|---|---|
| 1 | 完善救助机制。加强统筹。 | 市民政局 | 市财政局、市医保局 | 2024年12月底 |
| 2 | 提高低保标准 | | 市人社局 | |
| 3 | 推进殡葬改革 | 市自然资源局 | | 长期坚持 |`);
    expect(paths(s)).toEqual(['1.', '2.', '3.']);
    expect(s.tasks[0]!.title).toBe('完善救助机制');
    expect(s.tasks[1]!.text).toBe('| 2 | 提高低保标准 | | 市人社局 | |');
    expect(cells(s.text, s.tasks[1]!)).toEqual([
      ['NUMBER', '2', false],
      ['TASK', '提高低保标准', false],
      ['LEADS', '市民政局', true],
      ['SUPPORTS', '市人社局', false],
      ['DEADLINE', '2024年12月底', true],
    ]);
    expect(cells(s.text, s.tasks[2]!)[3]).toEqual(['SUPPORTS', '市人社局', true]);
    expect(s.warnings).toEqual([]);
    expectConsistent(s);
  });

  it('full-width ｜ and （） normalize to the same table', () => {
    const s = parse('｜序号｜工作任务｜牵头单位（部门）｜\n｜1｜完善机制｜市民政局｜');
    expect(cells(s.text, s.tasks[0]!)).toEqual([
      ['NUMBER', '1', false],
      ['TASK', '完善机制', false],
      ['LEADS', '市民政局', false],
    ]);
    expect(s.tasks[0]!.cells![2]!.header).toBe('牵头单位(部门)');
  });
});

describe('(c) rows run together on one line', () => {
  it('splits at the next row number only, cells at spaces', () => {
    const s = parse(`序号 工作任务 牵头单位 配合单位 完成时限
1 完善救助机制 市民政局 市财政局 2024年底 2 健全监测预警,覆盖22个县 市医保局 市民政局 2025年6月底前 3 强化兜底保障 省民政厅 省财政厅 持续推进`);
    expect(paths(s)).toEqual(['1.', '2.', '3.']);
    expect(s.tasks.map((t) => t.text)).toEqual([
      '1 完善救助机制 市民政局 市财政局 2024年底',
      '2 健全监测预警,覆盖22个县 市医保局 市民政局 2025年6月底前',
      '3 强化兜底保障 省民政厅 省财政厅 持续推进',
    ]);
    expect(cells(s.text, s.tasks[1]!)).toEqual([
      ['NUMBER', '2', false],
      ['TASK', '健全监测预警,覆盖22个县', false],
      ['LEADS', '市医保局', false],
      ['SUPPORTS', '市民政局', false],
      ['DEADLINE', '2025年6月底前', false],
    ]);
    expectConsistent(s);
  });

  it('a row number glued to the previous row text (…落实22根据…), not to a count (3个县)', () => {
    const s = parse(`序号 重点任务 责任单位
21 加强兜底保障,新增3个县试点 省民政厅、省财政厅牵头;省医保局配合;各州(市)党委和政府落实22根据经济社会发展调整标准 省民政厅牵头`);
    expect(paths(s)).toEqual(['21.', '22.']);
    expect(s.tasks[0]!.text).toBe('21 加强兜底保障,新增3个县试点 省民政厅、省财政厅牵头;省医保局配合;各州(市)党委和政府落实');
    expect(s.tasks[1]!.text).toBe('22根据经济社会发展调整标准 省民政厅牵头');
    expect(cells(s.text, s.tasks[0]!)[2]).toEqual(['SUPPORTS', '省民政厅、省财政厅牵头;省医保局配合;各州(市)党委和政府落实', false]);
    expect(s.tasks[1]!.title).toBe('根据经济社会发展调整标准');
    expectConsistent(s);
  });

  it('the whole table on one line, header included', () => {
    const s = parse('序号 工作任务 牵头单位 完成时限 1 完善救助机制。 市民政局 2024年底 2 提高低保标准。 市财政局 2025年底');
    expect(paths(s)).toEqual(['1.', '2.']);
    expect(s.tasks[1]!.text).toBe('2 提高低保标准。 市财政局 2025年底');
  });

  it('a who-cell that names both roles (A牵头;B配合) inherits no other who-column', () => {
    const s = parse(`序号 工作任务 牵头单位 配合单位
1 完善救助机制 市民政局 市财政局
2 健全监测 省民政厅牵头;省医保局配合`);
    expect(cells(s.text, s.tasks[1]!)).toEqual([
      ['NUMBER', '2', false],
      ['TASK', '健全监测', false],
      ['LEADS', '省民政厅牵头;省医保局配合', false],
    ]);
  });
});

describe('tables among other text', () => {
  it('labelled items before a table under the same chapter are kept; an introduction and a prose chapter are not tasks', () => {
    const s = parse(`一、主要任务
(一)加强组织领导。成立工作专班。
为推进各项任务落实,现将分工明确如下:
序号 工作任务 牵头单位 完成时限
1
完善救助机制。
市民政局
2024年底前
二、工作要求
各单位要按时报送进展。`);
    expect(paths(s)).toEqual(['一/(一)', '一/1.']);
    expect(s.tasks[0]!.text).toBe('(一)加强组织领导。成立工作专班。\n为推进各项任务落实,现将分工明确如下:');
    expectConsistent(s);
  });

  it('more cells than headers: a warning, the extra cells kept, no crash', () => {
    const piped = parse('|序号|工作任务|牵头单位|\n|1|完善机制|市民政局|市财政局|2024年底|');
    expect(paths(piped)).toEqual(['1.']);
    expect(piped.warnings).toEqual(['table at line 1: row 1 has 5 cells for 3 columns; the extra ones are kept as cells without a header']);
    expect(cells(piped.text, piped.tasks[0]!).slice(3)).toEqual([
      ['OTHER', '市财政局', false],
      ['OTHER', '2024年底', false],
    ]);
    expect(piped.tasks[0]!.cells![3]!.header).toBe('');

    const lines = parse('序号 工作任务 牵头单位 完成时限\n1\n完善机制。\n市民政局\n市财政局\n市医保局\n2024年底\n2\n健全制度。\n市民政局\n2025年底');
    expect(paths(lines)).toEqual(['1.', '2.']);
    expect(lines.warnings).toHaveLength(1);
    expect(lines.warnings[0]).toMatch(/^table at line 1: row 1 has 5 cells for 3 columns/);
    expectConsistent(lines);
  });

  it('a table without a recognisable header stays text, read as before tables were read', () => {
    // Expected values: what parseStructure gave for these texts before tables.ts existed.
    const brief = (s: DocumentStructure) => ({ sections: s.sections, tasks: s.tasks.map((t) => [t.number, t.path, t.title, t.text, t.span, t.cells]), bodyStart: s.bodyStart, numbered: s.numbered, warnings: s.warnings });
    expect(brief(parse('关于做好救助工作的通知\n1\n完善救助机制。\n市民政局\n2024年底前\n2\n提高低保标准。\n市财政局'))).toEqual({
      sections: [{ number: '1', title: '2024年底前', order: 0, span: { start: 27, end: 44 } }],
      tasks: [['¶1', ['1', '¶1'], '提高低保标准', '提高低保标准。', { start: 37, end: 44 }, undefined]],
      bodyStart: 14,
      numbered: false,
      warnings: [],
    });
    // Header words without a who-column (序号 工作任务 完成时限) are no task-table header either.
    expect(brief(parse('序号 工作任务 完成时限\n1\n完善救助机制。\n2024年底前'))).toEqual({
      sections: [],
      tasks: [
        ['¶1', ['¶1'], '完善救助机制', '完善救助机制。', { start: 15, end: 22 }, undefined],
        ['¶2', ['¶2'], '2024年底前', '2024年底前', { start: 23, end: 30 }, undefined],
      ],
      bodyStart: 15,
      numbered: false,
      warnings: [],
    });
  });

  it('numbered plans without tables are unchanged: no task has cells (seeds and held-out plans)', () => {
    const dirs = [join(import.meta.dirname, '..', '..', 'seeds'), join(import.meta.dirname, '..', 'heldout')];
    let files = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => /\.(txt|html)$/.test(x))) {
        const d = extractDocument(readFileSync(join(dir, f)), f);
        const s = parseStructure(d.text);
        expect(s.tasks.filter((t) => t.cells).length, f).toBe(0);
        expect(s.warnings, f).toEqual([]);
        files++;
      }
    }
    expect(files).toBeGreaterThanOrEqual(7);
  });
});

describe('fields of table rows', () => {
  const doc = `某市2024年民生实事任务分工方案
序号 工作任务 牵头单位 配合单位 完成时限 进展情况
1
新增养老床位500张。
市民政局
市财政局
2024年12月
已完成300张
2
提高城乡低保标准。
市财政局
长期坚持
进展顺利,覆盖率达到80%
3
建设社区养老服务中心20个。
市卫生健康委
市民政局
已建成10个`;

  it('完成时限 gives the deadline (merged ones too, evidence where printed); 进展情况 reports results, not promises', () => {
    const d = extractDocument(doc, 'plan.txt');
    expect(d.tasks.map((t) => t.deadlines.map((x) => [x.text, x.date]))).toEqual([
      [['2024年12月', '2024-12-31']],
      [['长期坚持', null]],
      [['长期坚持', null]],
    ]);
    const inherited = d.tasks[2]!.deadlines[0]!;
    expect(inherited.evidence.start).toBeLessThan(d.tasks[2]!.span.start);
    expect(d.text.slice(inherited.evidence.start, inherited.evidence.end)).toBe('长期坚持');
    expect(d.tasks.map((t) => t.indicators.map((i) => [i.kind, i.text]))).toEqual([
      [['TARGET', '新增养老床位500张'], ['ACHIEVED', '完成300张']],
      [['ACHIEVED', '覆盖率达到80%']],
      [['TARGET', '建设社区养老服务中心20个'], ['ACHIEVED', '建成10个']],
    ]);
    // The contract's task objects do not carry the cells.
    expect(Object.keys(d.tasks[0]!)).not.toContain('cells');
    expect(d.document.kind).toBe('WORK_PLAN');
  });

  it('a 完成时限 cell of 全年 is due at the end of the plan year; 持续推进 has no date', () => {
    const d = extractDocument('某市2024年民政重点任务分解表\n序号 工作任务 牵头单位 完成时限\n1 开展困难群众走访 市民政局 全年\n2 推进养老服务体系建设 市民政局 持续推进\n3 完成低保提标 市民政局 2024年6月', 'plan.txt');
    expect(d.tasks.map((t) => t.deadlines.map((x) => [x.text, x.date]))).toEqual([
      [['全年', '2024-12-31']],
      [['持续推进', null]],
      [['2024年6月', '2024-06-30']],
    ]);
  });

  it('structure warnings reach the document warnings', () => {
    const d = extractDocument('|序号|工作任务|牵头单位|\n|1|完善机制|市民政局|市财政局|', 'x.txt');
    expect(d.warnings.some((w) => w.startsWith('table at line 1: row 1 has 4 cells for 3 columns'))).toBe(true);
  });
});

describe('cell shapes and the assignment rule', () => {
  it('recognises header words with a qualifier', () => {
    expect(headerRole('牵头单位')).toBe('LEADS');
    expect(headerRole('牵头单位(部门)')).toBe('LEADS');
    expect(headerRole('责任单位')).toBe('SUPPORTS');
    expect(headerRole('负责人')).toBe('PERSON');
    expect(headerRole('进展情况')).toBe('PROGRESS');
    expect(headerRole('备注')).toBe('OTHER');
    expect(headerRole('重点任务分解表')).toBeNull();
  });

  it('tells deadlines, body lists, persons and text apart', () => {
    expect(['2024年12月底前', '长期坚持', '持续推进', '2024-2026年', '每年', '年底前'].map(cellShape)).toEqual(Array(6).fill('deadline'));
    expect(['市民政局', '市财政局、市医保局', '各县(市、区)人民政府', '省民政厅牵头;省医保局配合', '团市委,市妇联'].map(cellShape)).toEqual(Array(5).fill('bodies'));
    expect(cellShape('张三')).toBe('person');
    expect(cellShape('完善社会救助机制')).toBe('text');
    expect(cellShape('持续推进养老服务体系建设,加快补齐短板')).toBe('text');
    expect(cellShape('完善机制。加强统筹。')).toBe('prose');
  });

  it('matches cells to columns in order, leftmost first, a missing column left out', () => {
    const roles = ['TASK', 'LEADS', 'SUPPORTS', 'DEADLINE'] as const;
    expect(assignCells(['text', 'bodies', 'bodies', 'deadline'], roles)).toEqual([0, 1, 2, 3]);
    expect(assignCells(['text', 'bodies', 'deadline'], roles)).toEqual([0, 1, 3]);
    expect(assignCells(['text', 'deadline'], roles)).toEqual([0, 3]);
    expect(assignCells(['bodies', 'deadline'], roles)).toEqual([1, 3]);
    // A second text paragraph joins the task cell rather than take the 牵头 column.
    expect(assignCells(['text', 'prose', 'bodies', 'deadline'], roles)).toEqual([0, 0, 1, 3]);
    // Nothing left to take a cell: it overflows (-1).
    expect(assignCells(['text', 'bodies', 'bodies', 'deadline', 'deadline', 'bodies'], roles)).toEqual([0, 1, 2, 3, 3, -1]);
  });
});
