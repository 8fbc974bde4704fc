import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import { canonicalBody } from '../../src/extract/bodies.js';
import { extractResponsibility, responsibilityContext } from '../../src/extract/responsibility.js';
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
    // No region known: the level stays as printed, the short forms are expanded.
    expect(r.supports.map((m) => [m.name, m.mention, m.kind, m.roleWord])).toEqual([
      ['市卫生健康委员会', '市卫健委', 'EXTERNAL', '协办单位'],
      ['市残疾人联合会', '市残联', 'EXTERNAL', '协办单位'],
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

  it('X牵头负责 leads; X负责 supports (负责 is not 牵头)', () => {
    expect(names(run('社会事务科牵头负责婚姻登记工作。').r.leads)).toEqual(['社会事务科']);
    const r = run('办公室负责安全生产。').r;
    expect(r.leads).toEqual([]);
    expect(r.supports).toMatchObject([{ name: '局办公室', mention: '办公室', roleWord: '负责' }]);
    // The names must open the clause when 负责 does not close it.
    expect(run('进一步推动区划地名科负责地名普查。').r.supports).toEqual([]);
  });

  it('is conservative: no lead from words that only look like one', () => {
    for (const raw of [
      '举办社会组织负责人能力提升培训班。',
      '市县民政部门做好牵头统筹、规划培训。',
      '坚持谁主管谁负责。',
      '牵头组织各级各成员单位开展专项行动。',
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
    const none = { region: null };
    expect(canonicalBody('机关党办', none)).toEqual({ name: '局机关党办', kind: 'INTERNAL' });
    expect(canonicalBody('市委组织部', none)).toEqual({ name: '市委组织部', kind: 'EXTERNAL' });
    expect(canonicalBody('各有关单位', none)).toEqual({ name: '各有关单位', kind: 'SUBORDINATE' });
  });
});

describe('responsibility across agencies: every way a plan writes it', () => {
  /** A whole document through the pipeline's responsibility reading, region 广州市 unless given. */
  function read(raw: string, region: string | null = '广州市') {
    const text = normalizeText(raw);
    const ctx = responsibilityContext(text, { region });
    return { text, ctx, r: extractResponsibility(text, whole(text), ctx) };
  }
  const roles = (ms: DepartmentMention[]) => ms.map((m) => `${m.mention}=${m.name}/${m.roleWord}`);

  it('keyed, separated by ，: leads and supports with full names, the collective 各区、县级市 kept whole', () => {
    const { r } = read('1.稳定就业。（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）');
    expect(roles(r.leads)).toEqual(['市发展改革委=广州市发展和改革委员会/牵头单位']);
    expect(roles(r.supports)).toEqual([
      '市委组织部=广州市委组织部/配合单位',
      '市人力资源和社会保障局=广州市人力资源和社会保障局/配合单位',
      '各区、县级市=各区、县级市/配合单位',
    ]);
    expect(r.supports.map((m) => m.kind)).toEqual(['EXTERNAL', 'EXTERNAL', 'SUBORDINATE']);
  });

  it('keyed without brackets, ; between roles, every key word', () => {
    expect(roles(read('加强救助。牵头单位:市民政局;共同责任单位:市财政局').r.supports)).toEqual(['市财政局=广州市财政局/共同责任单位']);
    for (const [key, role] of [
      ['牵头部门', 'leads'],
      ['牵头处室', 'leads'],
      ['主要责任单位', 'leads'],
      ['协办单位', 'supports'],
      ['参与单位', 'supports'],
      ['责任单位', 'supports'],
      ['负责科室', 'supports'],
      ['实施部门', 'supports'],
      ['责任部门', 'supports'],
    ] as const) {
      const { r } = read(`做好工作。(${key}:市民政局)`);
      expect(names(r[role]), key).toEqual(['广州市民政局']);
      expect(names(r[role === 'leads' ? 'supports' : 'leads']), key).toEqual([]);
    }
  });

  it('names then role words: A、B牵头;C配合;各州(市)党委和政府落实', () => {
    const { r } = read('完善机制。市民政局、市财政局牵头;市教育局、市住房城乡建设局配合;各州(市)党委和政府落实', null);
    expect(roles(r.leads)).toEqual(['市民政局=市民政局/牵头', '市财政局=市财政局/牵头']);
    expect(roles(r.supports)).toEqual([
      '市教育局=市教育局/配合',
      '市住房城乡建设局=市住房和城乡建设局/配合',
      '各州(市)党委和政府=各州(市)党委和政府/落实',
    ]);
  });

  it('a ministry office: (政策法规司牵头,信息中心配合) and (审批处、人事处分别牵头,各有关处室配合)', () => {
    const a = read('修订规章。(政策法规司牵头,信息中心配合)', null).r;
    expect(a.leads).toMatchObject([{ name: '政策法规司', kind: 'INTERNAL', roleWord: '牵头' }]);
    expect(a.supports).toMatchObject([{ name: '信息中心', kind: 'SUBORDINATE', roleWord: '配合' }]);
    const b = read('规范审批。(审批处、人事处分别牵头,各有关处室配合)', null).r;
    expect(roles(b.leads)).toEqual(['审批处=审批处/分别牵头', '人事处=人事处/分别牵头']);
    expect(roles(b.supports)).toEqual(['各有关处室=各有关处室/配合']);
  });

  it('A会同B牵头, 由A牵头,B配合, and 规章由A牵头、规范性文件由B牵头 (both lead)', () => {
    expect(names(read('推进工作。市民政局会同市财政局牵头。').r.leads)).toEqual(['广州市民政局', '广州市财政局']);
    const by = read('加强监管。由市市场监管局牵头,市公安局配合,做好食品安全工作。').r;
    expect(names(by.leads)).toEqual(['广州市市场监督管理局']);
    expect(names(by.supports)).toEqual(['广州市公安局']);
    expect(names(read('清理文件。规章由政策法规司牵头、规范性文件由办公厅牵头。', null).r.leads)).toEqual(['政策法规司', '办公厅']);
  });

  it('A负责 supports; 负责 inside prose without a body opening the clause names nobody', () => {
    const { r } = read('做好工作。(市人社局负责)');
    expect(r.leads).toEqual([]);
    expect(roles(r.supports)).toEqual(['市人社局=广州市人力资源和社会保障局/负责']);
    expect(read('各地要按照职责分工负责。').r.supports).toEqual([]);
  });

  it('〔〕 around an annotation that holds parentheses; 【】 and {}', () => {
    const a = read('加强建设。〔牵头单位：市民政局；配合单位：各县（市、区）人民政府〕').r;
    expect(roles(a.supports)).toEqual(['各县(市、区)人民政府=各县(市、区)人民政府/配合单位']);
    expect(names(read('做好工作。【牵头单位：市民政局】').r.leads)).toEqual(['广州市民政局']);
    expect(names(read('做好工作。{市民政局牵头}').r.leads)).toEqual(['广州市民政局']);
  });

  it('no brackets: after the 。 or glued to the sentence', () => {
    const after = read('完善救助体系。市民政局牵头,市财政局配合。').r;
    expect(names(after.leads)).toEqual(['广州市民政局']);
    expect(names(after.supports)).toEqual(['广州市财政局']);
    const glued = read('完善救助体系市民政局牵头,市财政局配合').r;
    expect(glued.leads.map((m) => m.mention)).toEqual(['市民政局']);
    expect(names(glued.supports)).toEqual(['广州市财政局']);
  });

  it('traditional characters read as simplified, mentions as printed', () => {
    const { r } = read('做好工作。【牽頭單位：市衛生健康委；配合單位：市財政局、省辦公廳】');
    expect(roles(r.leads)).toEqual(['市衛生健康委=广州市卫生健康委员会/牽頭單位']);
    expect(r.supports.map((m) => m.mention)).toEqual(['市財政局', '省辦公廳']);
    expect(r.supports[0]!.name).toBe('广州市财政局');
  });

  it('several brackets in one item: the union, each with its own evidence', () => {
    const { text, r } = read('推进医养结合(市卫生健康委牵头)。发展长期护理保险(市医保局牵头,市财政局配合)。');
    expect(names(r.leads)).toEqual(['广州市卫生健康委员会', '广州市医疗保障局']);
    expect(names(r.supports)).toEqual(['广州市财政局']);
    expect(r.leads[1]!.evidence.start).toBe(text.indexOf('市医保局'));
  });

  it('bodies named in running text without a role are not leads or supports', () => {
    const { r } = read('加强与市卫生健康委的协作,推进医养结合,积极配合市财政局做好资金保障。');
    expect(r.leads).toEqual([]);
    expect(r.supports).toEqual([]);
  });

  it('a blanket annotation gives its bodies to every later task, evidence at the blanket sentence', () => {
    const raw = [
      '一、主要任务',
      '(一)开展行动。(市民政局牵头,各区、市政府负责落实。以下各项工作均需各区、市政府负责落实,不再一一列出。)',
      '(二)加强队伍。(市人社局牵头)',
    ].join('\n');
    const text = normalizeText(raw);
    const ctx = responsibilityContext(text, { region: '青岛市' });
    const second = lineOf(text, '(二)加强队伍');
    const r = extractResponsibility(text, second, ctx);
    expect(names(r.leads)).toEqual(['青岛市人力资源和社会保障局']);
    expect(r.supports).toMatchObject([{ name: '各区、市政府', roleWord: '负责落实' }]);
    expect(r.supports[0]!.evidence.sentence).toBe('以下各项工作均需各区、市政府负责落实,不再一一列出。');
    // Before the blanket nothing is inherited.
    const first = extractResponsibility(text, lineOf(text, '一、主要任务'), ctx);
    expect(first.supports).toEqual([]);
  });

  it('a position key printed once: the first body in every later bracket leads; without it nobody', () => {
    const keyed = normalizeText(
      '(一)完善网络。建设中心。(市民政局、市财政局、各区人民政府,列第一位者为牵头单位,下同)\n(二)推进医养结合。(市卫生健康委、市民政局)',
    );
    const ctx = responsibilityContext(keyed, { region: '广州市' });
    const one = extractResponsibility(keyed, lineOf(keyed, '(一)'), ctx);
    expect(names(one.leads)).toEqual(['广州市民政局']);
    expect(names(one.supports)).toEqual(['广州市财政局', '各区人民政府']);
    const two = extractResponsibility(keyed, lineOf(keyed, '(二)'), ctx);
    expect(names(two.leads)).toEqual(['广州市卫生健康委员会']);
    expect(names(two.supports)).toEqual(['广州市民政局']);

    const bare = normalizeText('(二)推进医养结合。(市卫生健康委、市民政局)');
    const none = extractResponsibility(bare, whole(bare), responsibilityContext(bare, { region: '广州市' }));
    expect(none.leads).toEqual([]);
    expect(none.supports).toEqual([]);
  });

  it('names against the document: 市/省 prefixes, short forms, 团市委', () => {
    const gz = { region: '广州市' };
    expect(canonicalBody('市民政局', gz)).toEqual({ name: '广州市民政局', kind: 'EXTERNAL' });
    expect(canonicalBody('市卫健委', gz).name).toBe('广州市卫生健康委员会');
    expect(canonicalBody('市委编办', gz).name).toBe('广州市委机构编制委员会办公室');
    expect(canonicalBody('团市委', gz).name).toBe('共青团广州市委员会');
    expect(canonicalBody('省卫生健康委', { region: '辽宁省' }).name).toBe('辽宁省卫生健康委员会');
    // A 省 body in a city plan: the province is not known, the name stays as printed.
    expect(canonicalBody('省民政厅', gz).name).toBe('省民政厅');
    expect(canonicalBody('深圳市民政局', gz).name).toBe('深圳市民政局');
    expect(canonicalBody('市救助管理站', gz)).toEqual({ name: '市救助管理站', kind: 'SUBORDINATE' });
  });
});

describe('responsibility: more printed forms of the genre', () => {
  const read = (raw: string, region: string | null = '广州市') => {
    const text = normalizeText(raw);
    return extractResponsibility(text, whole(text), responsibilityContext(text, { region }));
  };
  const roles = (ms: DepartmentMention[]) => ms.map((m) => `${m.mention}/${m.roleWord}`);

  it('a lead marked inside a keyed list: 责任单位:A(牵头)、B', () => {
    const r = read('做好。责任单位:市发展改革委(牵头),市财政局、市民政局');
    expect(roles(r.leads)).toEqual(['市发展改革委/牵头']);
    expect(roles(r.supports)).toEqual(['市财政局/责任单位', '市民政局/责任单位']);
  });

  it('A为牵头单位,B为配合单位', () => {
    const r = read('做好。(市民政局为牵头单位,市财政局为配合单位)');
    expect(roles(r.leads)).toEqual(['市民政局/牵头单位']);
    expect(roles(r.supports)).toEqual(['市财政局/配合单位']);
  });

  it('主责单位 leads; 自治区 is a level the region names', () => {
    const r = read('做好。(主责单位:自治区民政厅;配合单位:自治区财政厅)', '广西壮族自治区');
    expect(r.leads).toMatchObject([{ mention: '自治区民政厅', name: '广西壮族自治区民政厅', roleWord: '主责单位' }]);
    expect(names(r.supports)).toEqual(['广西壮族自治区财政厅']);
  });

  it('…按职责分工负责 and …等 close a list without joining its last name', () => {
    const r = read('做好。(市发展改革委牵头,市委宣传部、市公安局等按职责分工负责)');
    expect(names(r.leads)).toEqual(['广州市发展和改革委员会']);
    expect(r.supports.map((m) => m.mention)).toEqual(['市委宣传部', '市公安局']);
  });

  it('an annotation on its own line after the task', () => {
    const r = read('1.完善社会救助体系。健全分层分类救助制度。\n牵头单位:市民政局\n配合单位:市财政局、市医保局');
    expect(names(r.leads)).toEqual(['广州市民政局']);
    expect(names(r.supports)).toEqual(['广州市财政局', '广州市医疗保障局']);
  });

  it('a person in a 牵头领导 or 责任人 key is not a body', () => {
    const r = read('做好。(牵头领导:张三;责任人:李四;牵头单位:市民政局)');
    expect(names(r.leads)).toEqual(['广州市民政局']);
    expect(r.supports).toEqual([]);
  });

  it('warns when a list of names is too long to be one, and reads its end', () => {
    const many = Array.from({ length: 200 }, (_, i) => `市第${'一二三四五六七八九'[i % 9]}${'一二三四五六七八九'[Math.floor(i / 9) % 9]}局`).join('、');
    const r = read(`做好。(${many}牵头)`);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/run longer than 300 characters/);
    expect(r.leads.length).toBeGreaterThan(0);
    expect(r.leads.length).toBeLessThan(200);
  });
});

describe('names that only look like they carry a level', () => {
  it('市场监管局 is not 市 + 场监管局; 区划地名处 is a unit of the bureau, not 区 + 划地名处', () => {
    const gz = { region: '广州市' };
    expect(canonicalBody('市场监管局', gz)).toEqual({ name: '市场监督管理局', kind: 'EXTERNAL' });
    expect(canonicalBody('市市场监管局', gz)).toEqual({ name: '广州市市场监督管理局', kind: 'EXTERNAL' });
    expect(canonicalBody('区划地名处', { region: '济南市' })).toEqual({ name: '区划地名处', kind: 'INTERNAL' });
    expect(canonicalBody('市政务服务数据管理局', gz).name).toBe('广州市政务服务数据管理局');
  });
});

describe('an annotation the layout broke over two lines', () => {
  it('is read whole when what is open already names a role; an aside is not', () => {
    const text = normalizeText('1.完善工作。(牵头单位:市民政局,配合单位:市财政局、\n市医保局)\n2.另一项。');
    const task = { start: 0, end: text.indexOf('\n2.') };
    const r = extractResponsibility(text, task, responsibilityContext(text, { region: '广州市' }));
    expect(names(r.leads)).toEqual(['广州市民政局']);
    expect(names(r.supports)).toEqual(['广州市财政局', '广州市医疗保障局']);
    expect(text.slice(r.annotation!.start, r.annotation!.end)).toBe('(牵头单位:市民政局,配合单位:市财政局、\n市医保局)');
    const aside = normalizeText('1.完善工作(含敬老院\n建设)。');
    expect(extractResponsibility(aside, whole(aside)).annotation).toBeNull();
  });
});
