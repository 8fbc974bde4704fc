import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalize.js';
import {
  canonicalPopulation,
  extractPopulations,
  populationAncestors,
  populationTaxonomy,
} from '../../src/extract/populations.js';
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
    expect(canonicalPopulation('退役军人')).toBeNull();
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

  it('reads 农村留守儿童 as one mention of 留守儿童', () => {
    expect(pops('深化农村留守儿童关爱服务。')).toEqual([['留守儿童', '农村留守儿童']]);
    expect(pops('提供特殊困难老年人探访关爱服务')).toEqual([['特殊困难老年人', '特殊困难老年人']]);
  });

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
    expect(found.map((p) => p.name)).toEqual(['孤儿', '困境儿童', '儿童', '流动儿童', '留守儿童']);
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
      ['留守儿童', '农村留守(困境)儿童'],
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
        }
        start += line.length + 1;
      }
    }
  });
});
