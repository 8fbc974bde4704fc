import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import { extractResponsibility, resolveDepartment } from '../../src/extract/responsibility.js';
import type { DepartmentMention, Span } from '../../src/extract/types.js';

const seed = (file: string) => normalizeText(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'));
const shanwei = seed('shanwei-2024-work-plan.txt');
const xiamen = seed('xiamen-2022-work-plan.txt');
const qinzhou = seed('qinzhou-2022-work-plan.txt');

/** The whole line holding `needle`: a stand-in for the task span the segmenter gives. */
function lineOf(text: string, needle: string): Span {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}
function lines(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}
const names = (ms: DepartmentMention[]) => ms.map((m) => m.name);
const mentions = (ms: DepartmentMention[]) => ms.map((m) => m.mention);
const whole = (text: string) => ({ start: 0, end: text.length });
/** Synthetic text goes through normalizeText first, as in the pipeline. */
function run(raw: string) {
  const text = normalizeText(raw);
  return { text, r: extractResponsibility(text, whole(text)) };
}

describe('汕尾 annotations', () => {
  const all = lines(shanwei).filter((s) => shanwei.slice(s.start, s.end).includes('{'));

  it('finds an annotation with leads and supports on each of the 28 annotated items', () => {
    expect(all).toHaveLength(28);
    for (const span of all) {
      const r = extractResponsibility(shanwei, span);
      expect(r.annotation).not.toBeNull();
      expect(shanwei.slice(r.annotation!.start, r.annotation!.end)).toMatch(/^\{+牵头科室:[^{}]+\}$/);
      expect(r.leads.length).toBeGreaterThan(0);
      expect(r.supports.length).toBeGreaterThan(0);
      // Annotations are authoritative: nothing read from the prose leads these items.
      for (const m of r.leads) expect(m.evidence.start).toBeGreaterThan(r.annotation!.start);
    }
  });

  it('keeps group names whole and classifies them', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '加强党对社会组织的全面领导'));
    expect(names(r.leads)).toEqual(['社会组织管理科']);
    expect(r.leads[0]!.kind).toBe('INTERNAL');
    expect(r.supports).toMatchObject([{ name: '各县(市、区)民政局', mention: '各县(市、区)民政局', kind: 'SUBORDINATE' }]);
  });

  it('splits supports at 、 and , but not inside parentheses', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '慈善公益助力“百千万工程”'));
    expect(names(r.leads)).toEqual(['慈善事业促进和社会工作科']);
    expect(names(r.supports)).toEqual(['社会救助科', '社会事务科', '社会福利科', '社会组织管理科', '各县(市、区)民政局']);
    expect(r.supports.map((m) => m.kind)).toEqual(['INTERNAL', 'INTERNAL', 'INTERNAL', 'INTERNAL', 'SUBORDINATE']);
  });

  it('reads 局办公室会同计划财务科、局机关党办牵头 as three joint leads', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '抓好巡察整改'));
    expect(names(r.leads)).toEqual(['局办公室', '计划财务科', '局机关党办']);
    expect(names(r.supports)).toEqual(['市局各科室及直属单位', '各县(市、区)民政局']);
    expect(r.supports.map((m) => m.kind)).toEqual(['SUBORDINATE', 'SUBORDINATE']);
  });

  it('reads 办公室会同计划财务科牵头 with 办公室 as 局办公室', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '推动民政工作改革试点'));
    expect(r.leads.map((m) => [m.name, m.mention])).toEqual([
      ['局办公室', '办公室'],
      ['计划财务科', '计划财务科'],
    ]);
    expect(names(r.supports)).toEqual(['市局各科室及直属单位', '各县(市、区)民政局']);
  });

  it('accepts the doubled brace {{…}', () => {
    const span = lineOf(shanwei, '坚持以人民为中心的发展思想,紧盯');
    const line = shanwei.slice(span.start, span.end);
    const r = extractResponsibility(shanwei, span);
    expect(r.annotation!.start).toBe(span.start + line.indexOf('{{'));
    expect(r.annotation!.end).toBe(span.end);
    expect(names(r.leads)).toEqual(['局办公室']);
    expect(names(r.supports)).toEqual(['市局各相关科室及直属单位', '各县(市、区)民政局']);
  });

  it('resolves the abbreviation 慈善和社工科, keeping the mention as printed', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '明珠一号 福彩增量'));
    expect(r.leads).toMatchObject([{ name: '慈善事业促进和社会工作科', mention: '慈善和社工科', kind: 'INTERNAL' }]);
    expect(r.supports).toMatchObject([{ name: '市福利彩票发行中心', kind: 'SUBORDINATE' }]);
  });

  it('reads 责任科室 without (单位) and the group 各科室及直属单位', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '加强禁毒工作落实'));
    expect(names(r.leads)).toEqual(['局办公室']);
    expect(r.supports.map((m) => [m.name, m.mention])).toEqual([
      ['市局各科室及直属单位', '各科室及直属单位'],
      ['各县(市、区)民政局', '各县(市、区)民政局'],
    ]);
    // 配合有关部门 names no agency.
    expect(r.agencies).toEqual([]);
  });

  it('takes agencies from the prose, not the annotation', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '开展“绿美殡葬”系列行动'));
    expect(names(r.leads)).toEqual(['社会事务科']);
    expect(r.agencies).toMatchObject([{ name: '林业部门', mention: '林业部门', kind: 'EXTERNAL' }]);
  });

  it('reads no lead from 市县民政部门做好牵头统筹 when the annotation names one', () => {
    const r = extractResponsibility(shanwei, lineOf(shanwei, '巩固提升“双百工程”成果'));
    expect(names(r.leads)).toEqual(['慈善事业促进和社会工作科']);
    expect(r.agencies).toEqual([]);
  });
});

describe('annotation variants', () => {
  it('【牵头单位:…;配合单位:…】 with full-width punctuation', () => {
    const { text, r } = run('（一）做好低保工作。加强救助。【牵头单位：社会救助科；配合单位：社会福利科、各区民政局】');
    expect(r.leads).toMatchObject([{ name: '社会救助科', mention: '社会救助科', kind: 'INTERNAL' }]);
    expect(r.supports).toMatchObject([
      { name: '社会福利科', kind: 'INTERNAL' },
      { name: '各区民政局', kind: 'SUBORDINATE' },
    ]);
    expect(text.slice(r.annotation!.start, r.annotation!.end)).toBe('【牵头单位:社会救助科;配合单位:社会福利科、各区民政局】');
  });

  it('（牵头处室:…;责任处室:…） with parentheses inside', () => {
    const { text, r } = run('1、推进殡葬改革。（牵头处室：社会事务处；责任处室：各县（市、区）民政局，市殡葬管理所）');
    expect(r.leads).toMatchObject([{ name: '社会事务处', kind: 'INTERNAL' }]);
    expect(r.supports).toMatchObject([
      { name: '各县(市、区)民政局', mention: '各县(市、区)民政局', kind: 'SUBORDINATE' },
      { name: '市殡葬管理所', kind: 'SUBORDINATE' },
    ]);
    expect(text.slice(r.annotation!.start, r.annotation!.end)).toMatch(/^\(牵头处室:.*所\)$/);
  });

  it('full-width ｛｝ and ：；， normalize to the 汕尾 form', () => {
    const { r } = run('加强救助。｛牵头科室：社会救助科；责任科室（单位）：慈善和社工科，各县（市、区）民政局｝');
    expect(names(r.leads)).toEqual(['社会救助科']);
    expect(r.supports.map((m) => [m.name, m.mention])).toEqual([
      ['慈善事业促进和社会工作科', '慈善和社工科'],
      ['各县(市、区)民政局', '各县(市、区)民政局'],
    ]);
  });

  it('accepts unnormalized ：； defensively', () => {
    const text = '加强救助。{牵头科室：社会救助科；协办单位：市卫健委、市残联}';
    const r = extractResponsibility(text, whole(text));
    expect(names(r.leads)).toEqual(['社会救助科']);
    expect(r.supports.map((m) => [m.name, m.mention, m.kind])).toEqual([
      ['卫健部门', '市卫健委', 'EXTERNAL'],
      ['残联', '市残联', 'EXTERNAL'],
    ]);
  });

  it('ignores parentheses without a key and keeps the one with a key', () => {
    const { r } = run('(一)加强养老机构(含敬老院)建设(牵头科室:社会福利科;责任单位:各县(区)民政局)');
    expect(names(r.leads)).toEqual(['社会福利科']);
    expect(names(r.supports)).toEqual(['各县(区)民政局']);
  });

  it('collapses duplicates, first mention kept', () => {
    const { text, r } = run('{牵头科室:办公室、局办公室;责任科室:社会救助科、社会救助科}');
    expect(r.leads).toHaveLength(1);
    expect(r.leads[0]!.mention).toBe('办公室');
    expect(r.leads[0]!.evidence.start).toBe(text.indexOf('办公室'));
    expect(r.supports).toHaveLength(1);
  });
});

describe('leads in the running text', () => {
  it('由X会同Y牵头, Z配合', () => {
    const { r } = run('由社会救助科会同社会福利科牵头,各区民政局配合,做好低保工作。');
    expect(names(r.leads)).toEqual(['社会救助科', '社会福利科']);
    expect(names(r.supports)).toEqual(['各区民政局']);
    expect(r.annotation).toBeNull();
  });

  it('X牵头负责 and X负责', () => {
    expect(names(run('社会事务科牵头负责婚姻登记工作。').r.leads)).toEqual(['社会事务科']);
    expect(run('办公室负责安全生产。').r.leads).toMatchObject([{ name: '局办公室', mention: '办公室' }]);
    expect(names(run('进一步推动区划地名科负责地名普查。').r.leads)).toEqual(['区划地名科']);
  });

  it('is conservative: no lead from words that only look like one', () => {
    for (const raw of [
      '举办社会组织负责人能力提升培训班。',
      '市县民政部门做好牵头统筹、规划培训。',
      '坚持谁主管谁负责。',
      '牵头组织各级各成员单位开展专项行动。',
      '由市民政局牵头。',
      '会同有关部门负责落实。',
      '社区居委会办公室负责登记。',
      '以负责任的态度做好工作。',
    ]) {
      expect(run(raw).r.leads, raw).toEqual([]);
    }
  });
});

describe('agencies named in the text', () => {
  it('厦门 2: 民政、医保、教育、住房、人社、应急管理等多部门联动 (not 民政)', () => {
    const r = extractResponsibility(xiamen, lineOf(xiamen, '2.强化低收入人口动态监测'));
    expect(r.agencies.map((m) => [m.mention, m.name])).toEqual([
      ['医保', '医保部门'],
      ['教育', '教育部门'],
      ['住房', '住建部门'],
      ['人社', '人社部门'],
      ['应急管理', '应急管理部门'],
    ]);
    expect(r.agencies.every((m) => m.kind === 'EXTERNAL')).toBe(true);
    expect(r.leads).toEqual([]);
  });

  it('厦门 17: 协调财政、税务等有关部门', () => {
    const r = extractResponsibility(xiamen, lineOf(xiamen, '17.加大力度支持社会组织建设'));
    expect(r.agencies.map((m) => [m.mention, m.name])).toEqual([
      ['财政', '财政部门'],
      ['税务', '税务部门'],
    ]);
  });

  it('厦门 19 and 钦州 (十九): 联合/协同市委组织部', () => {
    for (const [text, needle] of [
      [xiamen, '19.健全城乡社区治理体系'],
      [qinzhou, '(十九)加强基层自治能力建设'],
    ] as const) {
      expect(extractResponsibility(text, lineOf(text, needle)).agencies).toMatchObject([
        { name: '市委组织部', mention: '市委组织部', kind: 'EXTERNAL' },
      ]);
    }
  });

  it('钦州 (十五): 联合公安、城管、卫健、环卫等部门', () => {
    const r = extractResponsibility(qinzhou, lineOf(qinzhou, '(十五)提升流浪乞讨人员救助管理水平'));
    expect(r.agencies.map((m) => [m.mention, m.name])).toEqual([
      ['公安', '公安部门'],
      ['城管', '城管部门'],
      ['卫健', '卫健部门'],
      ['环卫', '环卫部门'],
    ]);
  });

  it('钦州 (二十): 配合政法部门', () => {
    const r = extractResponsibility(qinzhou, lineOf(qinzhou, '(二十)提升城乡社区服务水平'));
    expect(r.agencies.map((m) => [m.mention, m.name])).toEqual([['政法部门', '政法部门']]);
  });

  it('会同市卫健委, 与公安、司法行政部门, 联合医保部门', () => {
    const { r } = run('会同市卫健委开展排查,与公安、司法行政部门建立机制,联合医疗保障部门和医保部门做好衔接。');
    expect(r.agencies.map((m) => [m.mention, m.name])).toEqual([
      ['市卫健委', '卫健部门'],
      ['公安', '公安部门'],
      ['司法行政部门', '司法行政部门'],
      ['医疗保障部门', '医保部门'],
    ]);
  });

  it('names no agency for the bureau itself or vague groups', () => {
    for (const raw of [
      '落实民政部门监管责任。',
      '组织各县(区)民政部门举办培训班。',
      '会同有关部门健全政策。',
      '联合各部门建立机制。',
      '打造干部清正、部门廉洁的清廉民政。',
      '落实属地管理和部门监管责任。',
      '协调加强医疗保障水平。',
      '做好基本生活、医疗、教育、住房等救助政策落实。',
    ]) {
      expect(run(raw).r.agencies, raw).toEqual([]);
    }
  });

  it('reads no lead from the 厦门 and 钦州 plans, which print none', () => {
    for (const text of [xiamen, qinzhou]) {
      for (const span of lines(text)) expect(extractResponsibility(text, span).leads).toEqual([]);
    }
  });
});

describe('offsets and names', () => {
  it('every mention is the exact substring at its evidence offsets, in every seed', () => {
    let count = 0;
    for (const text of [shanwei, xiamen, qinzhou, seed('xiamen-2024-director-article.txt'), seed('fuzhou-party-building-report.txt')]) {
      for (const span of lines(text)) {
        const r = extractResponsibility(text, span);
        for (const m of [...r.leads, ...r.supports, ...r.agencies]) {
          expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.mention);
          expect(m.evidence.start).toBeGreaterThanOrEqual(span.start);
          expect(m.evidence.end).toBeLessThanOrEqual(span.end);
          expect(m.evidence.sentence).toContain(m.mention);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('resolves canonical names and kinds', () => {
    expect(resolveDepartment('机关党办')).toEqual({ name: '局机关党办', kind: 'INTERNAL' });
    expect(resolveDepartment('自贸区钦州港片区社会事务局')).toEqual({ name: '自贸区钦州港片区社会事务局', kind: 'SUBORDINATE' });
    expect(resolveDepartment('市委组织部')).toEqual({ name: '市委组织部', kind: 'EXTERNAL' });
    expect(resolveDepartment('有关部门')).toBeNull();
    expect(resolveDepartment('市民政局')).toBeNull();
  });
});
