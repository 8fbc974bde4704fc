import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import { extractDocument } from '../../src/extract/index.js';
import { extractDeadlines, extractIndicators, extractInitiatives, limitDate, type IndicatorContext } from '../../src/extract/promises.js';
import type { Indicator, Span } from '../../src/extract/types.js';

const seedDir = new URL('../../seeds/', import.meta.url);
const seed = (file: string) => normalizeText(readFileSync(new URL(file, seedDir), 'utf8'));

/** The span of the (normalized) line that contains `needle`. */
function lineOf(text: string, needle: string): Span {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not in text: ${needle}`);
  const start = text.lastIndexOf('\n', i) + 1;
  const end = text.indexOf('\n', i);
  return { start, end: end < 0 ? text.length : end };
}

const whole = (text: string): Span => ({ start: 0, end: text.length });
const strip = <T extends { evidence: unknown }>(xs: T[]) => xs.map(({ evidence: _e, ...rest }) => rest);
/** Indicators without evidence and kind (the kind has its own tests below). */
const shape = (xs: Indicator[]) => xs.map(({ evidence: _e, kind: _k, ...rest }) => rest);

/** Indicators of a seed line (found by a needle), without evidence. */
function seedIndicators(file: string, needle: string) {
  const text = seed(file);
  return shape(extractIndicators(text, lineOf(text, needle)));
}
function indicators(raw: string) {
  const text = normalizeText(raw);
  return shape(extractIndicators(text, whole(text)));
}

describe('extractIndicators on seed sentences', () => {
  it('reads 厦门 养老设施: ≥ from 以上, subject between verb and number or after the unit', () => {
    const found = seedIndicators('xiamen-2022-work-plan.txt', '10.继续实施养老设施补短板工程');
    expect(found).toEqual([
      { value: 8, unit: '个', comparator: '≥', subject: '养老服务照料中心', text: '选址建设8个以上养老服务照料中心' },
      { value: 500, unit: '张', comparator: '≥', subject: '普惠型养老床位', text: '新增普惠型养老床位500张以上' },
      { value: 50, unit: '个', comparator: '=', subject: '农村幸福院', text: '提升50个不低于三星级标准的农村幸福院' },
    ]);
  });

  it('reads 厦门 近邻养老: counts after the verb, totals after 达到', () => {
    const found = seedIndicators('xiamen-2022-work-plan.txt', '11.完善提升社区近邻养老模式');
    expect(found).toContainEqual({ value: 15, unit: '个', comparator: '=', subject: '敬老餐厅', text: '新开办15个敬老餐厅' });
    expect(found).toContainEqual({ value: 100, unit: '个', comparator: '=', subject: '社区助餐点', text: '增设100个社区助餐点' });
    expect(found).toContainEqual({ value: 500, unit: '张', comparator: '=', subject: '家庭养老床位', text: '新增500张家庭养老床位' });
    expect(found).toContainEqual({ value: 1000, unit: '张', comparator: '≥', subject: '总数', text: '总数达到1000张以上' });
    expect(found).toContainEqual({ value: 200, unit: '平方米', comparator: '≥', subject: '面积', text: '面积不少于200平方米' });
  });

  it('reads 汕尾 养老: 1780户 counts the households printed before its verb, and 20家/40家', () => {
    const found = seedIndicators('shanwei-2024-work-plan.txt', '机构改革后,老龄工作职责');
    expect(found.map((i) => [i.value, i.unit, i.comparator])).toEqual([
      [20, '家', '='],
      [40, '家', '='],
      [10, '个', '='],
      [1780, '户', '='],
    ]);
    expect(found[2]).toMatchObject({ subject: '镇(街道)幸福长者食堂运营模式示范点' });
    expect(found[3]).toEqual({ value: 1780, unit: '户', comparator: '=', subject: '特殊困难老年人家庭', text: '特殊困难老年人家庭适老化改造1780户' });
  });

  it('reads percentages: 80%以上, X%的Y, and the subject before 达到', () => {
    expect(seedIndicators('shanwei-2024-work-plan.txt', '加快分层分类的社会救助体系建设')).toEqual([
      { value: 80, unit: '%', comparator: '≥', subject: '城市低保标准', text: '达到城市低保标准的80%以上' },
    ]);
    expect(seedIndicators('shanwei-2024-work-plan.txt', '加强党对社会组织的全面领导')).toEqual([
      { value: 90, unit: '%', comparator: '=', subject: '镇(街道)', text: '推动全市90%的镇(街道)' },
      { value: 1, unit: '个', comparator: '≥', subject: '枢纽型社区社会组织', text: '至少建有1个枢纽型社区社会组织' },
    ]);
    expect(seedIndicators('shanwei-2024-work-plan.txt', '1.开展“绿美殡葬”系列行动')).toContainEqual({
      value: 65, unit: '%', comparator: '≥', subject: '公墓(骨灰楼)绿化覆盖率', text: '公墓(骨灰楼)绿化覆盖率达到65%以上',
    });
    expect(seedIndicators('qinzhou-2022-work-plan.txt', '(十)提升养老服务质量')).toContainEqual({
      value: 100, unit: '%', comparator: '≥', subject: '特殊困难老年人月探访率', text: '特殊困难老年人月探访率达到100%',
    });
  });

  it('multiplies 万/亿 out and reads 突破 as >', () => {
    expect(seedIndicators('shanwei-2024-work-plan.txt', '3.巩固提升“明珠一号 福彩增量”')).toEqual([
      { value: 30, unit: '个', comparator: '=', subject: '福利彩票销售场所', text: '新增福利彩票销售场所30个' },
      { value: 400000000, unit: '元', comparator: '>', subject: '我市福利彩票销售量', text: '我市福利彩票销售量突破4亿元' },
    ]);
    const fuzhou = seedIndicators('fuzhou-party-building-report.txt', '一是聚焦基本民生保障');
    expect(fuzhou).toContainEqual({ value: 21300, unit: '张', comparator: '=', subject: '餐位', text: '提供餐位2.13万张' });
    expect(fuzhou).toContainEqual({ value: 75800, unit: '名', comparator: '=', subject: '困难群众', text: '7.58万名困难群众' });
    expect(fuzhou).toContainEqual({ value: 18781900, unit: '元', comparator: '=', subject: '临时救助金', text: '发放临时救助金1878.19万元' });
  });

  it('reads ranges as their lower bound with ≥, and 余 as >', () => {
    const found = seedIndicators('xiamen-2024-director-article.txt', '在养老服务方面');
    expect(found).toContainEqual({ value: 1, unit: '名', comparator: '≥', subject: '专职助老员', text: '配备1—2名专职助老员' });
    expect(found).toContainEqual({ value: 14000, unit: '人', comparator: '>', subject: '全市特殊困难老年人', text: '全市特殊困难老年人共有1.4万余人' });
    expect(found).toContainEqual({ value: 23000000, unit: '元', comparator: '>', subject: '理赔款', text: '支付理赔款2300余万元' });
  });

  it('reads comparators before the number and simple Chinese numerals', () => {
    expect(seedIndicators('qinzhou-2022-work-plan.txt', '(五)加快构建分层分类社会救助格局')).toEqual([
      { value: 1.5, unit: '倍', comparator: '≥', subject: '低保标准', text: '不低于低保标准1.5倍' },
    ]);
    // 两个文件 counts the two titles just cited: no verb or comparator governs it, so no promise.
    expect(seedIndicators('xiamen-2022-work-plan.txt', '5.做好残疾人两项补贴工作')).toEqual([]);
    expect(indicators('新建三个社区食堂,落实两个文件,至少一个').map((i) => [i.value, i.unit, i.comparator])).toEqual([
      [3, '个', '='],
      [1, '个', '≥'],
    ]);
    expect(seedIndicators('xiamen-2022-work-plan.txt', '7.推进未成年人保护工作')).toEqual([
      { value: 12, unit: '个', comparator: '≥', subject: '镇街未成年人保护站', text: '至少建成镇街未成年人保护站12个' },
    ]);
  });

  it('skips years, ordinals, quoted names, titles and numbers without a unit', () => {
    // “1310”, 二十届二中全会, 八届六次全会, “三六九”, “五大攻坚战”, “四个体系”
    expect(seedIndicators('shanwei-2024-work-plan.txt', '贯彻省委“1310”具体部署')).toEqual([]);
    // “4·27”, 十九届六中全会, 第十二次党代表大会
    expect(seedIndicators('qinzhou-2022-work-plan.txt', '(一)将习近平新时代中国特色社会主义思想贯彻落实')).toEqual([]);
    // 第五轮 is an ordinal; 30万项目支持资金 is money though 元 is not printed
    expect(seedIndicators('shanwei-2024-work-plan.txt', '深化平安边界创建').map((i) => [i.value, i.unit])).toEqual([
      [132.23, '公里'],
      [49.207, '公里'],
      [300000, '元'],
    ]);
    expect(indicators('下达补助资金50万,惠及30万群众,1.2亿').map((i) => [i.value, i.unit])).toEqual([[500000, '元']]);
    // (其中含2021年9人) breaks down the 18人 before it
    expect(seedIndicators('qinzhou-2022-work-plan.txt', '(十五)提升流浪乞讨人员救助管理水平').map((i) => i.value)).toEqual([16, 23, 22, 18, 1]);
    // “6.19”, phone 3500011, 26项 (a count) stays
    expect(seedIndicators('xiamen-2022-work-plan.txt', '13.强化智慧养老服务和安全监管').map((i) => i.value)).toEqual([26]);
    expect(seedIndicators('xiamen-2022-work-plan.txt', '23.推进流浪乞讨人员救助管理')).toEqual([]);
    expect(indicators('厦民〔2022〕16号,2022年2月23日印发,开展第5轮联检,组织第7个“中华慈善日”,《关于做好3个方面工作的通知》')).toEqual([]);
    // 一 only with a comparator: 一次性, 一批, 发现一个 are no promises
    expect(indicators('发放一次性临时救助,撤销一批社会组织,发现一个、清理一个')).toEqual([]);
    expect(indicators('每位局领导至少认领一个课题')).toEqual([
      { value: 1, unit: '个', comparator: '≥', subject: '课题', text: '至少认领一个课题' },
    ]);
  });

  it('reads full-width text through normalizeText and ≤ comparators', () => {
    expect(indicators('新增养老床位５００张以上，养老机构护理型床位占比达到６０％。')).toEqual([
      { value: 500, unit: '张', comparator: '≥', subject: '养老床位', text: '新增养老床位500张以上' },
      { value: 60, unit: '%', comparator: '≥', subject: '养老机构护理型床位占比', text: '养老机构护理型床位占比达到60%' },
    ]);
    // Held-out forms: 块, a trailing 左右 (=); neither an item marker (三是) nor a deadline is part of the subject.
    expect(indicators('三是年底前地名标志达到800块,监测人数稳定在8万人左右')).toEqual([
      { value: 800, unit: '块', comparator: '≥', subject: '地名标志', text: '地名标志达到800块' },
      { value: 80000, unit: '人', comparator: '=', subject: '监测人数', text: '监测人数稳定在8万人左右' },
    ]);
    expect(indicators('每批次受助人员不超过20人,误差控制在5%以内')).toEqual([
      { value: 20, unit: '人', comparator: '≤', subject: '每批次受助人员', text: '每批次受助人员不超过20人' },
      { value: 5, unit: '%', comparator: '≤', subject: '误差', text: '误差控制在5%以内' },
    ]);
  });
});

describe('indicator subjects: the counted noun, by grammar (issue 16)', () => {
  it('modifiers ending in 的 between the measure word and the noun: the noun after 的', () => {
    const fuzhou = seedIndicators('fuzhou-party-building-report.txt', '三是筑强筑牢民政干部队伍');
    expect(fuzhou.find((i) => i.value === 6)).toEqual({
      value: 6, unit: '名', comparator: '=', subject: '优秀青年党员', text: '接收6名政治素质好、业务能力强、示范带动好的优秀青年党员',
    });
    // a coverb (赴, 到) opens the next verb phrase: 干部 is what is counted
    expect(fuzhou.filter((i) => i.unit === '名' && i.value !== 6).map((i) => [i.value, i.subject, i.text])).toEqual([
      [3, '干部', '下派3名干部'],
      [1, '干部', '提任1名干部'],
    ]);
    expect(seedIndicators('xiamen-2022-work-plan.txt', '11.完善提升社区近邻养老模式')[0]).toEqual({
      value: 50, unit: '个', comparator: '=', subject: '社区“近邻+养老”服务示范点',
      text: '新增50个面积不少于200平方米、可提供综合服务的社区“近邻+养老”服务示范点',
    });
    expect(indicators('支持每个市(州)至少建成1个具有示范效应的综合托育服务中心。')).toEqual([
      { value: 1, unit: '个', comparator: '≥', subject: '综合托育服务中心', text: '至少建成1个具有示范效应的综合托育服务中心' },
    ]);
    // a noun before 的 is what the head belongs to, not a modifier: the counted noun stays before it
    expect(seedIndicators('xiamen-2022-work-plan.txt', '13.强化智慧养老服务和安全监管')).toEqual([
      { value: 26, unit: '项', comparator: '=', subject: '规范要求', text: '26项规范要求' },
    ]);
    // coordinated modifiers that are counts or verb phrases are not one noun's modifiers
    expect(indicators('新建8个服务中心、服务站20个的目标')[0]!.subject).toBe('服务中心');
    expect(indicators('新建8个服务中心、建设10个站点的任务')[0]!.subject).toBe('服务中心');
  });

  it('a verb right before the figure with nothing after the unit: what it acts on is printed before it', () => {
    expect(indicators('完成困难老年人家庭适老化改造150户')).toEqual([
      { value: 150, unit: '户', comparator: '=', subject: '困难老年人家庭', text: '困难老年人家庭适老化改造150户' },
    ]);
    // a short word between two verbs modifies the second (居家): the topic stands before the first
    expect(indicators('为特殊困难老年人实施居家适老化改造2000户。')[0]!.subject).toBe('特殊困难老年人');
    expect(indicators('对特困人员、低保对象中的失能老年人家庭实施居家适老化改造不少于1200户。')[0]).toMatchObject({
      value: 1200, comparator: '≥', subject: '失能老年人家庭',
    });
    expect(indicators('完成城镇老旧小区改造300个')[0]!.subject).toBe('城镇老旧小区');
    // nothing printed: no subject rather than a wrong one
    expect(indicators('年内完成改造10所,每季度至少上门走访1次').map((i) => i.subject)).toEqual([null, null]);
  });

  it('a figure after 与/和 or a list closed by 等 counts the noun after its unit', () => {
    const fuzhou = seedIndicators('fuzhou-party-building-report.txt', '二是创新载体形式');
    expect(fuzhou.find((i) => i.value === 7)).toMatchObject({ subject: '基层党组织', text: '推动局属各支部与7个基层党组织' });
    expect(seedIndicators('qinzhou-2022-work-plan.txt', '(九)夯实养老服务基础').find((i) => i.value === 7 && i.subject === '敬老院')).toMatchObject({
      text: '改造大直镇敬老院等7个敬老院',
    });
  });

  it('a coordinated second value shares the subject; a coordinated next figure does not lend its words', () => {
    expect(indicators('城乡低保标准分别提高到每人每月1150元和930元以上。').map((i) => [i.value, i.subject, i.text])).toEqual([
      [1150, '城乡低保标准', '城乡低保标准分别提高到每人每月1150元'],
      [930, '城乡低保标准', '930元以上'],
    ]);
    expect(seedIndicators('shanwei-2024-work-plan.txt', '深化平安边界创建')[0]).toMatchObject({ value: 132.23, subject: '惠州汕尾线', text: '132.23公里惠州汕尾线' });
  });

  it('table cells and verb-made adjectives: 保障性 is no verb, | ends a cell, 新建成 is one verb', () => {
    expect(indicators('| 9 | 筹建保障性租赁住房2万套(间) | 市住房城乡建设局 |').map((i) => [i.subject, i.text])).toEqual([
      ['保障性租赁住房', '筹建保障性租赁住房2万套'],
    ]);
    expect(indicators('| 4 | 新增社区嵌入式养老服务机构15家、家庭养老床位1000张 | 市民政局 | 市财政局 |').map((i) => [i.subject, i.text])).toEqual([
      ['社区嵌入式养老服务机构', '新增社区嵌入式养老服务机构15家'],
      ['家庭养老床位', '家庭养老床位1000张'],
    ]);
    expect(indicators('年内新建成综合养老服务中心8个,新建(改建)居家养老服务中心3家').map((i) => i.subject)).toEqual(['综合养老服务中心', '居家养老服务中心']);
    expect(indicators('推动10家社区卫生服务中心按标准建成社区医院')[0]!.subject).toBe('社区卫生服务中心');
  });
});

describe('Indicator.kind: a promise (TARGET) or a reported result (ACHIEVED), by grammar (issue 16)', () => {
  const kinds = (raw: string, context: IndicatorContext = {}) => {
    const text = normalizeText(raw);
    return extractIndicators(text, whole(text), context).map((i) => [i.kind, i.text]);
  };
  const seedKinds = (file: string) =>
    extractDocument(readFileSync(new URL(file, seedDir)), file).tasks.flatMap((t) => t.indicators.map((i) => [i.kind, i.text]));

  it('a plan promises its figures; perfective markers report results', () => {
    expect(kinds('新增床位500张,至少建成12个')).toEqual([['TARGET', '新增床位500张'], ['TARGET', '至少建成12个']]);
    expect(kinds('已建成养老服务中心12个;累计发放低保金5.38亿元;全市共评定五星级支部8个')).toEqual([
      ['ACHIEVED', '建成养老服务中心12个'],
      ['ACHIEVED', '发放低保金5.38亿元'],
      ['ACHIEVED', '评定五星级支部8个'],
    ]);
    expect(kinds('建成了社区食堂20个,覆盖率达到了95%,目前全市有养老机构50家')).toEqual([
      ['ACHIEVED', '建成了社区食堂20个'],
      ['ACHIEVED', '覆盖率达到了95%'],
      ['ACHIEVED', '目前全市有养老机构50家'],
    ]);
    // 38项问题已全面整改到位: the marker after the figure, in its clause
    expect(kinds('查摆的38项问题已全面整改到位')).toEqual([['ACHIEVED', '38项问题']]);
    // a marker belongs to its own figure, not to the next one in the clause
    expect(kinds('在已有12个站点的基础上新增8个站点')).toEqual([['ACHIEVED', '12个站点'], ['TARGET', '新增8个站点']]);
  });

  it('a sentence framed as a report: 以来, 截至, an opening 上半年, a year before the plan', () => {
    expect(kinds('今年以来,局党组开展专题学习9次,交流心得研讨3轮')).toEqual([['ACHIEVED', '开展专题学习9次'], ['ACHIEVED', '交流心得研讨3轮']]);
    expect(kinds('截至目前,局系统12个支部评定五星级支部8个')).toEqual([['ACHIEVED', '12个支部'], ['ACHIEVED', '评定五星级支部8个']]);
    expect(kinds('今年上半年,提任晋升干部25人')).toEqual([['ACHIEVED', '提任晋升干部25人']]);
    expect(kinds('2021年,全市新增养老床位500张。2022年新增养老床位600张', { year: 2022 })).toEqual([
      ['ACHIEVED', '新增养老床位500张'],
      ['TARGET', '新增养老床位600张'],
    ]);
    // a base line, a comparison and a remark in brackets are no report frame
    expect(kinds('在2021年基础上新增500张家庭养老床位,较2021年增加10个站点', { year: 2022 }).map(([k]) => k)).toEqual(['TARGET', 'TARGET']);
    expect(kinds('钦北区落户安置18人(其中含2021年9人),自贸区钦州港片区落户安置1人', { year: 2022 }).map(([k]) => k)).toEqual(['TARGET', 'TARGET']);
  });

  it('an article narrates results and a 进展情况 cell reports them, unless an aim or a floor states a requirement', () => {
    expect(kinds('发放临时救助金1878.19万元', { narrative: true })).toEqual([['ACHIEVED', '发放临时救助金1878.19万元']]);
    expect(kinds('发放临时救助金1878.19万元')).toEqual([['TARGET', '发放临时救助金1878.19万元']]);
    expect(kinds('完成300张', { progress: true })).toEqual([['ACHIEVED', '完成300张']]);
    expect(kinds('力争新增床位500张;每位局领导至少认领一个课题', { narrative: true })).toEqual([
      ['TARGET', '新增床位500张'],
      ['TARGET', '至少认领一个课题'],
    ]);
  });

  it('the seeds: plans promise, the article and the report tell results (two standing rules in the report)', () => {
    for (const plan of ['xiamen-2022-work-plan.txt', 'shanwei-2024-work-plan.txt', 'qinzhou-2022-work-plan.txt']) {
      const found = seedKinds(plan);
      expect(found.length, plan).toBeGreaterThan(15);
      expect(found.filter(([k]) => k !== 'TARGET'), plan).toEqual([]);
    }
    const article = seedKinds('xiamen-2024-director-article.txt');
    expect(article).toHaveLength(14);
    expect(article.filter(([k]) => k !== 'ACHIEVED')).toEqual([]);
    const report = seedKinds('fuzhou-party-building-report.txt');
    expect(report).toHaveLength(85);
    expect(report.filter(([k]) => k !== 'ACHIEVED')).toEqual([
      ['TARGET', '至少一个课题'],
      ['TARGET', '局党组每年至少2次'],
    ]);
    expect(report).toContainEqual(['ACHIEVED', '发放低保金和特困供养金5.38亿元']);
  });
});

describe('extractDeadlines', () => {
  const deadlines = (raw: string, year?: number | null) => {
    const text = normalizeText(raw);
    return strip(extractDeadlines(text, whole(text), year));
  };

  it('reads 汕尾 year-end deadlines', () => {
    const text = seed('shanwei-2024-work-plan.txt');
    const span = lineOf(text, '1.慈善公益助力“百千万工程”');
    expect(strip(extractDeadlines(text, span, 2024))).toEqual([{ text: '2024年底前', date: '2024-12-31' }]);
    expect(strip(extractDeadlines(text, lineOf(text, '加强党对社会组织的全面领导')))).toEqual([{ text: '2024年底', date: '2024-12-31' }]);
    expect(strip(extractDeadlines(text, lineOf(text, '4.优化婚姻管理服务')))).toEqual([{ text: '2024年全部完成', date: '2024-12-31' }]);
    expect(strip(extractDeadlines(text, lineOf(text, '机构改革后,老龄工作职责')))).toEqual([{ text: '2024-2026年', date: '2026-12-31' }]);
    // a past year in a report is no deadline
    expect(strip(extractDeadlines(text, lineOf(text, '5.加强民政资金监管'), 2024))).toEqual([]);
  });

  it('resolves month ends, 年底 and 上半年 with the document year (厦门 task 39)', () => {
    const text = seed('xiamen-2022-work-plan.txt');
    const span = lineOf(text, '39.加快民政基础设施建设');
    expect(strip(extractDeadlines(text, span, 2022))).toEqual([
      { text: '3月底', date: '2022-03-31' },
      { text: '9月底', date: '2022-09-30' },
      { text: '年初', date: null }, // 争取年初立项: a target, but with no last day
      { text: '年底', date: '2022-12-31' },
      { text: '上半年', date: '2022-06-30' },
      { text: '年底', date: '2022-12-31' },
    ]);
    const noYear = extractDeadlines(text, span);
    expect(noYear.map((d) => d.date)).toEqual([null, null, null, null, null, null]);
    for (const d of noYear) expect(text.slice(d.evidence.start, d.evidence.end)).toBe(d.text);
  });

  it('reads 年内 (钦州) and leaves 今年上半年, reports, dates and titles alone', () => {
    const qinzhou = seed('qinzhou-2022-work-plan.txt');
    expect(strip(extractDeadlines(qinzhou, lineOf(qinzhou, '(十)提升养老服务质量'), 2022))).toEqual([
      { text: '年内', date: '2022-12-31' },
    ]);
    const fuzhou = seed('fuzhou-party-building-report.txt');
    expect(extractDeadlines(fuzhou, lineOf(fuzhou, '三是筑强筑牢民政干部队伍'), 2023)).toEqual([]);
    expect(deadlines('2022年2月23日印发《2022年全市民政工作要点》,从2022年7月起执行,今年完成,年初以来,7月份起,2023年资金支出进度慢', 2022)).toEqual([]);
    expect(deadlines('“2024年底前”是口号')).toEqual([]);
  });

  it('reads the other forms', () => {
    expect(deadlines('2025年6月30日前完成')).toEqual([{ text: '2025年6月30日前完成', date: '2025-06-30' }]);
    expect(deadlines('6月底前完成验收', 2024)).toEqual([{ text: '6月底前完成', date: '2024-06-30' }]);
    expect(deadlines('2月底前', 2024)).toEqual([{ text: '2月底前', date: '2024-02-29' }]);
    expect(deadlines('第一季度启动,2024年第三季度完成', 2024)).toEqual([
      { text: '第一季度', date: '2024-03-31' },
      { text: '2024年第三季度', date: '2024-09-30' },
    ]);
    expect(deadlines('２０２４—２０２６年')).toEqual([{ text: '2024—2026年', date: '2026-12-31' }]);
    expect(deadlines('2024年至2026年开展试点')).toEqual([{ text: '2024年至2026年', date: '2026-12-31' }]);
    expect(deadlines('到2025年前完成')).toEqual([{ text: '2025年前完成', date: '2025-12-31' }]);
    expect(deadlines('到2025年,建成体系;2025年前完成', 2024)).toEqual([
      { text: '到2025年', date: '2025-12-31' },
      { text: '2025年前完成', date: '2025-12-31' },
    ]);
    expect(deadlines('今年年底前完成,明年底前见效', 2024)).toEqual([
      { text: '年底前完成', date: '2024-12-31' },
      { text: '明年底前', date: '2025-12-31' },
    ]);
    expect(deadlines('2024年6月前')).toEqual([{ text: '2024年6月前', date: '2024-05-31' }]);
    expect(deadlines('4月份召开会议,2023年11月份完成', 2022)).toEqual([
      { text: '4月份', date: '2022-04-30' },
      { text: '2023年11月份完成', date: '2023-11-30' }, // a directly following 完成 belongs to the phrase
    ]);
  });
});

describe('deadlines on a timeline (issue 16): the last day the text allows', () => {
  const deadlines = (raw: string, year?: number | null) => {
    const text = normalizeText(raw);
    return strip(extractDeadlines(text, whole(text), year));
  };

  it('year ends, month ends, quarters and halves, with the plan year where none is printed', () => {
    expect(deadlines('2024年底前实现全覆盖', 2023)).toEqual([{ text: '2024年底前', date: '2024-12-31' }]);
    expect(deadlines('3月底启动,6月底前完成验收', 2024)).toEqual([
      { text: '3月底', date: '2024-03-31' },
      { text: '6月底前完成', date: '2024-06-30' },
    ]);
    expect(deadlines('年内建成20个站点;本年度内完成评估', 2025)).toEqual([
      { text: '年内', date: '2025-12-31' },
      { text: '本年度内完成', date: '2025-12-31' },
    ]);
    expect(deadlines('第三季度开展评估,上半年完成摸底', 2025)).toEqual([
      { text: '第三季度', date: '2025-09-30' },
      { text: '上半年', date: '2025-06-30' },
    ]);
  });

  it('a month the work is to be completed in: its last day', () => {
    expect(deadlines('2025年6月完成验收')).toEqual([{ text: '2025年6月完成', date: '2025-06-30' }]);
    expect(deadlines('2024年2月份全部完成', 2023)).toEqual([{ text: '2024年2月份全部完成', date: '2024-02-29' }]);
    expect(deadlines('9月份完成改造', 2024)).toEqual([{ text: '9月份完成', date: '2024-09-30' }]);
    expect(deadlines('9月份完成改造')).toEqual([{ text: '9月份完成', date: null }]);
  });

  it('a labelled time limit is a deadline whatever it says; 长期 and 持续推进 fix no day', () => {
    expect(deadlines('推进适老化改造(完成时限:2025年6月)', 2025)).toEqual([{ text: '2025年6月', date: '2025-06-30' }]);
    expect(deadlines('完成时限:长期坚持;时间节点:持续推进;时限要求:全年', 2025)).toEqual([
      { text: '长期坚持', date: null },
      { text: '持续推进', date: null },
      { text: '全年', date: '2025-12-31' },
    ]);
    // A pattern inside the value reads it as usual.
    expect(deadlines('完成时限:2024年12月底前', 2024)).toEqual([{ text: '2024年12月底前', date: '2024-12-31' }]);
  });

  it('no deadline: 全年 measuring a figure, 持续推进 and 长期 in running text, reported periods, a month of an event', () => {
    expect(deadlines('全年新增家庭养老床位500张,持续推进社区养老,长期坚持', 2024)).toEqual([]);
    expect(deadlines('1-6月完成投资2亿元,截至6月完成改造300户', 2024)).toEqual([]);
    expect(deadlines('2025年6月召开推进会', 2025)).toEqual([]);
  });

  it('limitDate reads a whole time-limit value (a 完成时限 cell)', () => {
    expect(limitDate('2025年6月', null)).toBe('2025-06-30');
    expect(limitDate('2025年6月30日', null)).toBe('2025-06-30');
    expect(limitDate('2024年', null)).toBe('2024-12-31');
    expect(limitDate('2024年全年', null)).toBe('2024-12-31');
    expect(limitDate('全年', 2024)).toBe('2024-12-31');
    expect(limitDate('全年', null)).toBeNull();
    expect(limitDate('6月', 2024)).toBe('2024-06-30');
    expect(limitDate('2024年12月底前', null)).toBe('2024-12-31');
    expect(limitDate('年底前', 2024)).toBe('2024-12-31');
    expect(limitDate('第三季度', 2024)).toBe('2024-09-30');
    expect(['长期', '长期坚持', '持续推进', '每年', '常态化'].map((v) => limitDate(v, 2024))).toEqual([null, null, null, null, null]);
  });
});

describe('extractInitiatives', () => {
  const names = (raw: string) => {
    const text = normalizeText(raw);
    return extractInitiatives(text, whole(text)).map((i) => i.name);
  };
  const seedNames = (file: string, needle: string) => {
    const text = seed(file);
    return extractInitiatives(text, lineOf(text, needle)).map((i) => i.name);
  };

  it('reads programmes and skips slogans in the 汕尾 preamble', () => {
    expect(seedNames('shanwei-2024-work-plan.txt', '贯彻省委“1310”具体部署')).toEqual([
      '百千万工程', '三六九', '高质量发展重点攻坚年', '八项行动',
    ]);
    expect(seedNames('shanwei-2024-work-plan.txt', '建立健全常态化长效化学习机制')).toEqual([]); // 两个确立, 两个维护
    expect(seedNames('shanwei-2024-work-plan.txt', '严格落实“第一议题”制度')).toEqual([]);
  });

  it('keeps the name as printed, without its head word', () => {
    const text = seed('shanwei-2024-work-plan.txt');
    const found = extractInitiatives(text, lineOf(text, '3.巩固提升“明珠一号 福彩增量”'));
    expect(found.map((i) => [i.name, i.mention])).toEqual([['明珠一号 福彩增量', '明珠一号 福彩增量']]);
    expect(text.slice(found[0]!.evidence.start, found[0]!.evidence.end)).toBe('明珠一号 福彩增量');
    expect(seedNames('shanwei-2024-work-plan.txt', '1.开展“绿美殡葬”系列行动')).toEqual([
      '绿美殡葬', '明珠一号 绿美公墓', '绿美公墓', '绿美祭扫', '绿美安葬',
    ]);
    expect(seedNames('shanwei-2024-work-plan.txt', '5.提升残疾人福利水平')).toEqual(['精康融合行动']);
  });

  it('reads quote chains, nested quotes and allow-listed names', () => {
    expect(seedNames('shanwei-2024-work-plan.txt', '加强党对社会组织的全面领导')).toEqual([
      '百社联百村—助力\'百千万工程\'', '百千万工程',
    ]);
    expect(seedNames('qinzhou-2022-work-plan.txt', '(十五)提升流浪乞讨人员救助管理水平')).toEqual(['夏季送清凉', '寒冬送温暖']);
    expect(seedNames('xiamen-2022-work-plan.txt', '8.加强儿童福利工作')).toEqual(['福蕾行动计划']);
    // 建设“智慧民政”一体化平台 is a platform, not a programme (held-out: “智慧民政”综合平台).
    expect(seedNames('xiamen-2024-director-article.txt', '在兜底保障方面')).toEqual([]);
    expect(seedNames('xiamen-2024-director-article.txt', '在养老服务方面')).toEqual(['近邻+养老']);
  });

  it('says no to slogans, rules, numbers and plain quoted phrases', () => {
    expect(names('坚定拥护“两个确立”、坚决做到“两个维护”,增强“四个意识”,巩固“两不愁三保障”成果')).toEqual([]);
    expect(names('落实“三会一课”、“一岗双责”,贯彻“1310”部署,组织“6.19”开放日活动')).toEqual([]);
    expect(names('实现“政策找人”,提升“互联网+”服务水平,“一老一小”服务')).toEqual([]);
    expect(names('组织开展“敬老月”活动;深入实施「银龄行动」;开展"阳光助学"项目')).toEqual([
      '敬老月', '银龄行动', '阳光助学',
    ]);
    expect(names('“阳光慈善”工程和“阳光慈善”品牌')).toEqual(['阳光慈善']);
    // A platform or a working model is a tool, not a programme.
    expect(names('依托“爱心厦门”平台,探索“互联网+网格化”工作模式,推行“A+B”运行模式')).toEqual([]);
  });

  it('reads quoted items of a list that 等 closes with a head word', () => {
    expect(names('组织开展“敬老月”“敬老文明号”“银龄安康行动”及老年友好型社区创建工作等活动')).toEqual([
      '敬老月', '敬老文明号', '银龄安康行动',
    ]);
    expect(names('落实“第一议题”、“三会一课”等制度,推行“不见面审批”等改革,“两个确立”等活动')).toEqual([]);
  });

  it('gives evidence that slices to the mention on every seed line, for all three', () => {
    for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      const text = seed(file);
      let start = 0;
      for (const line of text.split('\n')) {
        const span = { start, end: start + line.length };
        for (const i of extractIndicators(text, span)) {
          expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.text);
          expect(Number.isFinite(i.value)).toBe(true);
        }
        for (const d of extractDeadlines(text, span, 2024)) expect(text.slice(d.evidence.start, d.evidence.end)).toBe(d.text);
        for (const i of extractInitiatives(text, span)) expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.mention);
        start += line.length + 1;
      }
    }
  });
});
