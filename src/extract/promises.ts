// What a task promises: quantitative indicators, deadlines and named initiatives.
// All three read one task span of the normalized text and return exact substrings
// with evidence. Nothing inside “…” or 《…》 is a number or a date of the task
// (“1310”, “十四五”, 《2022年全市民政工作要点》); quotes are where initiatives live.

import type { Comparator, Deadline, Indicator, IndicatorKind, InitiativeMention, Span } from './types.js';
import { evidenceAt } from './sentences.js';

// ---------------------------------------------------------------------------
// Shared: quoted and titled ranges of a span
// ---------------------------------------------------------------------------

/** A quoted name: “…”, 「…」, "…", ‘…’ or '…' (group 1-5 is the inside). */
const QUOTE = /“([^“”\n]{1,40})”|「([^「」\n]{1,40})」|"([^"\n]{1,40})"|‘([^‘’\n]{1,40})’|'([^'\n]{1,40})'/g;
const TITLE = /《[^《》\n]{1,150}》/g;

interface Quoted {
  inner: string;
  /** Absolute offsets of the inside (without the quote marks). */
  start: number;
  end: number;
}

/** Quotes in reading order, including one level of nesting (“助力'百千万工程'”). */
function quotesIn(text: string, span: Span, nested = true): Quoted[] {
  const slice = text.slice(span.start, span.end);
  const out: Quoted[] = [];
  for (const m of slice.matchAll(QUOTE)) {
    const inner = m.slice(1).find((g) => g !== undefined)!;
    const start = span.start + m.index + 1;
    out.push({ inner, start, end: start + inner.length });
    if (nested) out.push(...quotesIn(text, { start, end: start + inner.length }, false));
  }
  return out;
}

/** Ranges (with their delimiters) that hold quoted names or titles. */
function maskedRanges(text: string, span: Span): Span[] {
  const ranges: Span[] = quotesIn(text, span).map((q) => ({ start: q.start - 1, end: q.end + 1 }));
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TITLE)) ranges.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
  return ranges;
}

const inside = (ranges: Span[], pos: number) => ranges.some((r) => pos >= r.start && pos < r.end);

// ---------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------
//
// A number with a unit outside quotes and titles, not an ordinal (第五轮, 第7个).
// - value: 万/亿/千 multiplied out (1.2万 → 12000, 4亿元 → 400000000 元); a range
//   1—2名 is its lower bound with ≥; Chinese numerals only for 两个/三名/… with
//   个/名/家/所/户/张 governed by a verb or comparator (新建三个, 至少一个): a bare
//   两个文件 points back at things just named, and 一次/一批/一个不漏 are not promises.
//   Years, dates, phone numbers and document numbers carry no unit and so never match.
// - an amount in 万/亿 without a unit is money (元) when its clause speaks of funds:
//   30万项目支持资金.
// - a figure inside "(其中…)" breaks down the figure before it and is skipped:
//   18人(其中含2021年9人).
// - comparator: 以上/不低于/不少于/至少/达到/达 → ≥; 超过/突破/高于/多于 and 余/多
//   (3700多件) → >; 以下/以内/不超过/不高于/不多于 → ≤; 低于/少于 → <; else =
//   (约/近 and a trailing 左右 are read as =).
// - subject: the noun phrase between the last verb (新增, 建成, 打造, …) and the
//   number; when the verb stands right before the number, the phrase after the
//   unit (新增500张家庭养老床位), up to a verb, a coverb (按, 赴, 到: 3名干部赴镇村任职)
//   or 的; "X%的Y" → Y; after a level word (达到, 不低于, 发展至) with nothing in
//   between, the phrase before it (覆盖率达到65%). The counted noun is never a
//   modifier: predicates ending in 的 between the measure word and the noun are skipped
//   (6名政治素质好、业务能力强、示范带动好的优秀青年党员 → 优秀青年党员); a figure after
//   与/和 or a list's 等 counts the noun after its unit (与7个基层党组织, 敬老院等7个敬老院);
//   with nothing between the verb and the figure and nothing after the unit, the verb's
//   object printed before it (特殊困难老年人家庭适老化改造1780户 → 特殊困难老年人家庭);
//   a value coordinated with the one before (1422元和1022元) shares its subject.
// - text: from the verb (or comparator, or subject) to the unit and 以上/以下,
//   extended over a subject that follows the unit.

const UNIT =
  '人次|场次|届次|平方米|公里|户|人(?![民员口])|张|个(?![人体性])|家(?![庭属长乡])|所(?![得以有])|场(?![所地])|' +
  '次(?!性)|名(?![称单义])|床|条(?![例件])|元|%|项(?!目)|期(?!间)|届|件|例|批|支(?![出持付])|座|倍|类|轮|处|' +
  // Things a bureau puts up or hands out: 地名标志500块, 100套设备, 20辆车, 100亩.
  '块|套|台|辆|亩';
const NUMBER_RE = new RegExp(
  String.raw`(?<![\d.第])(\d+(?:\.\d+)?)(?:[—\-~至到](\d+(?:\.\d+)?))?(余|多)?([千万亿])?(余|多)?(${UNIT})(以上|以下|以内|左右)?`,
  'g',
);
const CN_DIGITS = '一二两三四五六七八九十';
const CN_NUMBER_RE = new RegExp(
  `(?<![第${CN_DIGITS}百千万])([${CN_DIGITS}]{1,3})(个(?![人体性])|名(?![称单义])|家(?![庭属长乡])|所(?![得以有])|户|张)(以上)?`,
  'g',
);
const MULTIPLIER: Record<string, number> = { 千: 1e3, 万: 1e4, 亿: 1e8 };
const BARE_AMOUNT_RE = new RegExp(String.raw`(?<![\d.第])(\d+(?:\.\d+)?)(余|多)?([万亿])(?![\d.余多]|${UNIT})`, 'g');
const FUNDS = /资金|经费|款|补助|补贴|奖补|预算/;

/** Comparator words before a number, longest first so 不低于 is not read as 低于. */
const PREFIX_COMPARATORS: [string, Comparator][] = [
  ['不低于', '≥'], ['不少于', '≥'], ['不超过', '≤'], ['不高于', '≤'], ['不多于', '≤'],
  ['至少', '≥'], ['达到', '≥'], ['超过', '>'], ['突破', '>'], ['高于', '>'], ['多于', '>'],
  ['低于', '<'], ['少于', '<'], ['达', '≥'],
];
const COMPARATOR_RE = new RegExp(PREFIX_COMPARATORS.map(([w]) => (w === '达' ? '达(?![标成])' : w)).join('|'), 'g');
/** Words that introduce a level rather than an action: the subject stands before them. */
const LEVEL_VERB_RE = /发展至|增至|增加到|提高到|提升至|控制在|稳定在|保持/g;
const ACTION_VERB_RE = new RegExp(
  // 新 before a verb is "newly": 新筹集, 新建成.
  '新?(?:' + [
    '选址建设', '清理整治', '新开办', '新增', '新建成', '新建', '开办', '建成', '建设', '建有', '改扩建', '改建', '扩建', '完成', '培育', '打造',
    '开展', '改造', '提升', '增设', '走访', '实现', '推动', '发放', '实施', '保障', '签约', '提供', '汇聚', '投入',
    '募集', '检查', '惠及', '举办', '配备', '推进', '设立', '创建', '接收', '下派', '提任', '提高',
    '减免', '降低', '免除', '恢复', '整治', '评定', '力争', '争取', '确保', '计划', '拥有', '享受', '覆盖', '纳入',
    '参与', '认领', '撤销', '引进', '探访', '受理', '支付', '承办', '新扩建', '获评', '入选', '进行', '整改', '规范',
    '新设', '更新', '筹建', '筹集', '开发', '结对',
  ].join('|') + ')(?![率面化性区]|标准|水平|范围|对象|体系|能力)',
  'g',
);
/** The end of a previous figure or date inside the clause: a subject never reaches back over it. */
const FIGURE_RE = new RegExp(String.raw`\d+(?:\.\d+)?[千万亿]?(?:${UNIT}|年度?|月|日)?`, 'g');

/** Clause ends; `|` is a cell boundary of a pipe table row. */
const CLAUSE_END = new Set([',', ';', ':', '!', '?', '。', '、', '\n', '{', '}', '|']);
const LEADING_NOISE = /^(?:\s|\)|[一二三四五六七八九十]{1,2}是|(?:\d{1,2}月底|年底|年内)前?|\d{4}年度?|每人每月|每人|每月|每年|全年|今年|年均|累计|共计|总计|按照|已经|已|共|约|近|为|的|了|和|及|与|等|在|将|按|对)+/;
const TRAILING_NOISE = /(?:\s|分别|共计|共有|累计|平均|每年|每月|每季度|按照|已经|已|按|起|均|都|共|等|达|为|约|近|的|了|和|及|与)+$/;
/** A scope word alone is no subject: 推动省级6个标杆社工站 counts 标杆社工站. */
const SCOPE_ONLY = /^(?:全市|全省|全区|全县|全国|省级|市级|县级|镇级|村级|各区|各县|我市|本市)$/;

interface Piece {
  text: string;
  /** Offsets of the phrase as printed (with its quotes when it was quoted). */
  start: number;
  end: number;
}

/** Trim particles and wrapping quotes; null when nothing (or too much) is left. */
function clean(raw: string, start: number): Piece | null {
  let s = start;
  let t = raw;
  const lead = t.match(LEADING_NOISE)?.[0].length ?? 0;
  t = t.slice(lead);
  s += lead;
  // 新建(改建)居家养老服务中心: a verb in brackets is an alternative to the verb before it.
  const alt = /^\(([^()]{1,4})\)/.exec(t);
  if (alt && new RegExp(`^(?:${ACTION_VERB_RE.source})$`).test(alt[1]!)) {
    t = t.slice(alt[0].length);
    s += alt[0].length;
  }
  t = t.replace(TRAILING_NOISE, '');
  const end = s + t.length;
  if (/^“[^“”]*”$/.test(t)) t = t.slice(1, -1);
  if (t.length === 0 || t.length > 24 || /^[\d.]+$/.test(t) || SCOPE_ONLY.test(t)) return null;
  return { text: t, start: s, end };
}

/** Start of the clause holding `pos`: back to , ; 。 、 … at bracket depth 0, or the span start. */
function clauseStart(text: string, span: Span, pos: number): number {
  let depth = 0;
  for (let i = pos - 1; i >= span.start; i--) {
    const c = text[i]!;
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && CLAUSE_END.has(c)) return i + 1;
  }
  return span.start;
}

/** The raw phrase after a unit: up to a clause end, a digit, or a closing bracket. */
function phraseAfter(text: string, span: Span, pos: number): string {
  if (text[pos] === '(') return ''; // a remark "(其中含2021年9人)", not what is counted
  let depth = 0;
  let i = pos;
  for (; i < span.end && i - pos < 30; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (CLAUSE_END.has(c) || /\d/.test(c))) break;
  }
  const raw = text.slice(pos, i);
  // Stopped by the next figure: what follows a last 和/及/与 counts with that figure
  // (132.23公里惠州汕尾线和全长49.207公里 → 惠州汕尾线).
  if (i < span.end && /\d/.test(text[i]!)) {
    const k = Math.max(raw.lastIndexOf('和'), raw.lastIndexOf('及'), raw.lastIndexOf('与'));
    if (k > 0) return raw.slice(0, k);
  }
  return raw;
}

const HARD_END = new Set([...CLAUSE_END].filter((c) => c !== '、'));

/**
 * The noun a measure word counts when modifiers ending in 的 come between them:
 * 6名政治素质好、业务能力强、示范带动好的优秀青年党员 → 优秀青年党员,
 * 1个具有示范效应的综合托育服务中心 → 综合托育服务中心. The modifiers may be
 * coordinated with 、 and hold a figure of their own (50个面积不少于200平方米、可提供综合
 * 服务的社区…示范点), but not a coordinated count (8个、B 20个的…: a figure whose
 * segment has no comparator) nor a coordinated verb phrase (、建设10个…). Null when the
 * phrase has no such 的 before the clause ends.
 */
function modifiedHead(text: string, span: Span, pos: number): Piece | null {
  let depth = 0;
  let quoted = false;
  let de = -1;
  for (let i = pos; i < span.end && i - pos < 40; i++) {
    const c = text[i]!;
    if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && !quoted) {
      if (HARD_END.has(c)) break;
      if (c === '的') de = i;
    }
  }
  if (de <= pos) return null;
  const modifier = text.slice(pos, de);
  // What comes before 的 must be a predicate (coordinated ones, or one with a
  // comparator, a modal, a negation or 有), not a noun the head belongs to (26项规范要求的对标落实).
  const PREDICATE = new RegExp(`、|具有|具备|拥有|符合|满足|可|能|不|有|${COMPARATOR_RE.source}`);
  if (!PREDICATE.test(modifier)) return null;
  const segments = modifier.split('、');
  const verbAtStart = new RegExp(`^(?:${ACTION_VERB_RE.source})`);
  const counted = new RegExp(String.raw`\d(?:\.\d+)?[千万亿]?(?:${UNIT})(?:以上|以下)?$`);
  for (const [k, seg] of segments.entries()) {
    if (k > 0 && verbAtStart.test(seg)) return null;
    if (counted.test(seg) && !new RegExp(COMPARATOR_RE.source).test(seg)) return null;
  }
  const head = phraseAfter(text, span, de + 1);
  return clean(headNoun(head.split('、')[0]!), de + 1);
}

type Anchor = { kind: 'action' | 'level' | 'figure'; start: number; end: number };

/** The last match outside quotes and titles (a verb inside 《…发放管理办法》 is no verb of the task). */
function lastMatch(re: RegExp, s: string, base: number, kind: Anchor['kind'], masked: Span[]): Anchor | null {
  let last: Anchor | null = null;
  for (const m of s.matchAll(re)) {
    if (!inside(masked, base + m.index)) last = { kind, start: base + m.index, end: base + m.index + m[0].length };
  }
  return last;
}

/**
 * A coverb after the counted noun starts the next verb phrase: 10家社区卫生服务中心按标准建成,
 * 3名干部赴镇村任职, 1名干部到重要岗位任职.
 */
const COVERB_RE = /按照?|通过|依托|赴|前往|到(?![位期户家达龄])/g;

/** Cut an after-unit phrase at its first verb, coverb, comparator or 的 (not at position 0). */
function headNoun(raw: string): string {
  let cut = raw.length;
  for (const re of [ACTION_VERB_RE, COMPARATOR_RE, LEVEL_VERB_RE, COVERB_RE, /的|已|将/g]) {
    for (const m of raw.matchAll(re)) {
      if (m.index > 0) {
        cut = Math.min(cut, m.index);
        break;
      }
    }
  }
  return raw.slice(0, cut);
}

function parseChinese(cn: string): number | null {
  const d = (ch: string | undefined) => (ch === undefined ? 0 : '零一二三四五六七八九'.indexOf(ch === '两' ? '二' : ch));
  if (!cn.includes('十')) return cn.length === 1 ? d(cn) : null;
  const [tens, ones] = cn.split('十') as [string, string];
  if (tens.length > 1 || ones.length > 1) return null;
  return (tens === '' ? 1 : d(tens)) * 10 + d(ones || undefined);
}

interface RawNumber {
  value: number;
  unit: string;
  start: number;
  /** End of the number, unit and any 以上/以下/以内. */
  end: number;
  comparator: Comparator | null;
  chinese: boolean;
}

/** A figure inside "(其中…)": a breakdown of the figure before it. */
function inBreakdown(text: string, span: Span, pos: number): boolean {
  const before = text.slice(span.start, pos);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.includes(')', open) && before.startsWith('其中', open + 1);
}

/** The clause around `pos`: back to and forward to , ; 。 、 … (brackets ignored). */
function clauseAround(text: string, span: Span, pos: number): string {
  let end = pos;
  while (end < span.end && !CLAUSE_END.has(text[end]!)) end++;
  return text.slice(clauseStart(text, span, pos), end);
}

function numbersIn(text: string, span: Span, masked: Span[]): RawNumber[] {
  const slice = text.slice(span.start, span.end);
  const out: RawNumber[] = [];
  for (const m of slice.matchAll(BARE_AMOUNT_RE)) {
    const start = span.start + m.index;
    if (!FUNDS.test(clauseAround(text, span, start))) continue;
    const value = Number((Number(m[1]) * MULTIPLIER[m[3]!]!).toFixed(6));
    out.push({ value, unit: '元', start, end: start + m[0].length, comparator: m[2] ? '>' : null, chinese: false });
  }
  for (const m of slice.matchAll(NUMBER_RE)) {
    const [, lo, hi, more1, mult, more2, unit, suffix] = m;
    const value = Number((Number(lo) * (mult ? MULTIPLIER[mult]! : 1)).toFixed(6));
    let comparator: Comparator | null = null;
    if (suffix === '以上') comparator = '≥';
    else if (suffix === '左右') comparator = '='; // about, like 约
    else if (suffix) comparator = '≤';
    else if (more1 || more2) comparator = '>';
    else if (hi) comparator = '≥';
    out.push({ value, unit: unit!, start: span.start + m.index, end: span.start + m.index + m[0].length, comparator, chinese: false });
  }
  for (const m of slice.matchAll(CN_NUMBER_RE)) {
    const value = parseChinese(m[1]!);
    if (value === null || value === 0) continue;
    out.push({
      value, unit: m[2]!, start: span.start + m.index, end: span.start + m.index + m[0].length,
      comparator: m[3] ? '≥' : null, chinese: true,
    });
  }
  return out.filter((n) => !inside(masked, n.start) && !inBreakdown(text, span, n.start)).sort((a, b) => a.start - b.start);
}

const STARTS_WITH_COMPARATOR = new RegExp(`^(?:${COMPARATOR_RE.source})`);

/** The noun phrase after the unit: "X%的Y" → Y, "50个不低于三星级标准的农村幸福院" → 农村幸福院. */
function subjectAfter(text: string, span: Span, n: RawNumber): { piece: Piece | null; ofPhrase: boolean } {
  const raw = phraseAfter(text, span, n.end);
  const ofPhrase = n.unit === '%' && raw.startsWith('的');
  const rest = ofPhrase ? raw.slice(1) : raw;
  const at = n.end + (ofPhrase ? 1 : 0);
  if (!STARTS_WITH_COMPARATOR.test(rest)) {
    const modified = ofPhrase ? null : modifiedHead(text, span, n.end);
    return { piece: modified ?? clean(headNoun(rest), at), ofPhrase };
  }
  const k = rest.lastIndexOf('的');
  return { piece: k >= 0 ? clean(rest.slice(k + 1), at + k + 1) : null, ofPhrase };
}

/** Any verb, level word, comparator or figure: where a topic before a verb begins. */
const BOUNDARY_RES: [RegExp, Anchor['kind']][] = [
  [ACTION_VERB_RE, 'action'],
  [LEVEL_VERB_RE, 'level'],
  [COMPARATOR_RE, 'level'],
  [FIGURE_RE, 'figure'],
];
/** 中 as a postposition (民生实事中…: among), not the first character of a word (中心, 中小学). */
const AMONG = /中(?![心小学国央华级期间医药])/g;

/**
 * The noun phrase a verb acts on when it is printed before the verb (a topic):
 * 特殊困难老年人家庭适老化改造1780户 → 特殊困难老年人家庭. From the previous verb,
 * comparator or figure of the clause to the verb; a …化 modifying the verb (适老化改造) is
 * not part of it, nor what a postposition 中 or a 的 modifies (X中Y, X的Y → Y). When only a
 * word of one or two characters stands between two verbs (实施居家适老化改造), it modifies the
 * second verb, and the topic is printed before the first.
 */
function topicBefore(text: string, from: number, verbStart: number, masked: Span[], depth = 0): Piece | null {
  const stretch = text.slice(from, verbStart);
  let left: Anchor | null = null;
  for (const [re, kind] of BOUNDARY_RES) {
    const a = lastMatch(re, stretch, from, kind, masked);
    if (a && a.end <= verbStart && (!left || a.end > left.end)) left = a;
  }
  const start = left?.end ?? from;
  // A comparator before the verb governs the verb phrase (至少上门走访1次): no topic.
  if (left?.kind === 'level') return null;
  let raw = text.slice(start, verbStart).replace(/[\u4e00-\u9fa5]{2}化$/, '');
  let at = start;
  const cut = Math.max(raw.lastIndexOf('的'), ...[...raw.matchAll(AMONG)].map((m) => m.index));
  if (cut >= 0) {
    at += cut + 1;
    raw = raw.slice(cut + 1);
  }
  if (raw.length <= 2 && left?.kind === 'action' && depth === 0) return topicBefore(text, from, left.start, masked, 1);
  return clean(raw, at);
}

// ---- kind: a promise or a result ---------------------------------------------
//
// Read from the grammar around the figure, in this order:
// 1. TARGET when its clause (from the previous figure) states an aim: 力争, 争取, 确保,
//    计划, 预计, 拟, 力求, 目标, or a floor (至少, 不少于, 不低于: a requirement).
// 2. ACHIEVED when its clause (up to the next figure) has a perfective marker: 已, 累计,
//    共计, 总计, 共有 / 共 + verb, a verb + 了 (完成了, 达到了); or a present state 目前, 现有.
// 3. ACHIEVED when the sentence before it is framed as a report: 以来 (今年以来, 近3年来),
//    截至/截止, 去年/上年, an opening 上半年, / 今年上半年, (the period reported on), or a
//    year before the plan's own (2021年, … in a 2022 plan; not 在2021年基础上 or 较2021年).
// 4. ACHIEVED in a 进展情况 cell and in an article's narrative (a report, an opinion
//    piece: what it counts has been done); TARGET otherwise (a plan's figure is its promise).

export interface IndicatorContext {
  /** The document narrates (DocumentKind ARTICLE) rather than plans. */
  narrative?: boolean;
  /** The span is a 进展情况 (progress) cell of a table row. */
  progress?: boolean;
  /** The plan's year: figures framed by an earlier year are results. */
  year?: number | null;
}

const AIM = /力争|争取|确保|计划|预计|拟|力求|目标|至少|不少于|不低于/;
const PERFECTIVE = new RegExp(
  `已|累计|共计|总计|共有|共(?=${ACTION_VERB_RE.source})|(?:${ACTION_VERB_RE.source}|达到|达)了|目前|现有`,
);
const REPORT_FRAME = /以来|年来|截至|截止|去年|上年|(?:^|今年)[上下]半年,/;
const PAST_YEAR = /(?<!较|比|与|同|在|到|至)(\d{4})年(?!的?基础|起|开始|以后)/g;

function kindOf(text: string, span: Span, n: RawNumber, clauseFrom: number, prevFigureEnd: number, context: IndicatorContext): IndicatorKind {
  const before = text.slice(Math.max(clauseFrom, prevFigureEnd), n.start);
  if (AIM.test(before)) return 'TARGET';
  let to = n.end;
  while (to < span.end && !CLAUSE_END.has(text[to]!) && !/\d/.test(text[to]!)) to++;
  if (PERFECTIVE.test(before + text.slice(n.end, to))) return 'ACHIEVED';
  const sentence = evidenceAt(text, n.start, n.end);
  // A remark in brackets ((其中含2021年9人)) frames nothing.
  const opening = text.slice(Math.max(sentence.sentenceStart, span.start), n.start).replace(/\([^()]*\)/g, '');
  if (REPORT_FRAME.test(opening)) return 'ACHIEVED';
  const year = context.year;
  if (year && [...opening.matchAll(PAST_YEAR)].some((m) => +m[1]! < year)) return 'ACHIEVED';
  return context.progress || context.narrative ? 'ACHIEVED' : 'TARGET';
}

export function extractIndicators(text: string, span: Span, context: IndicatorContext = {}): Indicator[] {
  const masked = maskedRanges(text, span);
  const found: Indicator[] = [];
  let prevEnd = -1;
  for (const n of numbersIn(text, span, masked)) {
    const from = clauseStart(text, span, n.start);
    const before = text.slice(from, n.start);

    // The last figure, verb or comparator before the number decides where the subject is.
    const figure = lastMatch(FIGURE_RE, before, from, 'figure', masked);
    const action = lastMatch(ACTION_VERB_RE, before, from, 'action', masked);
    const level = lastMatch(LEVEL_VERB_RE, before, from, 'level', masked);
    let compM = lastMatch(COMPARATOR_RE, before, from, 'level', masked);
    // A comparator counts for this number only: not across an earlier figure, and 达 only right before it.
    if (compM && figure && compM.start < figure.end) compM = null;
    if (compM && text.slice(compM.start, compM.end) === '达' && compM.end !== n.start) compM = null;
    const anchor = [figure, action, level, compM].reduce<Anchor | null>(
      (best, a) => (a && (!best || a.end > best.end) ? a : best),
      null,
    );

    // 一次, 一个不漏, 两个文件: not a count anyone promised (see the rules above).
    if (n.chinese && !compM && (n.value === 1 || !anchor || anchor.kind === 'figure')) continue;
    const word = compM ? text.slice(compM.start, compM.end) : null;
    const comparator = n.comparator ?? PREFIX_COMPARATORS.find(([w]) => w === word)?.[1] ?? '=';

    const rawBetween = text.slice(anchor?.end ?? from, n.start);
    const between = clean(rawBetween, anchor?.end ?? from);
    const after = subjectAfter(text, span, n);
    let subject: Piece | null;
    if (after.ofPhrase && after.piece) subject = after.piece;
    // 与7个基层党组织, 敬老院等7个敬老院: the figure opens a noun phrase of its own after 与/和 or a list's 等.
    else if (after.piece && /(?:与|和|同|跟|等)$/.test(rawBetween)) subject = after.piece;
    else if (anchor?.kind === 'action') subject = between ?? after.piece;
    else if (anchor?.kind === 'level') {
      // 覆盖率达到65%: the subject stands before the level word, back to the previous verb or figure.
      const prev = [figure, action].filter((a): a is Anchor => a !== null && a.end <= anchor.start);
      const start = Math.max(from, ...prev.map((a) => a.end));
      subject = between ?? clean(text.slice(start, anchor.start), start) ?? after.piece;
    } else subject = after.piece ?? between;
    // 适老化改造1780户 (改造不少于1200户): nothing between the verb and the figure, nothing after
    // the unit: what the verb acts on is printed before it.
    if (!subject && action && (action.end === n.start || (compM && action.end === compM.start && compM.end === n.start))) {
      subject = topicBefore(text, from, action.start, masked);
    }
    // 分别达到每人每月1422元和1022元, 800元、720元: a second value coordinated with the one before shares its subject.
    const prevFound = found.at(-1);
    if (!subject && prevFound?.subject && prevEnd >= from && /^(?:和|及|与|、)$/.test(text.slice(prevEnd, n.start))) {
      subject = { text: prevFound.subject, start: n.start, end: n.start };
    }

    // The phrase: verb/comparator/subject through the unit (and a subject after it).
    const starts = [n.start];
    if (subject) starts.push(subject.start);
    if (compM) starts.push(compM.start);
    if (anchor && anchor.kind !== 'figure' && (!subject || subject.start >= anchor.end)) starts.push(anchor.start);
    const start = Math.min(...starts);
    const end = Math.max(n.end, subject?.end ?? 0);
    prevEnd = n.end;
    found.push({
      kind: kindOf(text, span, n, from, figure?.end ?? from, context),
      value: n.value,
      unit: n.unit,
      comparator,
      subject: subject?.text ?? null,
      text: text.slice(start, end),
      evidence: evidenceAt(text, start, end),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------
//
// A time limit, not a time: 2024年底前, 年底, 3月底(前), 年内 / (本)年度内, 上半年, 第一季度,
// 2025年6月30日前, 2024-2026年 / 2024年至2026年, 2024年前 / 2024年内 / 2024年(全部)完成, 到2025年,
// 2025年6月完成 / 6月份完成, 4月份, 年初 (争取年初立项, 年底开工: as much a target as 年底).
// A bare year (2023年) or date (2022年2月23日, 从2022年7月起) is not one; neither
// is 今年 (too vague), 全年 (the period a figure is measured over: 全年新增…), nor a
// start (7月份起, 年初以来), nor a reported period (1-6月完成, 截至6月完成). A directly
// following 完成 belongs to the phrase (6月底前完成). `date` is the last day the phrase allows:
// 年底/年内 → 12-31, 3月底 → 03-31, 上半年 → 06-30, 第一季度 → 03-31,
// 2024-2026年 → 2026-12-31, X月前 → the last day of month X-1, 4月份 / 2025年6月完成 → the
// month's last day; 年初 has none (null). Phrases without a year use `documentYear`
// (明年底 adds one); date is null when no year is known. 上半年/下半年/季度
// directly followed by "," open a report ("今年上半年,提任干部25人"), not a deadline.
// A labelled time limit (完成时限:…, 时限要求:…, 时间节点:…) is a deadline whatever it
// says, as a 完成时限 cell of a table is: its value is read whole by `limitDate`
// (2025年6月 → 06-30, 全年 → 12-31, 长期坚持/持续推进/每年 → null).

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const endOfMonth = (y: number, m: number) => iso(y, m, lastDay(y, m));
const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

type Resolver = (m: RegExpMatchArray, year: number | null) => string | null;
const BY = '(?:前|之前|以前)';
const DONE = '(?:完成)?';
const FULLY = '(?:全部|全面|基本)?';

/** Each pattern with how to fix its date; `year` is the document year (or null). */
const DEADLINE_PATTERNS: [RegExp, Resolver][] = [
  [new RegExp(String.raw`(\d{4})年(\d{1,2})月(\d{1,2})日${BY}${DONE}`, 'g'), (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
  [new RegExp(String.raw`(\d{4})年(\d{1,2})月(?:底|末)${BY}?${DONE}`, 'g'), (m) => endOfMonth(+m[1]!, +m[2]!)],
  [new RegExp(String.raw`(\d{4})年(\d{1,2})月${BY}${DONE}`, 'g'), (m) => (+m[2]! === 1 ? iso(+m[1]! - 1, 12, 31) : endOfMonth(+m[1]!, +m[2]! - 1))],
  [new RegExp(String.raw`(\d{4})年?\s*[-—–~至到]\s*(\d{4})年`, 'g'), (m) => (+m[2]! > +m[1]! ? iso(+m[2]!, 12, 31) : null)],
  [new RegExp(String.raw`(\d{4})年(?:底|末)${BY}?${DONE}`, 'g'), (m) => iso(+m[1]!, 12, 31)],
  [/(\d{4})年上半年(?!,)/g, (m) => iso(+m[1]!, 6, 30)],
  [/(\d{4})年下半年(?!,)/g, (m) => iso(+m[1]!, 12, 31)],
  [/(\d{4})年第?([一二三四1-4])季度(?!,)/g, (m) => endOfMonth(+m[1]!, QUARTER[m[2]!]!)],
  [new RegExp(String.raw`(\d{4})年度?(?:${BY}|内)${DONE}`, 'g'), (m) => iso(+m[1]!, 12, 31)],
  [new RegExp(String.raw`(\d{4})年(\d{1,2})月份?${FULLY}完成`, 'g'), (m) => endOfMonth(+m[1]!, +m[2]!)],
  [/(\d{4})年(?:全部|全面|基本)?完成/g, (m) => iso(+m[1]!, 12, 31)],
  [/到(\d{4})年(?![底末内度上下第前之以全基完\d])/g, (m) => iso(+m[1]!, 12, 31)],
  [new RegExp(String.raw`(?<![\d年])(\d{1,2})月(\d{1,2})日${BY}${DONE}`, 'g'), (m, y) => (y ? iso(y, +m[1]!, +m[2]!) : null)],
  [new RegExp(String.raw`(?<![\d年])(\d{1,2})月(?:底|末)${BY}?${DONE}`, 'g'), (m, y) => (y ? endOfMonth(y, +m[1]!) : null)],
  [new RegExp(String.raw`(?<![\d每])(明)?年(?:底|末)${BY}?${DONE}`, 'g'), (m, y) => (y ? iso(y + (m[1] ? 1 : 0), 12, 31) : null)],
  [new RegExp(`(?<![\\d每${CN_DIGITS}几近])年内${DONE}`, 'g'), (_m, y) => (y ? iso(y, 12, 31) : null)],
  [new RegExp(`(?<![\\d每])(?:本|当)?年度内${DONE}`, 'g'), (_m, y) => (y ? iso(y, 12, 31) : null)],
  [new RegExp(String.raw`(?<![\d年\-—~至到]|截至|截止)(\d{1,2})月份?${FULLY}完成`, 'g'), (m, y) => (y ? endOfMonth(y, +m[1]!) : null)],
  [/(\d{4})年(\d{1,2})月份(?!起|以来|开始)/g, (m) => endOfMonth(+m[1]!, +m[2]!)],
  [/(?<![\d年从自每\-—~至到])(\d{1,2})月份(?!起|以来|开始)/g, (m, y) => (y ? endOfMonth(y, +m[1]!) : null)],
  [/(?<![\d每]|去年|前年)(?:明)?年初(?!以来|至今|起|开始)/g, () => null],
  [/(?<![\d年])上半年(?!,)/g, (_m, y) => (y ? iso(y, 6, 30) : null)],
  [/(?<![\d年])下半年(?!,)/g, (_m, y) => (y ? iso(y, 12, 31) : null)],
  [/(?<![\d年])第?([一二三四])季度(?!,)/g, (m, y) => (y ? endOfMonth(y, QUARTER[m[1]!]!) : null)],
];

/** A labelled time limit in running text (完成时限:2025年6月, 时限要求:长期坚持): group 1 is its value. */
const LIMIT_LABEL_RE = /(?:完成时限|完成期限|时限要求|完成时间|时间节点|时间要求|时限)[:：] ?([^,;。、()\[\]【】〔〕{}\n]{1,16})/g;

/**
 * The last day a whole time-limit value allows (a 完成时限 cell, a labelled 时限): what
 * a deadline pattern reads (2024年12月底前), else 2025年6月30日, 2025年6月(份) → that
 * month's end, 2025年(度) / 全年 / 2025年全年 / 今年 / 本年度 → 12-31, 6月(份) → that month
 * of `year`; null for what fixes no day (长期坚持, 持续推进, 每年, 常态化) or when no year is known.
 */
export function limitDate(value: string, year: number | null): string | null {
  const t = value.trim();
  const read = patternHits(t, { start: 0, end: t.length }, [], year)[0];
  if (read) return read.date;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t))) return iso(+m[1]!, +m[2]!, +m[3]!);
  if ((m = /^(\d{4})年(\d{1,2})月份?$/.exec(t))) return endOfMonth(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})年度?(?:全年)?$/.exec(t))) return iso(+m[1]!, 12, 31);
  if (year === null) return null;
  if ((m = /^(\d{1,2})月份?$/.exec(t))) return endOfMonth(year, +m[1]!);
  if (/^(?:全年|今年|本年度?|当年|年度)$/.test(t)) return iso(year, 12, 31);
  return null;
}

interface Hit {
  start: number;
  end: number;
  date: string | null;
}

/** Every deadline pattern's match in the span outside quotes and titles, overlaps kept. */
function patternHits(text: string, span: Span, masked: Span[], year: number | null): Hit[] {
  const slice = text.slice(span.start, span.end);
  const hits: Hit[] = [];
  for (const [re, resolve] of DEADLINE_PATTERNS) {
    for (const m of slice.matchAll(re)) {
      const start = span.start + m.index;
      if (inside(masked, start)) continue;
      hits.push({ start, end: start + m[0].length, date: resolve(m, year) });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function extractDeadlines(text: string, span: Span, documentYear?: number | null): Deadline[] {
  const masked = maskedRanges(text, span);
  const year = documentYear ?? null;
  const hits = patternHits(text, span, masked, year);
  // A labelled value no pattern reads is a deadline as a whole (完成时限:长期坚持).
  for (const m of text.slice(span.start, span.end).matchAll(LIMIT_LABEL_RE)) {
    const value = m[1]!.trimEnd();
    const start = span.start + m.index + m[0].length - m[1]!.length;
    const end = start + value.length;
    if (value.length === 0 || inside(masked, start) || hits.some((h) => h.start < end && h.end > start)) continue;
    hits.push({ start, end, date: limitDate(value, year) });
  }
  // Overlaps: the earliest, then the longest, wins (2024年底前 over 年底前 inside it).
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: Deadline[] = [];
  let reached = -1;
  for (const h of hits) {
    if (h.start < reached) continue;
    reached = h.end;
    const t = text.slice(h.start, h.end);
    found.push({ text: t, date: h.date, evidence: evidenceAt(text, h.start, h.end) });
  }
  return found;
}

// ---------------------------------------------------------------------------
// Initiatives
// ---------------------------------------------------------------------------
//
// A quoted name is a programme when
// - it is on the allow-list, or
// - it ends in 工程/行动/计划/项目/活动 (“百千万工程”, “福蕾行动计划”), or
// - the quote (or a chain of quotes “…”“…”, then an optional 等) is followed by
//   up to 6 characters and 工程/行动/计划/项目/活动 (“绿美殡葬”系列行动,
//   “邻里守望”关爱行动), or by up to 4 characters and 品牌/服务/示范点/
//   示范/试点/创建 that ends the phrase (“近邻+养老”服务示范点, but not
//   “互联网+”服务水平), or it is listed before 等 and such a head word in its
//   clause (组织开展“敬老月”“敬老文明号”及…创建工作等活动).
// A platform or a working model is a tool, not a programme: “爱心厦门”平台,
// “互联网+网格化”工作模式.
// Never: the deny-list of political slogans and rules (“两个确立”, “第一议题”,
// “三会一课”, …) and names without a Chinese character (“1310”, “6.19”, “1+1”).
// name = the quoted text as printed (“明珠一号 福彩增量” → 明珠一号 福彩增量);
// one mention per name per task.

const DENY = new Set([
  '两个确立', '两个维护', '四个意识', '四个自信', '两不愁三保障', '第一议题', '第二议题', '三会一课',
  '一岗双责', '四风', '四下基层', '四种形态', '一老一小', '一站一项目', '两学一做', '不忘初心、牢记使命', '一把手',
]);
// Not 智慧民政: it names a platform (“智慧民政”一体化平台/综合平台), and tools are not programmes.
const ALLOW = new Set(['近邻+养老', '时间银行', '五社联动', '百千万工程']);
const STRONG = '工程|行动|计划|项目|活动';
const STRONG_END = new RegExp(`(?:${STRONG})$`);
/** A modifier between the quote and its head word: Chinese characters other than 的. */
const MOD = '(?:(?!的)[\\u4e00-\\u9fa5])';
const STRONG_AFTER = new RegExp(`^等?${MOD}{0,6}?(?:${STRONG})`);
const WEAK_AFTER = new RegExp(
  `^等?${MOD}{0,4}?(?:品牌|服务|示范点|示范|试点|创建)(?:(?![\\u4e00-\\u9fa5])|(?=示范点|建设|工作|经验|的))`,
);
/** The quote is an item of a list that 等 closes with a head word: “A”“B”及C等活动. */
const LIST_AFTER = new RegExp(`^[^,。;:!?\\n]{0,30}?等${MOD}{0,4}?(?:${STRONG})(?![\\u4e00-\\u9fa5])`);
/** A following quote in a chain “…”“…” or “…”、“…”. */
const NEXT_QUOTE = /^、?(?:“[^“”\n]{1,40}”|「[^「」\n]{1,40}」)/;

function isProgramme(q: Quoted, text: string, span: Span): boolean {
  const name = q.inner.trim();
  if (DENY.has(name) || !/[\u4e00-\u9fa5]/.test(name)) return false;
  if (ALLOW.has(name) || STRONG_END.test(name)) return true;
  let rest = text.slice(q.end + 1, span.end);
  for (let m = rest.match(NEXT_QUOTE); m; m = rest.match(NEXT_QUOTE)) rest = rest.slice(m[0].length);
  const head = rest.slice(0, 12);
  return STRONG_AFTER.test(head) || WEAK_AFTER.test(head) || LIST_AFTER.test(rest.slice(0, 40));
}

export function extractInitiatives(text: string, span: Span): InitiativeMention[] {
  const found: InitiativeMention[] = [];
  const seen = new Set<string>();
  for (const q of quotesIn(text, span)) {
    const name = q.inner.trim();
    if (seen.has(name) || !isProgramme(q, text, span)) continue;
    seen.add(name);
    found.push({ name, mention: q.inner, evidence: evidenceAt(text, q.start, q.end) });
  }
  return found;
}
