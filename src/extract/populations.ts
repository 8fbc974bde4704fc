// Populations served: every printed form of a taxonomy entry inside a task span.
//
// Rules:
// - leftmost-longest: at each position the longest alias wins, and the scan resumes
//   after it, so 特殊困难老年人 is one mention (not also 老年人) and 农村留守儿童 is
//   one mention of 留守儿童.
// - a mention immediately followed by a blocking suffix is an organisation or a
//   job title, not the group: 儿童福利机构, 儿童主任, 未成年人保护中心, 养老人才.
//   Anything else that follows is the group being served: 残疾人福利,
//   老年人能力评估, 儿童福利领域, 未成年人保护工作.
// - mentions inside 《…》 titles count: implementing a measure about 困难残疾人 serves them.
// - one mention per canonical name per task (the first).

import type { PopulationMention, Span } from './types.js';
import { evidenceAt } from './sentences.js';
import data from './data/populations.json' with { type: 'json' };

export interface PopulationDefinition {
  name: string;
  aliases: string[];
  /** SUBGROUP_OF: the broader groups this one belongs to. */
  parents: string[];
}

export const populationTaxonomy: readonly PopulationDefinition[] = data.populations;

/** Text right after a mention that turns it into an organisation or a role. */
const BLOCKING_SUFFIXES = [
  '福利机构', '福利院', '福利中心', '福利科', '福利处',
  '救助保护机构', '保护机构', '保护中心', '保护工作站', '保护站', '保护委员会',
  '主任', '督导员', '工作者', '联合会', '协会', '之家',
  '才', // 养老人才 is 养老 + 人才, not 老人
];

const BY_NAME = new Map(populationTaxonomy.map((p) => [p.name, p]));

/** Every printed form → canonical name, longest first so the first hit is the longest. */
const FORMS: [string, string][] = populationTaxonomy
  .flatMap((p) => [p.name, ...p.aliases].map((form): [string, string] => [form, p.name]))
  .sort((a, b) => b[0].length - a[0].length);

/** The canonical name for a printed form, or null when it is not in the taxonomy. */
export function canonicalPopulation(form: string): string | null {
  return FORMS.find(([f]) => f === form)?.[1] ?? null;
}

/** All broader groups of `name`, nearest first, each once (孤儿 → 困境儿童, 儿童, 未成年人). */
export function populationAncestors(name: string): string[] {
  const out: string[] = [];
  const queue = [...(BY_NAME.get(name)?.parents ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (out.includes(next)) continue;
    out.push(next);
    queue.push(...(BY_NAME.get(next)?.parents ?? []));
  }
  return out;
}

export function extractPopulations(text: string, span: Span): PopulationMention[] {
  const found: PopulationMention[] = [];
  const seen = new Set<string>();
  let i = span.start;
  while (i < span.end) {
    const hit = FORMS.find(([form]) => i + form.length <= span.end && text.startsWith(form, i));
    if (!hit) {
      i++;
      continue;
    }
    const [form, name] = hit;
    const end = i + form.length;
    const blocked = BLOCKING_SUFFIXES.some((s) => text.startsWith(s, end));
    if (!blocked && !seen.has(name)) {
      seen.add(name);
      found.push({ name, mention: form, evidence: evidenceAt(text, i, end) });
    }
    i = end;
  }
  return found;
}
