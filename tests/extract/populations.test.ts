import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import {
  canonicalPopulation,
  extractPopulations,
  isKnownPopulation,
  populationAncestors,
  populationParents,
  populationTaxonomy,
} from '../../src/extract/populations.js';
import data from '../../src/extract/data/populations.json' with { type: 'json' };
import type { Span } from '../../src/extract/types.js';

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

/** Populations of a synthetic snippet, as [name, mention] pairs. */
function pops(raw: string): [string, string][] {
  const text = normalizeText(raw);
  return extractPopulations(text, { start: 0, end: text.length }).map((p) => [p.name, p.mention]);
}

describe('population taxonomy', () => {
  it('has unique names and forms, known parents and no cycles', () => {
    const names = populationTaxonomy.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    const forms = populationTaxonomy.flatMap((p) => [p.name, ...p.aliases]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const p of populationTaxonomy) {
      for (const parent of p.parents) expect(names, `${p.name} → ${parent}`).toContain(parent);
      expect(populationAncestors(p.name), p.name).not.toContain(p.name);
    }
  });

  it('holds the groups civil affairs serves', () => {
    for (const name of [
      '困难群众', '低收入人口', '特困人员', '低保对象', '低保边缘家庭', '支出型贫困家庭', '残疾人', '重度残疾人',
      '困难残疾人', '老年人', '特殊困难老年人', '失能老年人', '高龄老年人', '空巢老年人', '独居老年人', '孤儿',
      '事实无人抚养儿童', '困境儿童', '留守儿童', '流动儿童', '儿童', '未成年人', '流浪乞讨人员', '精神障碍患者',
      '戒毒人员', '受灾群众', '临时遇困人员',
    ]) {
      expect(canonicalPopulation(name), name).toBe(name);
    }
    expect(canonicalPopulation('特困供养人员')).toBe('特困人员');
    expect(canonicalPopulation('最低生活保障对象')).toBe('低保对象');
    expect(canonicalPopulation('低保户')).toBe('低保对象');
    expect(canonicalPopulation('支出型困难家庭')).toBe('支出型贫困家庭');
    expect(canonicalPopulation('老人')).toBe('老年人');
    expect(canonicalPopulation('生活无着的流浪乞讨人员')).toBe('流浪乞讨人员');
    expect(canonicalPopulation('社区戒毒社区康复人员')).toBe('戒毒人员');
    expect(canonicalPopulation('社会工作者')).toBeNull();
    // Head nouns of the genre that are groups on their own.
    for (const name of ['妇女', '青少年', '农民工', '退役军人']) expect(canonicalPopulation(name), name).toBe(name);
  });

  it('keeps modifier words and generic heads out of the groups: neither is a group on its own', () => {
    const modifiers = Object.entries(data.modifiers).flatMap(([kind, words]) => (kind === 'comment' ? [] : (words as string[])));
    expect(modifiers).toContain('散居');
    for (const word of [...modifiers, ...data.heads.words]) expect(canonicalPopulation(word), word).toBeNull();
    // A modifier word is no printed form of a known group either (it would end a compound early).
    const forms = new Set(populationTaxonomy.flatMap((p) => [p.name, ...p.aliases]));
    for (const word of modifiers) expect(forms.has(word), word).toBe(false);
    // 农村留守儿童 is a compound now, not an alias.
    expect(forms.has('农村留守儿童')).toBe(false);
  });

  it('walks SUBGROUP_OF up to the root, nearest first', () => {
    expect(populationAncestors('孤儿')).toEqual(['困境儿童', '儿童', '未成年人']);
    expect(populationAncestors('事实无人抚养儿童')).toEqual(['困境儿童', '儿童', '未成年人']);
    expect(populationAncestors('留守儿童')).toEqual(['儿童', '未成年人']);
    expect(populationAncestors('特困人员')).toEqual(['低收入人口', '困难群众']);
    expect(populationAncestors('低保对象')).toEqual(['低收入人口', '困难群众']);
    expect(populationAncestors('支出型贫困家庭')).toEqual(['低收入人口', '困难群众']);
    expect(populationAncestors('特殊困难老年人')).toEqual(['老年人']);
    expect(populationAncestors('失能老年人')).toEqual(['老年人']);
    expect(populationAncestors('重度残疾人')).toEqual(['残疾人']);
    expect(populationAncestors('困难残疾人')).toEqual(['残疾人', '困难群众']);
    expect(populationAncestors('未成年人')).toEqual([]);
    expect(populationAncestors('不存在')).toEqual([]);
  });
});

describe('compound populations: (modifiers)(head)', () => {
  it('names a compound as printed with its head\'s alias normalised', () => {
    expect(canonicalPopulation('散居孤儿')).toBe('散居孤儿');
    expect(canonicalPopulation('城市低保对象')).toBe('城市低保对象');
    expect(canonicalPopulation('城市最低生活保障对象')).toBe('城市低保对象');
    expect(canonicalPopulation('农村空巢老人')).toBe('农村空巢老年人');
    expect(canonicalPopulation('城乡特困供养人员')).toBe('城乡特困人员');
    // A generic head keeps the compound as printed.
    expect(canonicalPopulation('持有居住证人员')).toBe('持有居住证人员');
    // A printed known form is that group, also when read as modifier + head (城镇 + 困难群众).
    expect(canonicalPopulation('城镇困难群众')).toBe('城镇困难群众');
    expect(canonicalPopulation('城镇困难群体')).toBe('城镇困难群众');
    expect(canonicalPopulation('失能半失能老年人')).toBe('失能老年人');
    expect(isKnownPopulation('城镇困难群众')).toBe(true);
    expect(isKnownPopulation('散居孤儿')).toBe(false);
  });

  it('is no group without a head, or with a word that is not a modifier', () => {
    for (const form of ['困难', '城乡低保', '低保', '全市困难群众', '为老年人', '关爱农村留守儿童', '散居孤儿们的', '困难的群众']) {
      expect(canonicalPopulation(form), form).toBeNull();
    }
  });

  it('makes a group of a generic head only with a 状态 or 身份 modifier', () => {
    expect(canonicalPopulation('流浪人员')).toBe('流浪人员');
    expect(canonicalPopulation('困难学生')).toBe('困难学生');
    for (const form of ['人员', '对象', '家庭', '群众', '农村人口', '城市家庭', '机构人员', '集中供养对象', '执法人员', '学生']) {
      expect(canonicalPopulation(form), form).toBeNull();
    }
  });

  it('puts a compound under the same phrase without its first modifier', () => {
    expect(populationParents('散居孤儿')).toEqual(['孤儿']);
    expect(populationParents('机构孤儿')).toEqual(['孤儿']);
    expect(populationParents('城市低保对象')).toEqual(['低保对象']);
    expect(populationParents('农村留守儿童')).toEqual(['留守儿童']);
    expect(populationParents('城乡特困人员')).toEqual(['特困人员']);
    expect(populationParents('困难重度残疾人')).toEqual(['重度残疾人']);
    expect(populationParents('街面流浪乞讨人员')).toEqual(['流浪乞讨人员']);
    // Stacked modifiers give a chain of compounds down to the known head.
    expect(populationParents('机构成年孤儿')).toEqual(['成年孤儿']);
    expect(populationParents('成年孤儿')).toEqual(['孤儿']);
    expect(populationAncestors('机构成年孤儿')).toEqual(['成年孤儿', '孤儿', '困境儿童', '儿童', '未成年人']);
    expect(populationAncestors('散居孤儿')).toEqual(['孤儿', '困境儿童', '儿童', '未成年人']);
    // A generic head: the longest known group the phrase ends with, else none.
    expect(populationParents('经济困难家庭')).toEqual(['困难群众']);
    expect(populationParents('持有居住证人员')).toEqual([]);
    expect(populationParents('高龄独居人员')).toEqual(['独居人员']);
    expect(populationParents('独居人员')).toEqual([]);
    // Known groups keep the taxonomy's parents.
    expect(populationParents('城镇困难群众')).toEqual(['困难群众']);
    expect(populationParents('孤儿')).toEqual(['困境儿童']);
  });
});

describe('extractPopulations', () => {
  it('takes the longest form: 特殊困难老年人 is not also 老年人 (汕尾 养老 task)', () => {
    const text = seed('shanwei-2024-work-plan.txt');
    const span = lineOf(text, '机构改革后,老龄工作职责');
    const found = extractPopulations(text, span);
    expect(found.map((p) => [p.name, p.mention])).toEqual([['特殊困难老年人', '特殊困难老年人']]);
    const [p] = found;
    expect(text.slice(p!.evidence.start, p!.evidence.end)).toBe('特殊困难老年人');
    expect(p!.evidence.sentence).toContain('特殊困难老年人家庭适老化改造1780户');
  });

  it('reads 农村留守儿童 as one mention of its own group (not also 留守儿童)', () => {
    expect(pops('深化农村留守儿童关爱服务。')).toEqual([['农村留守儿童', '农村留守儿童']]);
    expect(pops('提供特殊困难老年人探访关爱服务')).toEqual([['特殊困难老年人', '特殊困难老年人']]);
    expect(pops('加强流动儿童和留守儿童关爱服务,深化落实农村留守儿童关爱')).toEqual([
      ['流动儿童', '流动儿童'],
      ['留守儿童', '留守儿童'],
      ['农村留守儿童', '农村留守儿童'],
    ]);
  });

  it('reads a region modifier before a known group (钦州 三(五), 三(七))', () => {
    const text = seed('qinzhou-2022-work-plan.txt');
    const five = extractPopulations(text, lineOf(text, '(五)加快构建分层分类社会救助格局'));
    expect(five.map((p) => [p.name, p.mention])).toEqual([
      ['特困人员', '特困人员'],
      ['城乡特困人员', '城乡特困人员'],
      ['低收入人口', '低收入家庭'],
      ['困难群众', '困难群众'],
      ['持有居住证人员', '持有居住证人员'],
    ]);
    const seven = extractPopulations(text, lineOf(text, '(七)提升社会救助经办能力'));
    expect(seven.map((p) => [p.name, p.mention, p.parents])).toEqual([
      ['城市低保对象', '城市低保对象', ['低保对象']],
      ['困难群众', '困难群众', []],
    ]);
    // 城乡低保标准, 城市低保分类分档救助: a modifier before no head is nothing.
    expect(pops('合理确定城乡低保标准,实施城市低保分类分档救助')).toEqual([]);
  });

  it('reads 供养方式 modifiers: 机构孤儿, 散居孤儿, 社会散居孤儿 (not the verb phrase 分散供养)', () => {
    const text = seed('qinzhou-2022-work-plan.txt');
    const found = extractPopulations(text, lineOf(text, '(十一)提升儿童福利保障水平'));
    expect(found.map((p) => [p.name, p.parents])).toEqual([
      ['儿童', ['未成年人']],
      ['孤儿', ['困境儿童']],
      ['事实无人抚养儿童', ['困境儿童']],
      ['机构孤儿', ['孤儿']],
      ['散居孤儿', ['孤儿']],
    ]);
    expect(pops('社会散居孤儿基本生活费提高')).toEqual([['社会散居孤儿', '社会散居孤儿']]);
    // 分散供养 says how the group is supported, not who it is.
    expect(pops('建立分散供养特困人员定期探访制度')).toEqual([['特困人员', '特困人员']]);
    // 养老机构 is one modifier: the residents of care homes, not 机构老年人.
    expect(pops('为养老机构老年人购买意外伤害保险')).toEqual([['养老机构老年人', '养老机构老年人']]);
    // 供养方式 alone does not make a group of a generic head: 集中供养能力, 机构人员.
    expect(pops('集中供养能力达到需求,培训机构人员')).toEqual([]);
  });

  it('stacks 状态 modifiers: 困难重度残疾人, 街面流浪乞讨人员; 集中供养成年孤儿 is 成年孤儿', () => {
    expect(pops('对困难重度残疾人集中照护试点')).toEqual([['困难重度残疾人', '困难重度残疾人']]);
    expect(pops('沟通探讨街面流浪乞讨人员救助管理工作')).toEqual([['街面流浪乞讨人员', '街面流浪乞讨人员']]);
    const text = seed('shanwei-2024-work-plan.txt');
    const found = extractPopulations(text, lineOf(text, '加快推动区域性儿童福利机构建设'));
    const adult = found.find((p) => p.name === '成年孤儿')!;
    expect(adult.mention).toBe('成年孤儿');
    expect(adult.parents).toEqual(['孤儿']);
    expect(text.slice(adult.evidence.start - 4, adult.evidence.end)).toBe('集中供养成年孤儿');
  });

  it('normalises the head\'s alias in the name and keeps the printed mention', () => {
    const text = normalizeText('保障城市最低生活保障对象和农村空巢老人基本生活');
    const found = extractPopulations(text, { start: 0, end: text.length });
    expect(found.map((p) => [p.name, p.mention, p.parents])).toEqual([
      ['城市低保对象', '城市最低生活保障对象', ['低保对象']],
      ['农村空巢老年人', '农村空巢老人', ['空巢老年人']],
    ]);
    for (const p of found) expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.mention);
    // One mention per canonical name: the second printed form of 城市低保对象 adds nothing.
    expect(pops('城市最低生活保障对象、城市低保对象')).toEqual([['城市低保对象', '城市最低生活保障对象']]);
  });

  it('leaves words that are not modifiers out of the group, with exact offsets', () => {
    for (const [raw, name] of [
      ['全市困难群众', '困难群众'],
      ['为老年人提供服务', '老年人'],
      ['关爱农村留守儿童', '农村留守儿童'],
      ['钦州市孤儿', '孤儿'],
      ['突发困境未成年人', '困境儿童'],
    ] as const) {
      const text = normalizeText(raw);
      const [p, ...rest] = extractPopulations(text, { start: 0, end: text.length });
      expect(rest, raw).toEqual([]);
      expect(p!.name, raw).toBe(name);
      expect(text.slice(p!.evidence.start, p!.evidence.end), raw).toBe(p!.mention);
    }
    // The mention starts where the modifiers start, not at the verb or determiner before them.
    expect(pops('全市困难群众')).toEqual([['困难群众', '困难群众']]);
    expect(pops('为老年人提供服务')).toEqual([['老年人', '老年人']]);
    expect(pops('关爱农村留守儿童')).toEqual([['农村留守儿童', '农村留守儿童']]);
  });

  it('stops a compound at 的 and 、: a coordination is read as printed', () => {
    expect(pops('为经济困难的失能老年人提供居家上门服务')).toEqual([['失能老年人', '失能老年人']]);
    expect(pops('以失能、孤寡老年人为重点')).toEqual([['孤寡老年人', '孤寡老年人']]);
    expect(pops('严重困难的家庭')).toEqual([]);
  });

  it('reads 身份 modifiers before a generic head, and no generic head alone', () => {
    expect(pops('推进持有居住证人员在居住地申办低保')).toEqual([['持有居住证人员', '持有居住证人员']]);
    expect(pops('对强制隔离戒毒人员提供心理辅导')).toEqual([['强制隔离戒毒人员', '强制隔离戒毒人员']]);
    expect(pops('做好流动人口服务')).toEqual([['流动人口', '流动人口']]);
    expect(pops('统计人员、执法人员、工作人员、救助对象、农村人口、城乡家庭和人民群众')).toEqual([]);
  });

  it('does not make groups of the workforce or of organisations built on a group', () => {
    expect(pops('培养社会工作者、养老人才、民政干部和志愿者,支持社会组织')).toEqual([]);
    expect(pops('建设农村留守儿童之家,配合退役军人事务局')).toEqual([]);
    expect(pops('加强农村留守儿童关爱,配合退役军人事务部门服务退役军人')).toEqual([
      ['农村留守儿童', '农村留守儿童'],
      ['退役军人', '退役军人'],
    ]);
  });

  it('stays linear on a line of repeated group words', () => {
    expect(pops('困难'.repeat(100_000) + '群众')).toEqual([['困难群众', '困难群众']]);
    expect(pops('城市困难'.repeat(50_000) + '群众')).toEqual([['城市困难群众', '城市困难群众']]);
    expect(pops('城市困难高龄失能独居'.repeat(20_000))).toEqual([]);
    expect(pops('农村留守儿童'.repeat(50_000))).toEqual([['农村留守儿童', '农村留守儿童']]);
    expect(pops('(散居孤儿)'.repeat(50_000))).toEqual([['散居孤儿', '散居孤儿']]);
  }, 5_000);

  it('does not read organisations and job titles as the group', () => {
    expect(pops('推动儿童福利机构优化提质,加强儿童福利院建设')).toEqual([]);
    expect(pops('加强镇街儿童督导员、村居儿童主任能力建设')).toEqual([]);
    expect(pops('推动成立钦州市未成年人保护中心,设立未成年人保护工作站')).toEqual([]);
    expect(pops('落实养老服务人才奖励,组织养老护理员、社会工作者、志愿者培训')).toEqual([]);
    expect(pops('支持社会组织、慈善组织和养老机构发展')).toEqual([]);
  });

  it('does read the group where the work serves it', () => {
    expect(pops('5.提升残疾人福利水平')).toEqual([['残疾人', '残疾人']]);
    expect(pops('开展老年人能力评估')).toEqual([['老年人', '老年人']]);
    expect(pops('完善儿童福利领域政策措施,推进未成年人保护工作')).toEqual([
      ['儿童', '儿童'],
      ['未成年人', '未成年人'],
    ]);
  });

  it('reads the 汕尾 儿童福利 task: 儿童福利机构 and 儿童主任 give no 儿童 of their own', () => {
    const text = seed('shanwei-2024-work-plan.txt');
    const found = extractPopulations(text, lineOf(text, '加快推动区域性儿童福利机构建设'));
    expect(found.map((p) => p.name)).toEqual(['孤儿', '成年孤儿', '困境儿童', '儿童', '流动儿童', '留守儿童', '农村留守儿童']);
    // 儿童福利机构 (twice) and 儿童福利院 come first; the 儿童 kept is the one in 儿童福利领域.
    const child = found.find((p) => p.name === '儿童')!;
    expect(text.slice(child.evidence.start, child.evidence.start + 6)).toBe('儿童福利领域');
  });

  it('maps aliases, full-width text and dedupes per task by canonical name (厦门 task 1)', () => {
    const text = seed('xiamen-2022-work-plan.txt');
    const found = extractPopulations(text, lineOf(text, '1.完善分层分类社会救助体系'));
    expect(found.map((p) => [p.name, p.mention])).toEqual([
      ['低收入人口', '低收入人口'],
      ['困难群众', '困难群众'],
      ['特困人员', '特困人员'],
      ['低保对象', '低保对象'],
      ['低保边缘家庭', '低保边缘家庭'],
      ['支出型贫困家庭', '支出型贫困家庭'],
    ]);
    expect(pops('(一)做好特困供养人员、最低生活保障对象和支出型困难家庭救助;特困人员')).toEqual([
      ['特困人员', '特困供养人员'],
      ['低保对象', '最低生活保障对象'],
      ['支出型贫困家庭', '支出型困难家庭'],
    ]);
    expect(pops('（一）关爱孤儿、事实无人抚养儿童')).toEqual([
      ['孤儿', '孤儿'],
      ['事实无人抚养儿童', '事实无人抚养儿童'],
    ]);
  });

  it('counts groups named in a cited title (厦门 task 5)', () => {
    const text = seed('xiamen-2022-work-plan.txt');
    const found = extractPopulations(text, lineOf(text, '5.做好残疾人两项补贴工作'));
    expect(found.map((p) => p.name)).toEqual(['残疾人', '困难残疾人', '重度残疾人']);
  });

  it('reads a bracketed alternative as both groups, and 脱贫户 as 脱贫人口', () => {
    expect(pops('提升留守(困境)儿童关爱服务水平')).toEqual([
      ['留守儿童', '留守(困境)儿童'],
      ['困境儿童', '留守(困境)儿童'],
    ]);
    expect(pops('农村留守(困境)儿童')).toEqual([
      ['农村留守儿童', '农村留守(困境)儿童'],
      ['困境儿童', '农村留守(困境)儿童'],
    ]);
    // Not an alternative: the bracket spells out the group before it, or names no group.
    expect(pops('低收入家庭(低保边缘家庭)、养老机构(含敬老院)老年人')).toEqual([
      ['低收入人口', '低收入家庭'],
      ['低保边缘家庭', '低保边缘家庭'],
      ['老年人', '老年人'],
    ]);
    expect(pops('将监测对象由脱贫户、监测户拓展至低保边缘家庭')).toEqual([
      ['脱贫人口', '脱贫户'],
      ['防止返贫监测对象', '监测户'],
      ['低保边缘家庭', '低保边缘家庭'],
    ]);
  });

  it('stays inside the span', () => {
    const text = normalizeText('老年人和儿童');
    expect(extractPopulations(text, { start: 1, end: 6 }).map((p) => p.name)).toEqual(['儿童']);
  });

  it('gives evidence that slices to the mention on every seed line', () => {
    for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt'))) {
      const text = seed(file);
      let start = 0;
      for (const line of text.split('\n')) {
        for (const p of extractPopulations(text, { start, end: start + line.length })) {
          expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.mention);
          // A bracketed alternative (留守(困境)儿童) is the mention of both groups it names.
          const alt = /^(.*)\((.*)\)(.*)$/.exec(p.mention);
          const forms = alt ? [alt[1]! + alt[3]!, alt[2]! + alt[3]!] : [p.mention];
          expect(forms.map(canonicalPopulation)).toContain(p.name);
          // A canonical name reads back as itself, with the same parents (the graph builds the chain from names).
          expect(canonicalPopulation(p.name), p.name).toBe(p.name);
          expect(populationParents(p.name), p.name).toEqual(p.parents);
        }
        start += line.length + 1;
      }
    }
  });
});
