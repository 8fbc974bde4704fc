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
// - a bracketed alternative names two groups: 留守(困境)儿童 is 留守儿童 and 困境儿童,
//   both with the whole phrase as their mention.

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

/** Forms by their first character (each list longest first): the scan tries only these. */
const BY_FIRST = new Map<string, [string, string][]>();
for (const f of FORMS) BY_FIRST.set(f[0][0]!, [...(BY_FIRST.get(f[0][0]!) ?? []), f]);

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

/** A(B)C where both AC and BC are forms (C cut to the longest prefix that makes both), or null. */
const ALTERNATIVE = /^([\u4e00-\u9fff]{1,6})\(([\u4e00-\u9fff]{1,6})\)([\u4e00-\u9fff]{1,6})/;
function alternatives(text: string, at: number, end: number): { names: string[]; end: number } | null {
  const m = ALTERNATIVE.exec(text.slice(at, Math.min(end, at + 24)));
  if (!m) return null;
  const [whole, a = '', b = '', c = ''] = m;
  for (let k = c.length; k > 0; k--) {
    const x = canonicalPopulation(a + c.slice(0, k));
    const y = canonicalPopulation(b + c.slice(0, k));
    if (x && y) return { names: [x, y], end: at + whole.length - c.length + k };
  }
  return null;
}

export function extractPopulations(text: string, span: Span): PopulationMention[] {
  const found: PopulationMention[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number, end: number) => {
    if (seen.has(name) || BLOCKING_SUFFIXES.some((s) => text.startsWith(s, end))) return;
    seen.add(name);
    found.push({ name, mention: text.slice(start, end), evidence: evidenceAt(text, start, end) });
  };
  const nextParen = (from: number) => {
    const k = text.slice(from, span.end).indexOf('(');
    return k === -1 ? span.end : from + k;
  };
  let i = span.start;
  let paren = nextParen(i);
  while (i < span.end) {
    if (paren < i) paren = nextParen(i);
    // An alternative needs its "(" within the next 6 characters; most positions have none.
    const alt = paren - i >= 1 && paren - i <= 6 ? alternatives(text, i, span.end) : null;
    if (alt) {
      for (const name of alt.names) add(name, i, alt.end);
      i = alt.end;
      continue;
    }
    const hit = BY_FIRST.get(text[i]!)?.find(([form]) => i + form.length <= span.end && text.startsWith(form, i));
    if (!hit) {
      i++;
      continue;
    }
    const [form, name] = hit;
    add(name, i, i + form.length);
    i += form.length;
  }
  return found;
}
