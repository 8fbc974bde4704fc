import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import { extractCitations } from '../../src/extract/regulations.js';
import type { RegulationCitation, Span } from '../../src/extract/types.js';

const seed = (file: string): string =>
  normalizeText(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'));

/** The span of the (first) normalized line containing `needle`. */
function lineSpan(text: string, needle: string): Span {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Citations of the line containing `needle`, as compact rows. */
function cite(text: string, needle: string) {
  const [cs] = extractCitations(text, [lineSpan(text, needle)]);
  return cs!.map(row);
}

const row = (c: RegulationCitation) => [c.title, c.name, c.mode, c.kind, c.jurisdiction, c.implements];

/** Evidence slices to the title as printed, its delimiters right outside, and its sentence holds it. */
function checkEvidence(text: string, c: RegulationCitation): void {
  const { start, end, sentence, sentenceStart } = c.evidence;
  expect(text.slice(start, end)).toBe(c.title);
  expect(['《》', '<>', '〈〉']).toContain(text[start - 1]! + text[end]!);
  expect(text.slice(sentenceStart, sentenceStart + sentence.length)).toBe(sentence);
  expect(sentenceStart).toBeLessThanOrEqual(start);
  expect(sentenceStart + sentence.length).toBeGreaterThanOrEqual(end);
}

describe('extractCitations on the seeds', () => {
  const xm = seed('xiamen-2022-work-plan.txt');
  const qz = seed('qinzhou-2022-work-plan.txt');
  const sw = seed('shanwei-2024-work-plan.txt');
  const fz = seed('fuzhou-party-building-report.txt');
  const xa = seed('xiamen-2024-director-article.txt');

  it('xiamen 2022: implementing municipal documents, two in one list', () => {
    expect(cite(xm, '督导各区贯彻《厦门市人民政府')).toEqual([
      ['厦门市人民政府关于完善困难残疾人生活补贴和重度残疾人护理补贴制度的实施意见', '厦门市人民政府关于完善困难残疾人生活补贴和重度残疾人护理补贴制度的实施意见', 'IMPLEMENTS', 'OPINION', 'MUNICIPAL', null],
      ['厦门市困难残疾人生活补贴和重度残疾人护理补贴发放管理办法', '厦门市困难残疾人生活补贴和重度残疾人护理补贴发放管理办法', 'IMPLEMENTS', 'RULE', 'MUNICIPAL', null],
    ]);
  });

  it('xiamen 2022: a nested title implements the national law it names', () => {
    expect(cite(xm, '7.推进未成年人保护工作')).toEqual([
      ['福建省实施<中华人民共和国未成年人保护法>办法', '福建省实施〈中华人民共和国未成年人保护法〉办法', 'IMPLEMENTS', 'RULE', 'PROVINCIAL', '中华人民共和国未成年人保护法'],
      ['中华人民共和国未成年人保护法', '中华人民共和国未成年人保护法', 'IMPLEMENTS', 'LAW', 'NATIONAL', null],
    ]);
  });

  it('xiamen 2022: 依据 / 按照 implement; 制订 after a title does not leak onto it', () => {
    expect(cite(xm, '依据《福建省机构成年孤儿安置工作实施意见》')).toEqual([
      ['福建省机构成年孤儿安置工作实施意见', '福建省机构成年孤儿安置工作实施意见', 'IMPLEMENTS', 'OPINION', 'PROVINCIAL', null],
    ]);
    expect(cite(xm, '按照《国家基本养老服务项目指导目录》')).toEqual([
      ['国家基本养老服务项目指导目录', '国家基本养老服务项目指导目录', 'IMPLEMENTS', 'OTHER', 'NATIONAL', null],
      ['国家基本公共服务标准', '国家基本公共服务标准', 'IMPLEMENTS', 'STANDARD', 'NATIONAL', null],
    ]);
    expect(cite(xm, '《养老机构服务安全基本规范》')).toEqual([
      // 按照省民政厅《…》: the verb reaches over the issuer; the standard itself is national (GB 38600).
      ['养老机构服务安全基本规范', '养老机构服务安全基本规范', 'IMPLEMENTS', 'STANDARD', 'NATIONAL', null],
    ]);
  });

  it('xiamen 2022: 落实 / 探索出台', () => {
    expect(cite(xm, '《厦门市社会组织综合监管工作规则》')).toEqual([
      ['厦门市社会组织综合监管工作规则', '厦门市社会组织综合监管工作规则', 'IMPLEMENTS', 'RULE', 'MUNICIPAL', null],
    ]);
    expect(cite(xm, '《厦门市城乡社区网格化服务管理办法》')).toEqual([
      ['厦门市城乡社区网格化服务管理办法', '厦门市城乡社区网格化服务管理办法', 'DRAFTS', 'RULE', 'MUNICIPAL', null],
    ]);
    expect(cite(xm, '《关于妥善处理以冒名顶替')).toEqual([
      ['关于妥善处理以冒名顶替或者弄虚作假的方式办理婚姻登记问题的指导意见', '关于妥善处理以冒名顶替或者弄虚作假的方式办理婚姻登记问题的指导意见', 'IMPLEMENTS', 'OPINION', 'NATIONAL', null],
    ]);
  });

  it('xiamen 2022: 新修订的 is not a revision; 推进《…》修订 is', () => {
    expect(cite(xm, '28.加强和规范地名管理')).toEqual([
      ['地名管理条例', '地名管理条例', 'IMPLEMENTS', 'REGULATION', 'NATIONAL', null],
      ['福建省地名管理办法', '福建省地名管理办法', 'IMPLEMENTS', 'RULE', 'PROVINCIAL', null],
      ['厦门市地名管理规定', '厦门市地名管理规定', 'REVISES', 'RULE', 'MUNICIPAL', null],
    ]);
    expect(cite(xm, '推动《厦门市地名管理规定》立法工作')).toEqual([
      ['厦门市地名管理规定', '厦门市地名管理规定', 'DRAFTS', 'RULE', 'MUNICIPAL', null],
    ]);
  });

  it('xiamen 2022: 《条例》 resolves to 《厦门经济特区志愿服务条例》, not the earlier 《地名管理条例》', () => {
    expect(cite(xm, '33.加强志愿服务行政管理')).toEqual([
      ['厦门经济特区志愿服务条例', '厦门经济特区志愿服务条例', 'IMPLEMENTS', 'REGULATION', 'MUNICIPAL', null],
      ['条例', '厦门经济特区志愿服务条例', 'IMPLEMENTS', 'REGULATION', 'MUNICIPAL', null],
    ]);
  });

  it('xiamen 2022: plans, including a title with a space and a verb after the title', () => {
    expect(cite(xm, '30.强化社会工作人才队伍建设')).toEqual([
      ['厦门市进一步发展社会工作 推进基层社会治理现代化的实施方案', '厦门市进一步发展社会工作 推进基层社会治理现代化的实施方案', 'IMPLEMENTS', 'PLAN', 'MUNICIPAL', null],
    ]);
    expect(cite(xm, '34.推动民政“十四五”规划全面实施')).toEqual([
      ['厦门市“十四五”民政事业发展专项规划', '厦门市“十四五”民政事业发展专项规划', 'IMPLEMENTS', 'PLAN', 'MUNICIPAL', null],
    ]);
  });

  it('qinzhou 2022: provincial regulation, a revised pair, a drafted opinion, 《慈善法》, 《地名管理条例》', () => {
    expect(cite(qz, '(十)提升养老服务质量')).toEqual([
      ['广西壮族自治区养老服务条例', '广西壮族自治区养老服务条例', 'IMPLEMENTS', 'REGULATION', 'PROVINCIAL', null],
    ]);
    expect(cite(qz, '二是修订《钦州市殡葬管理暂行办法》')).toEqual([
      ['钦州市殡葬管理暂行办法', '钦州市殡葬管理暂行办法', 'REVISES', 'RULE', 'MUNICIPAL', null],
      ['钦州市无人认领尸体处理暂行办法', '钦州市无人认领尸体处理暂行办法', 'REVISES', 'RULE', 'MUNICIPAL', null],
    ]);
    expect(cite(qz, '(十八)发展慈善事业')).toEqual([
      // no prefix: the issuer printed before the title (市人民政府出台) decides the jurisdiction.
      ['促进慈善事业健康发展的实施意见', '促进慈善事业健康发展的实施意见', 'DRAFTS', 'OPINION', 'MUNICIPAL', null],
      ['慈善法', '中华人民共和国慈善法', 'REFERENCES', 'LAW', 'NATIONAL', null],
    ]);
    expect(cite(qz, '(二十四)加强地名管理')).toEqual([
      ['地名管理条例', '地名管理条例', 'IMPLEMENTS', 'REGULATION', 'NATIONAL', null],
    ]);
  });

  it('shanwei 2024: party-group rules of a municipal bureau, a national opinion; a book is no citation', () => {
    expect(cite(sw, '制定《关于进一步加强市民政局党组理论学习中心组工作的意见》')).toEqual([
      ['关于进一步加强市民政局党组理论学习中心组工作的意见', '关于进一步加强市民政局党组理论学习中心组工作的意见', 'DRAFTS', 'OPINION', 'MUNICIPAL', null],
    ]);
    // 《深入学习习近平关于民政工作的重要论述》 is a book of speeches (study material), not a policy.
    expect(cite(sw, '修订《中共汕尾市民政局党组')).toEqual([
      ['中共汕尾市民政局党组关于落实“第一议题”学习制度', '中共汕尾市民政局党组关于落实“第一议题”学习制度', 'REVISES', 'RULE', 'MUNICIPAL', null],
      ['中共汕尾市民政局党组政治要件台账工作指引', '中共汕尾市民政局党组政治要件台账工作指引', 'DRAFTS', 'GUIDELINE', 'MUNICIPAL', null],
    ]);
    expect(cite(sw, '落实《关于加强困境儿童心理健康关爱服务工作的指导意见》')).toEqual([
      ['关于加强困境儿童心理健康关爱服务工作的指导意见', '关于加强困境儿童心理健康关爱服务工作的指导意见', 'IMPLEMENTS', 'OPINION', 'NATIONAL', null],
    ]);
  });

  it('fuzhou: two titles after one 落实; a lecture and a news item are OTHER', () => {
    expect(cite(fz, '全面落实《党委(党组)落实全面从严治党主体责任规定》')).toEqual([
      ['党委(党组)落实全面从严治党主体责任规定', '党委(党组)落实全面从严治党主体责任规定', 'IMPLEMENTS', 'RULE', 'NATIONAL', null],
      ['关于落实全面从严治党主体责任清单', '关于落实全面从严治党主体责任清单', 'IMPLEMENTS', 'OTHER', null, null],
    ]);
    expect(cite(fz, '以《感悟思想伟力')).toEqual([
      ['感悟思想伟力,凝聚奋进力量,在新起点上推动民政事业高质量发展', '感悟思想伟力,凝聚奋进力量,在新起点上推动民政事业高质量发展', 'REFERENCES', 'OTHER', null, null],
    ]);
    expect(cite(fz, '组织学习《多名')).toEqual([
      ['多名“90后”干部接受审查调查通报引发关注', '多名“90后”干部接受审查调查通报引发关注', 'REFERENCES', 'OTHER', null, null],
    ]);
  });

  it('xiamen 2024 article: the book it studies is no citation; 研读 references, 学习贯彻 implements, 牵头制定 drafts', () => {
    expect(cite(xa, '通过研读《')).toEqual([]);
    expect(cite(xa, '学习贯彻《深入学习')).toEqual([]);
    const text = normalizeText('通过研读《社会救助暂行办法》,学习贯彻《志愿服务条例》,学习《习近平谈治国理政》选编和《重要讲话文选》');
    const [cs] = extractCitations(text, [{ start: 0, end: text.length }]);
    expect(cs!.map((c) => [c.name, c.mode])).toEqual([
      ['社会救助暂行办法', 'REFERENCES'],
      ['志愿服务条例', 'IMPLEMENTS'],
      ['习近平谈治国理政', 'REFERENCES'], // the title alone does not say it is a book
    ]);
    expect(cite(xa, '牵头制定《')).toEqual([
      ['厦门市流浪乞讨人员救助管理街面巡查制度', '厦门市流浪乞讨人员救助管理街面巡查制度', 'DRAFTS', 'RULE', 'MUNICIPAL', null],
    ]);
  });

  it('returns only titles inside the spans; the cover letter is learned but not returned', () => {
    const tasks = [lineSpan(xm, '16.加强社会组织有效监管'), { start: 0, end: 0 }];
    const [first, empty] = extractCitations(xm, tasks);
    expect(first!.map((c) => c.title)).toEqual(['厦门市社会组织综合监管工作规则']);
    expect(empty).toEqual([]);
    const all = extractCitations(xm, [lineSpan(xm, '33.加强志愿服务行政管理')]).flat();
    expect(all.map((c) => c.title)).not.toContain('2022年全市民政工作要点');
  });

  it('every evidence slice of every seed citation matches', () => {
    let n = 0;
    for (const text of [xm, qz, sw, fz, xa]) {
      const spans: Span[] = [];
      let at = 0;
      for (const line of text.split('\n')) {
        spans.push({ start: at, end: at + line.length });
        at += line.length + 1;
      }
      for (const c of extractCitations(text, spans).flat()) {
        checkEvidence(text, c);
        n++;
      }
    }
    // 38 《…》 in the seeds + the nested <中华人民共和国未成年人保护法>, less the three of the book 《深入学习…重要论述》
    expect(n).toBe(36);
  });
});

describe('extractCitations on constructed text', () => {
  const run = (raw: string) => {
    const text = normalizeText(raw);
    const cs = extractCitations(text, [{ start: 0, end: text.length }])[0]!;
    for (const c of cs) checkEvidence(text, c);
    return cs.map(row);
  };

  it('a list shares its verb: 制定《A》《B》和《C》', () => {
    expect(run('研究制定《厦门市A办法》《厦门市B细则》和《厦门市C规划》。').map((r) => r.slice(0, 3))).toEqual([
      ['厦门市A办法', '厦门市A办法', 'DRAFTS'],
      ['厦门市B细则', '厦门市B细则', 'DRAFTS'],
      ['厦门市C规划', '厦门市C规划', 'DRAFTS'],
    ]);
  });

  it('short names of national laws and State Council regulations', () => {
    expect(run('宣传贯彻《民法典》《老年人权益保障法》,执行《社会救助暂行办法》《社会团体登记管理条例》。')).toEqual([
      ['民法典', '中华人民共和国民法典', 'IMPLEMENTS', 'LAW', 'NATIONAL', null],
      ['老年人权益保障法', '中华人民共和国老年人权益保障法', 'IMPLEMENTS', 'LAW', 'NATIONAL', null],
      ['社会救助暂行办法', '社会救助暂行办法', 'IMPLEMENTS', 'RULE', 'NATIONAL', null],
      ['社会团体登记管理条例', '社会团体登记管理条例', 'IMPLEMENTS', 'REGULATION', 'NATIONAL', null],
    ]);
    expect(run('开展《中华人民共和国反家庭暴力法》普法。')).toEqual([
      ['中华人民共和国反家庭暴力法', '中华人民共和国反家庭暴力法', 'REFERENCES', 'LAW', 'NATIONAL', null],
    ]);
  });

  it('full-width punctuation and the other nesting forms, through normalizeText', () => {
    const fullWidth = '　１．贯彻落实《广东省实施＜中华人民共和国慈善法＞办法》；制定《汕尾市实施〈慈善法〉细则（试行）》。';
    expect(run(fullWidth)).toEqual([
      ['广东省实施<中华人民共和国慈善法>办法', '广东省实施〈中华人民共和国慈善法〉办法', 'IMPLEMENTS', 'RULE', 'PROVINCIAL', '中华人民共和国慈善法'],
      ['中华人民共和国慈善法', '中华人民共和国慈善法', 'IMPLEMENTS', 'LAW', 'NATIONAL', null],
      ['汕尾市实施〈慈善法〉细则(试行)', '汕尾市实施〈慈善法〉细则(试行)', 'DRAFTS', 'RULE', 'MUNICIPAL', '中华人民共和国慈善法'],
      // drafting the local measure is not drafting the law
      ['慈善法', '中华人民共和国慈善法', 'REFERENCES', 'LAW', 'NATIONAL', null],
    ]);
    expect(run('落实《福建省实施《中华人民共和国老年人权益保障法》办法》。')[0]).toEqual([
      '福建省实施《中华人民共和国老年人权益保障法》办法', '福建省实施〈中华人民共和国老年人权益保障法〉办法', 'IMPLEMENTS', 'RULE', 'PROVINCIAL', '中华人民共和国老年人权益保障法',
    ]);
  });

  it('back-references take the most recent earlier full title with that ending, from anywhere in the text', () => {
    const text = normalizeText('现将《2022年全市民政工作要点》印发给你们。\n1.落实《福建省养老服务条例》和《厦门市养老服务办法》。\n2.按照《条例》和《办法》要求,对照《要点》,修订《规划》。');
    const [cs] = extractCitations(text, [lineSpan(text, '2.按照')]);
    expect(cs!.map(row)).toEqual([
      ['条例', '福建省养老服务条例', 'IMPLEMENTS', 'REGULATION', 'PROVINCIAL', null],
      ['办法', '厦门市养老服务办法', 'IMPLEMENTS', 'RULE', 'MUNICIPAL', null],
      ['要点', '2022年全市民政工作要点', 'IMPLEMENTS', 'PLAN', 'MUNICIPAL', null],
      // nothing to resolve to: stays as printed
      ['规划', '规划', 'REVISES', 'PLAN', null, null],
    ]);
  });

  it('verbs: 完善 only when it governs the title, participles describe, clauses stop the look-back', () => {
    expect(run('完善《厦门市救助管理办法》。')[0]![2]).toBe('REVISES');
    expect(run('完善制度建设,学习《厦门市救助管理办法》。')[0]![2]).toBe('REFERENCES');
    expect(run('认真落实省政府印发的《关于加强养老服务的意见》。')[0]!.slice(2, 5)).toEqual(['IMPLEMENTS', 'OPINION', 'PROVINCIAL']);
    expect(run('根据《民政部关于X的通知》精神。')[0]!.slice(2, 5)).toEqual(['IMPLEMENTS', 'OPINION', 'NATIONAL']);
    expect(run('起草《钦州市Y方案》。')[0]!.slice(2, 5)).toEqual(['DRAFTS', 'PLAN', 'MUNICIPAL']);
    expect(run('落实这个要求以后还要在很长很长的一段时间里持续不断地组织学员研读《某某指南》。')[0]!.slice(2, 4)).toEqual(['REFERENCES', 'GUIDELINE']);
  });

  it('kinds and jurisdictions from the name', () => {
    const kinds = run('《北京市A决定》《全国B纲要》《西藏自治区C导则》《市D通知》《市场E规范》《F条例》《中共中央G规定》《福建省民政厅党组H制度》');
    expect(kinds.map((r) => r.slice(3, 5))).toEqual([
      ['OPINION', 'PROVINCIAL'],
      ['PLAN', 'NATIONAL'],
      ['GUIDELINE', 'PROVINCIAL'],
      ['OPINION', 'MUNICIPAL'],
      ['STANDARD', null],
      ['REGULATION', null],
      ['RULE', 'NATIONAL'],
      ['RULE', 'PROVINCIAL'],
    ]);
  });

  it('cities whose name ends in 城 or 都 are cities; 智慧城市 is not', () => {
    const js = run('《宣城市社会组织评估管理办法》《成都市养老服务条例》《智慧城市建设指南》《重大行政决策程序暂行条例》');
    expect(js.map((r) => r[4])).toEqual(['MUNICIPAL', 'MUNICIPAL', null, 'NATIONAL']);
  });

  it('an unclosed 《 is skipped, the titles after it still count', () => {
    expect(run('落实《未闭合的标题,贯彻《地名管理条例》。').map((r) => r[0])).toEqual(['地名管理条例']);
  });
});
