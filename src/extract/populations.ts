// Populations served: groups of people named inside a task span, read by their grammar.
//
// A group is (modifiers)(head): zero to four modifier words of the genre printed right
// before a head, with nothing (no 的, no 、) between them. The data tables hold only what
// grammar cannot know (data/populations.json): the taxonomy of known groups with their
// aliases, the generic head nouns, and the modifier words by kind.
// - head: a known group in any printed form (孤儿, 低保对象, 最低生活保障对象, 老人), a
//   group on its own; or a generic head noun (对象, 人员, 人口, 家庭, 群众, 群体, 学生),
//   a group only when a 状态 or 身份 modifier narrows it (持有居住证人员; 人员 and
//   机构人员 are not groups).
// - modifiers: 区域 城市/农村/城乡/城镇, 供养方式 散居/社会散居/机构/养老机构 (the verb
//   phrases 集中供养/分散供养 say how, not who: 集中供养成年孤儿 is 成年孤儿), 状态 困难/重度/失能/高龄/留守/流浪/街面/成年/…, 身份 持有居住证/流动/
//   强制隔离. 区域 and 供养方式 narrow only a known group (城市低保对象, 散居孤儿).
//   A word that is not a modifier ends the group on the left: 全市困难群众 → 困难群众,
//   为老年人 → 老年人, 关爱农村留守儿童 → 农村留守儿童.
// - canonical name: a printed known form is its taxonomy entry (城镇困难群众, 特殊困难老年人,
//   失能半失能老年人 → 失能老年人). Otherwise the compound as printed with its head's alias
//   normalised: 城市最低生活保障对象 → 城市低保对象, 农村空巢老人 → 农村空巢老年人; a
//   generic head stays as printed (持有居住证人员).
// - parents (SUBGROUP_OF): a compound is SUBGROUP_OF the same phrase without its first
//   modifier, which is a known group or a compound itself: 散居孤儿 → 孤儿, 城市低保对象 →
//   低保对象, 机构成年孤儿 → 成年孤儿 → 孤儿, 困难重度残疾人 → 重度残疾人 (not also
//   困难残疾人: one parent, by dropping the outermost modifier). When the rest is a bare
//   generic head, the parent is the longest known group the phrase ends with, if any
//   (经济困难家庭 → 困难群众; 持有居住证人员 has none). Known groups keep their taxonomy
//   parents; a known group is never below a compound.
// - a modifier word printed twice is a stutter, not a narrower group: 困难困难群众 gives 困难群众.
// - leftmost-longest: at each position the longest group wins (ties go to the reading with
//   the longest known head), and the scan resumes after it, so 特殊困难老年人 is one mention
//   (not also 老年人) and 农村留守儿童 is one mention (not also 留守儿童).
// - a group immediately followed by a blocking suffix is an organisation or a job title,
//   not the group: 儿童福利机构, 儿童主任, 未成年人保护中心, 养老人才, 退役军人事务局.
//   Anything else that follows is the group being served: 残疾人福利, 老年人能力评估,
//   儿童福利领域, 未成年人保护工作. Workforce words are no heads (社会工作者, 人才, 干部,
//   志愿者, 社会组织).
// - mentions inside 《…》 titles count: implementing a measure about 困难残疾人 serves them.
// - one mention per canonical name per task (the first).
// - a bracketed alternative names two groups: 留守(困境)儿童 is 留守儿童 and 困境儿童,
//   both with the whole phrase as their mention.
// The scan does a bounded amount of work per position (at most four modifiers, forms
// looked up by their first character), so it is linear in the span.

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

export type ModifierKind = '区域' | '供养方式' | '状态' | '身份';
const MODIFIER_KINDS: readonly ModifierKind[] = ['区域', '供养方式', '状态', '身份'];

/** Text right after a mention that turns it into an organisation or a role. */
const BLOCKING_SUFFIXES = [
  '福利机构', '福利院', '福利中心', '福利科', '福利处',
  '救助保护机构', '保护机构', '保护中心', '保护工作站', '保护站', '保护委员会',
  '主任', '督导员', '工作者', '联合会', '协会', '之家', '事务',
  '才', // 养老人才 is 养老 + 人才, not 老人
];

/** A real compound has at most this many modifiers; the bound keeps the scan linear. */
const MAX_MODIFIERS = 4;

const BY_NAME = new Map(populationTaxonomy.map((p) => [p.name, p]));

/** Every printed form of a known group → canonical name. */
const KNOWN = new Map<string, string>();
for (const p of populationTaxonomy) for (const form of [p.name, ...p.aliases]) KNOWN.set(form, p.name);

const GENERIC_HEADS: readonly string[] = data.heads.words;
const MODIFIERS = new Map<string, ModifierKind>();
for (const kind of MODIFIER_KINDS) for (const word of data.modifiers[kind]) MODIFIERS.set(word, kind);

/** Words by their first character, each list longest first: a lookup tries only these. */
function byFirst(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) out.set(w[0]!, [...(out.get(w[0]!) ?? []), w]);
  return out;
}
const KNOWN_BY_FIRST = byFirst(KNOWN.keys());
const GENERIC_BY_FIRST = byFirst(GENERIC_HEADS);
const MODIFIER_BY_FIRST = byFirst(MODIFIERS.keys());
/** Characters a group can start with: every other position is skipped at once. */
const FIRST = new Set([...KNOWN_BY_FIRST.keys(), ...MODIFIER_BY_FIRST.keys()]);

/** The longest word of `table` printed at `at` and ending by `end`, or null. */
function wordAt(table: Map<string, string[]>, text: string, at: number, end: number): string | null {
  const list = table.get(text[at]!);
  if (!list) return null;
  for (const w of list) if (at + w.length <= end && text.startsWith(w, at)) return w;
  return null;
}

/** One group read at a position. */
interface Phrase {
  /** End offset of the printed phrase. */
  end: number;
  /** Canonical name. */
  name: string;
  /** Direct SUBGROUP_OF parents (canonical names). */
  parents: string[];
}

/**
 * The longest group printed at `at` (ending by `end`), or null: (modifiers)(head) as above.
 * Candidate heads are tried after 0, 1, … modifiers; the longest phrase wins, and among
 * equally long ones the first found (fewest modifiers, so the longest known head).
 */
function phraseAt(text: string, at: number, end: number): Phrase | null {
  if (!FIRST.has(text[at]!)) return null;
  let best: { end: number; mods: string[]; head: string; known: boolean } | null = null;
  const mods: string[] = [];
  let b = at;
  for (;;) {
    // A modifier word printed twice (困难困难群众, 留守农村留守儿童) is a stutter, not a narrower group.
    const stutter = mods.some((m) => text.startsWith(m, b));
    const known = stutter ? null : wordAt(KNOWN_BY_FIRST, text, b, end);
    const narrowing = mods.some((m) => MODIFIERS.get(m) === '状态' || MODIFIERS.get(m) === '身份');
    const generic = narrowing && !stutter ? wordAt(GENERIC_BY_FIRST, text, b, end) : null;
    const head = known && (!generic || known.length >= generic.length) ? known : generic;
    if (head && (!best || b + head.length > best.end)) best = { end: b + head.length, mods: [...mods], head, known: head === known };
    if (mods.length === MAX_MODIFIERS || stutter) break;
    const m = wordAt(MODIFIER_BY_FIRST, text, b, end);
    if (!m) break;
    mods.push(m);
    b += m.length;
  }
  if (!best) return null;
  const printed = text.slice(at, best.end);
  // A printed known form is that group (城镇困难群众); so is a compound whose normalised name is one.
  const whole = KNOWN.get(printed);
  if (whole) return { end: best.end, name: whole, parents: [...BY_NAME.get(whole)!.parents] };
  const name = best.known ? best.mods.join('') + KNOWN.get(best.head)! : printed;
  const named = KNOWN.get(name);
  if (named) return { end: best.end, name: named, parents: [...BY_NAME.get(named)!.parents] };
  return { end: best.end, name, parents: compoundParents(name, best.mods[0]!.length) };
}

/** The whole of `form` read as one group, or null when it is not exactly one. */
function groupOf(form: string): Phrase | null {
  const p = phraseAt(form, 0, form.length);
  return p && p.end === form.length ? p : null;
}

/** A compound's parent: itself without its first modifier; failing that, the longest known group it ends with. */
function compoundParents(name: string, firstModifier: number): string[] {
  const rest = groupOf(name.slice(firstModifier));
  if (rest) return [rest.name];
  for (let k = 1; k < name.length; k++) {
    const known = KNOWN.get(name.slice(k));
    if (known) return [known];
  }
  return [];
}

/** The canonical name for a printed form (a known group or a compound), or null when it is not one group. */
export function canonicalPopulation(form: string): string | null {
  return groupOf(form)?.name ?? null;
}

/** True for a group of the taxonomy (reference data), false for a compound read by grammar. */
export function isKnownPopulation(name: string): boolean {
  return BY_NAME.has(name);
}

/** The direct SUBGROUP_OF parents of a canonical name: the taxonomy's, or a compound's by its grammar. */
export function populationParents(name: string): string[] {
  const known = BY_NAME.get(name);
  if (known) return [...known.parents];
  return groupOf(name)?.parents ?? [];
}

/** All broader groups of `name`, nearest first, each once (散居孤儿 → 孤儿, 困境儿童, 儿童, 未成年人). */
export function populationAncestors(name: string): string[] {
  const out: string[] = [];
  const queue = populationParents(name);
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (out.includes(next)) continue;
    out.push(next);
    queue.push(...populationParents(next));
  }
  return out;
}

/** A(B)C where both AC and BC are groups (C cut to the longest prefix that makes both), or null. */
const ALTERNATIVE = /^([\u4e00-\u9fff]{1,6})\(([\u4e00-\u9fff]{1,6})\)([\u4e00-\u9fff]{1,6})/;
function alternatives(text: string, at: number, end: number): { groups: Phrase[]; end: number } | null {
  const m = ALTERNATIVE.exec(text.slice(at, Math.min(end, at + 24)));
  if (!m) return null;
  const [whole, a = '', b = '', c = ''] = m;
  for (let k = c.length; k > 0; k--) {
    const x = groupOf(a + c.slice(0, k));
    const y = groupOf(b + c.slice(0, k));
    if (x && y) return { groups: [x, y], end: at + whole.length - c.length + k };
  }
  return null;
}

export function extractPopulations(text: string, span: Span): PopulationMention[] {
  const found: PopulationMention[] = [];
  const seen = new Set<string>();
  const add = (group: Phrase, start: number, end: number) => {
    if (seen.has(group.name) || BLOCKING_SUFFIXES.some((s) => text.startsWith(s, end))) return;
    seen.add(group.name);
    found.push({ name: group.name, mention: text.slice(start, end), parents: group.parents, evidence: evidenceAt(text, start, end) });
  };
  const nextParen = (from: number) => {
    const k = text.indexOf('(', from);
    return k === -1 || k >= span.end ? span.end : k;
  };
  let i = span.start;
  let paren = nextParen(i);
  while (i < span.end) {
    if (paren < i) paren = nextParen(i);
    // An alternative needs its "(" within the next 6 characters; most positions have none.
    const alt = paren - i >= 1 && paren - i <= 6 ? alternatives(text, i, span.end) : null;
    if (alt) {
      for (const group of alt.groups) add(group, i, alt.end);
      i = alt.end;
      continue;
    }
    const phrase = phraseAt(text, i, span.end);
    if (!phrase) {
      i++;
      continue;
    }
    add(phrase, i, phrase.end);
    i = phrase.end;
  }
  return found;
}
