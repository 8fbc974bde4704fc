// Policy citations: every 《…》 inside a task span becomes a RegulationCitation.
//
// Choices worth knowing:
// - evidence covers the title as printed, *inside* its delimiters (《慈善法》 → 慈善法,
//   the nested <X> → X), so `text.slice(evidence.start, evidence.end) === title`.
// - a nested title (《福建省实施<X>办法》) gives two citations, outer first; the outer
//   `implements` X when its title says 实施/贯彻/落实; the inner one is IMPLEMENTS
//   when the task implements the outer (implementing the provincial measure is
//   implementing the law), otherwise REFERENCES (drafting 《X省实施<Y>办法》 drafts
//   the measure, not the law).
// - `name` writes nested delimiters as 〈〉, expands national short names
//   (《慈善法》 → 中华人民共和国慈善法) and resolves back-references (《条例》) to the
//   most recent earlier full title in the whole document ending with that word.
//   The document's own title in a cover letter counts too: a later 《要点》 in a plan
//   can only mean that plan.
// - a publication (a book of speeches or writings: 《…重要论述》, 《…文选》, 《…讲话》)
//   is study material, not a policy: no citation. Other titles that fit no kind
//   (a lecture, a news item) stay, as OTHER, since we cannot tell them from a policy.

import type { CitationMode, Jurisdiction, RegulationCitation, RegulationKind, Span } from './types.js';
import { evidenceAt } from './sentences.js';
import national from './data/national-laws.json' with { type: 'json' };

const PRC = '中华人民共和国';

/** Canonical national titles by every form a document may print. */
const NATIONAL = new Map<string, string>();
for (const { name, short } of national.titles as { name: string; short?: string[] }[]) {
  NATIONAL.set(name, name);
  if (name.startsWith(PRC)) NATIONAL.set(name.slice(PRC.length), name);
  for (const s of short ?? []) NATIONAL.set(s, name);
}

/** A title's delimiters in the text, end exclusive, with the titles nested directly inside it. */
interface Title {
  start: number;
  end: number;
  inner: Title[];
}

const CLOSE: Record<string, string> = { '〈': '〉', '<': '>' };

/** The title opened by 《 at `open`, closed on the same line, or null. */
function parseTitle(text: string, open: number): Title | null {
  const inner: Title[] = [];
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '》') return { start: open, end: i + 1, inner };
    if (ch === '\n') return null;
    if (ch === '《') {
      const child = parseTitle(text, i);
      if (!child) return null;
      inner.push(child);
      i = child.end - 1;
    } else if (ch in CLOSE) {
      // <…> or 〈…〉 counts as a nested title only when it closes before our 》.
      const close = text.indexOf(CLOSE[ch]!, i + 1);
      const stop = text.slice(i + 1, close).search(/[》\n]/);
      if (close > i + 1 && stop < 0) {
        inner.push({ start: i, end: close + 1, inner: [] });
        i = close;
      }
    }
  }
  return null;
}

/** Every top-level title of the text in reading order. */
function parseTitles(text: string): Title[] {
  const titles: Title[] = [];
  let i = text.indexOf('《');
  while (i >= 0) {
    const t = parseTitle(text, i);
    if (t) titles.push(t);
    i = text.indexOf('《', t ? t.end : i + 1);
  }
  return titles;
}

const printed = (text: string, t: Title): string => text.slice(t.start + 1, t.end - 1);

/** A bare kind word standing for a title printed earlier: 《条例》, 《实施意见》. */
const BACK_REFERENCE =
  /^(?:实施|指导|工作|管理|暂行|专项)?(?:条例|办法|规定|细则|规则|意见|决定|通知|规划|计划|方案|纲要|要点|标准|规范|指引|指南)$/;

const PUBLICATION = /(?:论述|讲话|文选|文集|选编|摘编|读本|语录)$/;

function canonical(title: string): string {
  const bare = title.replace(/[<《]/g, '〈').replace(/[>》]/g, '〉');
  return NATIONAL.get(bare) ?? bare;
}

/**
 * A title as the graph names its regulation, from how a person writes it: the
 * brackets around it dropped (《慈善法》 → 慈善法), then named as extraction names
 * it (national short names expanded: 慈善法 → 中华人民共和国慈善法).
 */
export function regulationName(title: string): string {
  const bare = title.trim().replace(/^[《〈<]+/, '').replace(/[》〉>]+$/, '').trim();
  return bare === '' ? title.trim() : canonical(bare);
}

/** Full titles seen in the whole document, for back-references. */
interface Known {
  start: number;
  name: string;
  implements: string | null;
}

function implementsOf(text: string, t: Title): string | null {
  const first = t.inner[0];
  if (!first || !/实施|贯彻|落实/.test(printed(text, t))) return null;
  return canonical(printed(text, first));
}

function resolve(name: string, at: number, known: Known[]): Known | null {
  if (!BACK_REFERENCE.test(name)) return null;
  for (let i = known.length - 1; i >= 0; i--) {
    const k = known[i]!;
    if (k.start < at && k.name.endsWith(name) && !BACK_REFERENCE.test(k.name)) return k;
  }
  return null;
}

// ---- kind -------------------------------------------------------------------

// Order matters: 办法 ends with 法.
const KINDS: [RegExp, RegulationKind][] = [
  [/(?:办法|规定|细则|规则|制度)$/, 'RULE'],
  [/(?:法典|(?<![方做想说看写用])法)$/, 'LAW'],
  [/条例$/, 'REGULATION'],
  [/(?:意见|决定|通知)$/, 'OPINION'],
  [/(?:规划|计划|方案|纲要|要点)$/, 'PLAN'],
  [/(?:标准|规范)$/, 'STANDARD'],
  [/(?:指引|指南|导则)$/, 'GUIDELINE'],
];

export function kindOf(name: string): RegulationKind {
  const bare = name.replace(/\([^()]*\)$/, ''); // (试行), (2023年修订)
  return KINDS.find(([re]) => re.test(bare))?.[1] ?? 'OTHER';
}

// ---- jurisdiction -------------------------------------------------------------

const PROVINCE =
  /^(?:(?:北京|天津|上海|重庆)市|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省?|(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区|(?:广西|内蒙古|西藏|宁夏|新疆)|(?:香港|澳门)特别行政区|省|自治区|全省)/;

export function jurisdictionOf(name: string): Jurisdiction | null {
  if (NATIONAL.has(name)) return 'NATIONAL';
  // 《2022年全市…》 and 《中共汕尾市民政局党组…》 are judged by what follows.
  const s = name.replace(/^\d{4}(?:-\d{4})?年度?/, '').replace(/^中共(?!中央)/, '');
  if (/^(?:中华人民共和国|国务院|国家|全国|民政部|中共中央|中央)/.test(s)) return 'NATIONAL';
  if (PROVINCE.test(s)) return 'PROVINCIAL';
  const city = /^[\u4e00-\u9fff]{2,4}?(?:市|经济特区)/.exec(s)?.[0];
  // 智慧城市, 文明城市, 超市 are words, but 宣城市, 成都市 (two characters and 市) are cities.
  if (city && (city.length === 3 || !/[城都超]市$/.test(city))) return 'MUNICIPAL';
  if (/^(?:全市|市(?!场))/.test(s)) return 'MUNICIPAL';
  // A party group's internal rule belongs to its bureau: 局 municipal, 厅 provincial, 部 national.
  if (/局党组/.test(s)) return 'MUNICIPAL';
  if (/厅党组/.test(s)) return 'PROVINCIAL';
  if (/部党组/.test(s)) return 'NATIONAL';
  return null;
}

/** An issuer printed right before an unprefixed title: 市人民政府出台《…》, 省民政厅《…》. */
const ISSUER_BEFORE =
  /(国务院|民政部|(?:省|自治区)(?:人民政府|政府|委|民政厅)|市(?:人民政府|政府|委|民政局))(?:印发|出台|制定|制订|发布|颁布)?的?$/;

function issuerJurisdiction(clause: string): Jurisdiction | null {
  const who = ISSUER_BEFORE.exec(clause)?.[1];
  if (!who) return null;
  if (who.startsWith('市')) return 'MUNICIPAL';
  if (who.startsWith('省') || who.startsWith('自治区')) return 'PROVINCIAL';
  return 'NATIONAL';
}

// ---- mode ---------------------------------------------------------------------

const VERBS: [string, CitationMode][] = [
  ...['研究制定', '制定', '制订', '出台', '起草', '编制', '印发', '发布', '拟定', '颁布'].map(
    (v): [string, CitationMode] => [v, 'DRAFTS'],
  ),
  ...['修订', '修改', '修正', '修编'].map((v): [string, CitationMode] => [v, 'REVISES']),
  ...['贯彻', '落实', '执行', '实施', '依据', '依照', '遵照', '按照', '根据', '对照'].map(
    (v): [string, CitationMode] => [v, 'IMPLEMENTS'],
  ),
];
const LOOK_BACK = 15;
const BOUNDARY = /[。;；!?！？,，:：\n]/;
const TITLE = /《[^《》\n]*》/g; // applied repeatedly, innermost first
const LIST_TAIL = /(?:□|以及|和|及|与|、|并|或|新修订的?|修订后的|最新|新|现行)$/;
const LIST_HEAD = /^(?:□|以及|和|及|与|、|并|或)/;
// A verb in front of 的 describes the title instead of governing it: 省政府印发的《…》.
const PARTICIPLE = /(?:印发|出台|发布|制定|制订|颁布|修改|修正)(?:后)?的$/;
// A verb after the title: 推进《X》修订, 推进《X》目标任务的贯彻实施.
const VERB_AFTER = /^(?:[^《》]{0,6}?的)?(修订|修改|修正|修编|立法|制定|出台|贯彻|落实|实施|执行)/;

/** Earlier (or later) titles become □ so a list 制定《A》《B》和《C》 shares its verb. */
function collapseTitles(s: string): string {
  let prev;
  do {
    prev = s;
    s = s.replace(TITLE, '□');
  } while (s !== prev);
  return s;
}

function stripRepeatedly(s: string, re: RegExp): string {
  let prev;
  do {
    prev = s;
    s = s.replace(re, '');
  } while (s !== prev);
  return s;
}

/** The clause before the title, cut at the last boundary, list connectors removed. */
function clauseBefore(text: string, from: number, open: number): string {
  const s = collapseTitles(text.slice(from, open));
  let cut = s.length;
  while (cut > 0 && !BOUNDARY.test(s[cut - 1]!)) cut--;
  return stripRepeatedly(s.slice(cut), LIST_TAIL);
}

function modeOf(text: string, t: Title, span: Span, clause: string): CitationMode {
  const window = stripRepeatedly(clause, PARTICIPLE).slice(-LOOK_BACK);
  if (window.endsWith('完善')) return 'REVISES'; // only when it governs the title directly
  let best: { end: number; mode: CitationMode } | null = null;
  for (const [verb, mode] of VERBS) {
    const at = window.lastIndexOf(verb);
    if (at >= 0 && (!best || at + verb.length > best.end)) best = { end: at + verb.length, mode };
  }
  if (best) return best.mode;

  let after = collapseTitles(text.slice(t.end, span.end));
  after = stripRepeatedly(after, LIST_HEAD);
  const b = after.search(BOUNDARY);
  const verb = VERB_AFTER.exec(b >= 0 ? after.slice(0, b) : after)?.[1];
  if (!verb) return 'REFERENCES';
  if (verb === '立法') return 'DRAFTS';
  return VERBS.find(([v]) => v === verb)![1];
}

// ---- API ----------------------------------------------------------------------

/** Citations of each span, in reading order. `text` is the whole normalized document; spans are task texts in reading order. */
export function extractCitations(text: string, spans: Span[]): RegulationCitation[][] {
  const titles = parseTitles(text);

  const known: Known[] = [];
  const learn = (t: Title): void => {
    const name = canonical(printed(text, t));
    if (!BACK_REFERENCE.test(name)) known.push({ start: t.start, name, implements: implementsOf(text, t) });
    t.inner.forEach(learn);
  };
  titles.forEach(learn);

  const cite = (t: Title, mode: CitationMode, context: Jurisdiction | null): RegulationCitation => {
    const title = printed(text, t);
    const ref = resolve(canonical(title), t.start, known);
    const name = ref?.name ?? canonical(title);
    return {
      title,
      name,
      mode,
      kind: kindOf(name),
      jurisdiction: jurisdictionOf(name) ?? context,
      implements: ref ? ref.implements : implementsOf(text, t),
      evidence: evidenceAt(text, t.start + 1, t.end - 1),
    };
  };

  return spans.map((span) => {
    const out: RegulationCitation[] = [];
    for (const t of titles) {
      if (t.start < span.start || t.end > span.end || PUBLICATION.test(printed(text, t))) continue;
      const clause = clauseBefore(text, span.start, t.start);
      const outer = cite(t, modeOf(text, t, span, clause), issuerJurisdiction(clause));
      out.push(outer);
      const innerMode: CitationMode =
        outer.mode === 'IMPLEMENTS' && outer.implements ? 'IMPLEMENTS' : 'REFERENCES';
      for (const i of t.inner) out.push(cite(i, innerMode, null));
    }
    return out;
  });
}
