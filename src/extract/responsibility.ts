// Who leads and who supports a task, and which outside agencies it involves.
//
// Responsibility is read from the grammar of official writing, wherever a plan
// prints it: in brackets of any kind (（）〔〕【】{}) or none, after the 。 or glued
// to the sentence, in a table's columns, once for the whole document.
// - Keyed: 牵头单位:A,配合单位:B、C (any separator between the roles; the key's
//   word decides: 牵头…/主要责任单位 lead, 配合/协办/参与/责任/负责/实施… support).
// - Role after the names: A、B牵头;C配合;各州(市)党委和政府落实, 由A牵头, A会同B牵头,
//   A负责, 规章由A牵头、规范性文件由B牵头. In running text a list needs 由 or a
//   name that carries its level or place (市民政局) before we believe it: we would
//   rather miss a lead than invent one.
// - A key printed once (列第一位者为牵头单位,下同): from there a bracket of bare
//   names is led by its first; without such a key position promotes nobody.
// - A blanket (以下各项工作均需各区、市政府负责落实,不再一一列出) gives its bodies
//   to every later task, with the blanket sentence as evidence.
// - A table's 牵头单位 / 配合单位 columns (see structure.ts).
// Matching runs on a simplified-character shadow of the text, so 牽頭單位 reads as
// 牵头单位 while mentions stay as printed. Names and kinds come from bodies.ts.
import type { TableCell } from './tables.js';
import type { DepartmentMention, Span } from './types.js';
import { evidenceAt } from './sentences.js';
import { AGENCIES, DEPARTMENTS } from './data/departments.js';
import { anchoredBody, canonicalBody, continuesCollective, genericBody, looksLikeBody, simplified, type Body, type BodyContext } from './bodies.js';

type Role = 'LEAD' | 'SUPPORT';

/** A found body; start/end are absolute offsets into the document text. */
interface Hit extends Body {
  start: number;
  end: number;
  role: Role;
  roleWord: string | null;
}

/** What the whole document says once and every task inherits. */
export interface ResponsibilityContext extends BodyContext {
  /** Offset from which a bracket of bare names is led by its first (列第一位者为牵头单位,下同). */
  positionKeyFrom: number | null;
  /** Bodies a blanket sentence gives to every task that starts after `from`. */
  blankets: { from: number; hits: Hit[] }[];
}

export interface ResponsibilityResult {
  leads: DepartmentMention[];
  supports: DepartmentMention[];
  agencies: DepartmentMention[];
  /** Span of the last bracketed annotation, if any. */
  annotation: Span | null;
  /** What was read only in part (a list of names too long to be one). */
  warnings: string[];
}

const NO_CONTEXT: ResponsibilityContext = { region: null, positionKeyFrom: null, blankets: [] };

// 牵头单位: / 责任科室(单位): / 主要责任单位: — a role key, then a colon.
const ROLE_KEY = /(主要责任|共同责任|牵头|主责|责任|配合|协办|协助|参与|负责|实施|协同)(单位|部门|处室|科室|司局|处|科|室)?(\((?:单位|部门)\))?\s*:/g;
// Any key a value runs up to: the next role key or 完成时限: and the like.
const ANY_KEY = /(?:^|[,;。\s])[\u4e00-\u9fff()]{2,10}:/;
// A role word printed after the names. Support words also close their clause (checked in code).
const ROLE_AFTER =
  /((?:为|作为)(?:牵头|主要责任|主责|配合|协办|参与|责任)(?:单位|部门)|分别牵头|共同牵头|牵头负责|牵头|负责落实|具体落实|抓好落实|组织落实|负责|配合|协办|协助|参与|落实)(?!单位|部门|处室|科室|司局|人|任|同志|作用|职责|责任|同)/g;
const LIST_SEPARATOR = /^(?:[、,;\s]|会同|(?:和|及|以及)(?=[市省区县各团]))/;
const LIST_PREFIX = /^(?:由|请|并|均由|另由)/;
const LIST_SUFFIX = /(?:等有关部门|等有关单位|等相关部门|等相关单位|等部门|等单位|等)?(?:按职责分工|按照职责分工|按职责|分工)?$/;
const MAX_LIST = 300;
const MAX_GLUED = 60;
const RUN_TOGETHER = /(?:局|委|厅|中心|机构|政府|办|部|司|处|科|室)[^省市区县]*[省市县](?!级)/;
const CLAUSE_END = /[,;。)\]】〕}\n]/;
const OPEN: Record<string, string> = { '(': ')', '【': '】', '〔': '〕', '{': '}', '[': ']' };
const CLOSE = new Set(Object.values(OPEN));
const OPENER = /[(【〔{[]/;
const ROLE_HINT = /牵头|配合|责任|协办|参与|负责|落实/;
const POSITION_KEY = /(?:列|排|位|名)(?:在|于)?(?:第一位|第1位|首位|第一|首)(?:个)?(?:的)?(?:者|部门|单位)?(?:为|是)(牵头(?:单位|部门)?)/;
const BLANKET = /以下|下同|不再一一列出|不再逐一列出|不再单独列出|不再列出/g;

/**
 * A window of the text read as simplified characters, addressed by absolute offsets, so
 * a task's reading costs its own length, not the document's.
 */
class Shadow {
  private constructor(
    readonly base: number,
    private readonly s: string,
  ) {}
  static of(text: string, start: number, end: number): Shadow {
    return new Shadow(start, simplified(text.slice(start, end)));
  }
  get end(): number {
    return this.base + this.s.length;
  }
  ch(i: number): string {
    return this.s[i - this.base] ?? '';
  }
  slice(a: number, b: number): string {
    return this.s.slice(a - this.base, b - this.base);
  }
  startsWith(word: string, at: number): boolean {
    return this.s.startsWith(word, at - this.base);
  }
  /** Last `ch` in [lo, from], or -1. */
  lastIndexOf(ch: string, from: number, lo: number): number {
    for (let i = from; i >= Math.max(lo, this.base); i--) if (this.s[i - this.base] === ch) return i;
    return -1;
  }
  /** The same window with `spans` blanked out (same length, so offsets hold). */
  blank(spans: readonly Span[]): Shadow {
    const inside = spans
      .map((x) => ({ start: Math.max(x.start, this.base), end: Math.min(x.end, this.end) }))
      .filter((x) => x.end > x.start)
      .sort((a, b) => a.start - b.start);
    if (inside.length === 0) return this;
    let out = '';
    let at = this.base;
    for (const { start, end } of inside) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      out += this.slice(at, from) + '\n'.repeat(end - from);
      at = end;
    }
    return new Shadow(this.base, out + this.slice(at, this.end));
  }
}

const roleOf = (word: string): Role => (/牵头|主要责任|主责/.test(word) ? 'LEAD' : 'SUPPORT');
const LEAD_MARK = /\((牵头(?:单位|部门)?|主责)\)$/;

/** The document-wide part: region for names, the position key, blanket annotations. */
export function responsibilityContext(text: string, body: BodyContext): ResponsibilityContext {
  const shadow = Shadow.of(text, 0, text.length);
  const plain = shadow.slice(0, text.length);
  const ctx: ResponsibilityContext = { ...body, positionKeyFrom: null, blankets: [] };
  const key = POSITION_KEY.exec(plain);
  if (key) ctx.positionKeyFrom = openingBracket(shadow, key.index) ?? key.index;
  let done = 0;
  for (const m of plain.matchAll(BLANKET)) {
    if (m.index < done) continue;
    const start = Math.max(plain.lastIndexOf('。', m.index), plain.lastIndexOf('\n', m.index)) + 1;
    const stops = [plain.indexOf('。', m.index), plain.indexOf('\n', m.index)].filter((i) => i !== -1);
    const end = stops.length > 0 ? Math.min(...stops) + 1 : plain.length;
    done = end;
    if (POSITION_KEY.test(plain.slice(start, end))) continue;
    const hits: Hit[] = [];
    roleAfter(text, shadow, { start, end }, true, ctx, hits);
    if (hits.length > 0) ctx.blankets.push({ from: end, hits });
  }
  return ctx;
}

export function extractResponsibility(
  text: string,
  span: Span,
  ctx: ResponsibilityContext = NO_CONTEXT,
  cells: readonly TableCell[] = [],
): ResponsibilityResult {
  const shadow = Shadow.of(text, span.start, span.end);
  const hits: Hit[] = [];
  const annotations: Span[] = [];
  const warnings: string[] = [];
  for (const b of brackets(shadow, span)) {
    const found: Hit[] = [];
    const inner = { start: b.start + 1, end: b.end - 1 };
    keyed(text, shadow, inner, ctx, found, true);
    roleAfter(text, shadow, inner, true, ctx, found, warnings);
    if (ctx.positionKeyFrom !== null && b.start >= ctx.positionKeyFrom) {
      // Under a position key the first body leads, whatever word the bracket uses for the rest.
      if (found.length === 0 && closesSentence(shadow, b)) byPosition(text, shadow, inner, ctx, found);
      else if (found.length > 0 && !found.some((h) => h.role === 'LEAD')) found[0] = { ...found[0]!, role: 'LEAD' };
    }
    if (found.length > 0) {
      hits.push(...found);
      annotations.push(b);
    }
  }

  // The prose: the text with the annotations blanked out.
  const prose = shadow.blank(annotations);
  keyed(text, prose, span, ctx, hits);
  roleAfter(text, prose, span, false, ctx, hits, warnings);

  for (const cell of cells) {
    if (cell.role !== 'LEADS' && cell.role !== 'SUPPORTS') continue;
    // A cell merged across rows sits in an earlier row: each cell is read in its own window.
    const own = Shadow.of(text, cell.span.start, cell.span.end);
    const found: Hit[] = [];
    keyed(text, own, cell.span, ctx, found, true);
    roleAfter(text, own, cell.span, true, ctx, found);
    if (found.length === 0) {
      const role: Role = cell.role === 'LEADS' ? 'LEAD' : 'SUPPORT';
      for (const item of listItems(own, cell.span)) if (item.valid) found.push(hit(text, item, role, cell.header, ctx));
    }
    hits.push(...found);
  }
  for (const b of ctx.blankets) if (b.from <= span.start) hits.push(...b.hits);

  const leads = unique(hits.filter((h) => h.role === 'LEAD'), new Set());
  const supports = unique(hits.filter((h) => h.role === 'SUPPORT'), new Set(leads.map((h) => h.name)));
  // Agencies from the prose, with every role mention blanked too.
  const rest = prose.blank(hits);
  const taken = new Set([...leads, ...supports].map((h) => h.name));
  const agencies = unique(findAgencies(rest.slice(span.start, span.end), span.start), taken);
  return {
    leads: leads.map((h) => toMention(text, h)),
    supports: supports.map((h) => toMention(text, h)),
    agencies: agencies.map((h) => toMention(text, h)),
    annotation: annotations.at(-1) ?? null,
    warnings,
  };
}

/** Top-level bracketed runs in the span (outer offsets), nesting honoured: 〔…各县(市、区)…〕, {{…}. */
function brackets(s: Shadow, span: Span): Span[] {
  const found: Span[] = [];
  const str = s.slice(span.start, span.end);
  const at = (i: number) => span.start + i;
  const openers = new RegExp(OPENER.source, 'g');
  for (let m = openers.exec(str); m !== null; m = openers.exec(str)) {
    const i = m.index;
    const close = OPEN[str[i]!]!;
    let j = i + 1;
    while (str[i] === '{' && str[j] === '{') j++; // {{牵头科室:…}: the doubled brace opens one annotation
    // An annotation is short: an unmatched bracket costs a bounded look, not the rest of the line.
    let depth = 0;
    let end = -1;
    for (const stop = Math.min(str.length, i + MAX_LIST); j < stop && end === -1; j++) {
      const ch = str[j]!;
      // A paragraph break inside an annotation is the layout's, not the author's: go on when
      // what is open already names a role (（牵头单位:市民政局,配合单位:市财政\n局）).
      if (ch === '\n' && !ROLE_HINT.test(str.slice(i, j))) break;
      if (OPEN[ch]) depth++;
      else if (CLOSE.has(ch) && depth-- === 0) end = ch === close ? j + 1 : i;
    }
    if (end > i) {
      found.push({ start: at(i), end: at(end) });
      openers.lastIndex = end;
    }
  }
  return found;
}

/** 牵头单位:A,配合单位:B、C — each value runs to the next key, the sentence end or the region end. */
function keyed(text: string, s: Shadow, region: Span, ctx: BodyContext, out: Hit[], bracketed = false): void {
  const body = s.slice(region.start, region.end);
  const keys = [...body.matchAll(ROLE_KEY)].filter((m) => m[2] || /^(?:牵头|主要责任|主责)$/.test(m[1]!));
  for (const m of keys) {
    const from = region.start + m.index + m[0].length;
    let to = Math.min(region.end, from + MAX_LIST);
    const rest = s.slice(from, to);
    const next = ANY_KEY.exec(rest);
    if (next) to = Math.min(to, from + next.index);
    // Inside a bracket a value may run over a paragraph break; in prose the line ends it.
    const stop = rest.search(bracketed ? /。/ : /[。\n]/);
    if (stop !== -1) to = Math.min(to, from + stop);
    const word = text.slice(region.start + m.index, region.start + m.index + m[0].length).replace(/\s*[:：]$/, '');
    for (const item of listItems(s, { start: from, end: to })) {
      // 责任单位:市发展改革委(牵头)、市财政局 — a lead marked inside the list.
      const marked = LEAD_MARK.exec(s.slice(item.start, item.end));
      if (marked) out.push(hit(text, { start: item.start, end: item.end - marked[0].length }, 'LEAD', marked[1]!, ctx));
      else if (item.valid) out.push(hit(text, item, roleOf(m[1]!), word, ctx));
    }
  }
}

/**
 * Names then a role word: A、B牵头 / 由A牵头 / C配合 / D负责落实. The names run back to the
 * clause start (or 由); a support word must close its clause unless the names open it.
 * Outside brackets (`lenient` false) the names need 由 or a level/place of their own.
 */
function roleAfter(text: string, s: Shadow, region: Span, lenient: boolean, ctx: BodyContext, out: Hit[], warnings: string[] = []): void {
  const body = s.slice(region.start, region.end);
  // A role word closes the names before it: the next list starts after it (A牵头B配合).
  let previous = region.start;
  for (const m of body.matchAll(ROLE_AFTER)) {
    const at = region.start + m.index;
    const after = at + m[0].length;
    const lo = previous;
    previous = after;
    const closes = after >= region.end || CLAUSE_END.test(s.ch(after));
    const word = m[1]!;
    const role = roleOf(word);
    if (/落实$/.test(word) && !closes) continue;
    const clause = clauseStart(s, lo, at);
    if (clause === at - MAX_LIST && !/[,;。:\n(]/.test(s.ch(clause - 1))) {
      warnings.push(`names before ${m[0]} at offset ${at} run longer than ${MAX_LIST} characters: only the last of them were read`);
    }
    const by = s.lastIndexOf('由', at - 1, clause);
    const from = by >= clause ? by + 1 : clause;
    if (from >= at) continue;
    const whole = listItems(s, { start: from, end: at });
    // 为牵头单位: the role word is 牵头单位, not the copula before it.
    const roleWord = text.slice(at + (/^(?:作为|为)/.exec(word)?.[0].length ?? 0), after);
    // In prose, 由民政部门牵头 describes a mechanism; a role is given to a body named in full.
    const named = lenient || whole.every((i) => !genericBody(s.slice(i.start, i.end), ctx));
    if (whole.length > 0 && whole.every((i) => i.valid) && named) {
      const opens = by >= clause || anchoredBody(s.slice(whole[0]!.start, whole[0]!.end), ctx);
      // A support word that does not close its clause is believed only with the names opening it.
      if (closes || role === 'LEAD' ? opens || lenient : opens) {
        for (const item of whole) out.push(hit(text, item, role, roleWord, ctx));
        continue;
      }
    }
    if (!closes && role === 'SUPPORT') continue;
    const glued = gluedList(s, from, at, ctx);
    if (glued) for (const item of glued) out.push(hit(text, item, role, roleWord, ctx));
  }
}

/**
 * Names glued to the words before them (…救助体系市民政局牵头, …服务功能市发展改革委会同市民政局牵头):
 * the longest run before the role word that reads as an anchored list, tried from each place a
 * name can start. A first name with a body word and then another level inside it is two things
 * run together (…中心标准化建设市卫生健康委), not one name.
 */
function gluedList(s: Shadow, from: number, at: number, ctx: BodyContext): Item[] | null {
  let depth = 0;
  const place = ctx.region?.slice(0, -1) ?? null;
  for (let p = Math.max(from, at - MAX_GLUED); p < at; p++) {
    const ch = s.ch(p);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || !(/[各团省市区县州]/.test(ch) || s.startsWith('地方各级', p) || (place !== null && s.startsWith(place, p)))) continue;
    const items = listItems(s, { start: p, end: at });
    if (items.length === 0 || !items.every((i) => i.valid)) continue;
    const first = s.slice(items[0]!.start, items[0]!.end);
    if (anchoredBody(first, ctx) && !RUN_TOGETHER.test(first.replace(/\([^()]*\)/g, ''))) return items;
  }
  return null;
}

/** Whether a bracket ending at `end` closes its sentence: a trailing annotation, not an aside. */
function closesSentence(s: Shadow, b: Span): boolean {
  return b.end >= s.end || /[。;\n]/.test(s.ch(b.end)) || /[。;]/.test(s.ch(b.start - 1));
}

/** A bracket of bare names after a position key: the first leads, the others support. */
function byPosition(text: string, s: Shadow, inner: Span, ctx: BodyContext, out: Hit[]): void {
  const items = splitTop(s, inner, /[,;。]/)
    .map((clause) => listItems(s, clause))
    .filter((list) => list.length > 0 && list.every((i) => i.valid))
    .flat();
  items.forEach((item, k) => out.push(hit(text, item, k === 0 ? 'LEAD' : 'SUPPORT', k === 0 ? '牵头' : null, ctx)));
}

/** Where the clause holding `at` starts: after the last , ; 。 : or unmatched opening bracket. */
function clauseStart(s: Shadow, lo: number, at: number): number {
  let depth = 0;
  // No list of names runs longer than this: the bound keeps a line of 10,000 names linear.
  lo = Math.max(lo, at - MAX_LIST);
  for (let i = at - 1; i >= lo; i--) {
    const ch = s.ch(i);
    if (CLOSE.has(ch)) depth++;
    else if (OPEN[ch]) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && /[,;。:\n]/.test(ch)) return i + 1;
  }
  return lo;
}

/** The opening bracket enclosing `at` on its line, if any. */
function openingBracket(s: Shadow, at: number): number | null {
  let depth = 0;
  for (let i = at - 1; i >= s.base && s.ch(i) !== '\n'; i--) {
    const ch = s.ch(i);
    if (CLOSE.has(ch)) depth++;
    else if (OPEN[ch] && depth-- === 0) return i;
  }
  return null;
}

interface Item extends Span {
  valid: boolean;
}

/** The names of a list: split at 、 , ; spaces and 会同 outside parentheses, 由…/…等 trimmed, collectives rejoined. */
function listItems(s: Shadow, range: Span): Item[] {
  const items: Item[] = [];
  for (const part of splitTop(s, range, LIST_SEPARATOR)) {
    let { start, end } = part;
    const prefix = LIST_PREFIX.exec(s.slice(start, end));
    if (prefix) start += prefix[0].length;
    const suffix = LIST_SUFFIX.exec(s.slice(start, end));
    if (suffix && suffix.index > 0) end -= suffix[0].length;
    const trailing = /(?:分别牵头|共同牵头|牵头负责|牵头|负责落实|负责|配合|协办|参与|落实)$/.exec(s.slice(start, end));
    if (trailing && trailing.index > 0) end -= trailing[0].length;
    if (end <= start) continue;
    const name = s.slice(start, end);
    const open = items.at(-1);
    // 各区、县级市 / 各区、市政府: one collective.
    if (open && open.valid && continuesCollective(s.slice(open.start, open.end).split('、')[0]!, name)) {
      open.end = end;
      continue;
    }
    items.push({ start, end, valid: looksLikeBody(name) });
  }
  return items;
}

/** Split [start,end) at separators that sit outside parentheses; pieces trimmed of spaces. */
function splitTop(s: Shadow, range: Span, separator: RegExp): Span[] {
  const pieces: Span[] = [];
  let depth = 0;
  let from = range.start;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && s.ch(a) === ' ') a++;
    while (b > a && s.ch(b - 1) === ' ') b--;
    if (b > a) pieces.push({ start: a, end: b });
  };
  for (let i = range.start; i < range.end; i++) {
    const ch = s.ch(i);
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = separator.exec(s.slice(i, Math.min(range.end, i + 3)));
      if (m && m.index === 0 && m[0].length > 0) {
        push(i);
        from = i + m[0].length;
        i = from - 1;
      }
    }
  }
  push(range.end);
  return pieces;
}

function hit(text: string, item: Span, role: Role, roleWord: string | null, ctx: BodyContext): Hit {
  return { ...item, ...canonicalBody(text.slice(item.start, item.end), ctx), role, roleWord };
}

// --- Agencies named in the running text (INVOLVES), from the hand-kept sector table ---

const ALIASES = new Map<string, Body>();
const SHORT = new Map<string, Body>();
for (const d of [...DEPARTMENTS, ...AGENCIES]) {
  for (const a of d.aliases) ALIASES.set(a, { name: d.name, kind: d.kind });
  for (const a of d.short ?? []) SHORT.set(a, { name: d.name, kind: d.kind });
}
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Agency aliases distinctive enough to count wherever they appear. */
const AGENCY_RE = new RegExp(AGENCIES.flatMap((d) => d.aliases).sort(byLengthDesc).map(escape).join('|'), 'g');
/** Everything that can name an agency inside a 部门 list, longest first. */
const LIST_WORDS = [...new Set([...SHORT.keys(), ...ALIASES.keys()])].sort(byLengthDesc);

interface AgencyHit extends Body {
  start: number;
  end: number;
  roleWord: null;
}

/**
 * Outside agencies: distinctive names anywhere (市委组织部, 林业部门, 市卫健委), and
 * sector words in a list that ends in 部门 ("民政、医保、教育…等多部门联动",
 * "与公安、司法行政部门"). The bureau's own 民政 is not in the table, so it drops out.
 */
function findAgencies(prose: string, base: number): AgencyHit[] {
  const hits: AgencyHit[] = [];
  for (const m of prose.matchAll(AGENCY_RE)) {
    let start = m.index;
    // Keep a level prefix as printed: 市卫健委, 市残联.
    if (start > 0 && /[省市区县]/.test(prose[start - 1]!) && !/^[省市区县]/.test(m[0])) start--;
    hits.push({ start: start + base, end: m.index + m[0].length + base, ...ALIASES.get(m[0])!, roleWord: null });
  }
  for (const m of prose.matchAll(/部门/g)) {
    // A list is short; a bounded look-back keeps the $-anchored regexes linear.
    const before = prose.slice(Math.max(0, m.index - 80), m.index);
    const qualifier = /(等)?(多|有关|相关|各|其他)?$/.exec(before)!;
    const end = m.index - qualifier[0].length;
    const run = /[\u4e00-\u9fff、]*$/.exec(before.slice(0, before.length - qualifier[0].length))![0];
    let at = end - run.length;
    const items = run.split('、');
    for (const [i, item] of items.entries()) {
      const itemStart = at;
      at += item.length + 1;
      // Only the first item may carry the words before the list (联合公安 → 公安).
      const word = i === 0 ? LIST_WORDS.find((w) => item.endsWith(w)) : item;
      if (!word) continue;
      const resolved = SHORT.get(word) ?? ALIASES.get(word);
      if (!resolved || resolved.kind !== 'EXTERNAL') continue;
      const start = itemStart + item.length - word.length;
      // The item right before 部门 names the agency with it: 林业部门, 司法行政部门.
      const last = i === items.length - 1 && qualifier[0] === '' && !word.endsWith('部门');
      hits.push({ start: start + base, end: start + word.length + (last ? 2 : 0) + base, ...resolved, roleWord: null });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** First mention of each name wins; names in `skip` are dropped. */
function unique<T extends { name: string }>(hits: T[], skip: Set<string>): T[] {
  const seen = new Set(skip);
  return hits.filter((h) => !seen.has(h.name) && seen.add(h.name));
}

function toMention(text: string, h: Body & Span & { roleWord: string | null }): DepartmentMention {
  return {
    name: h.name,
    mention: text.slice(h.start, h.end),
    kind: h.kind,
    roleWord: h.roleWord,
    evidence: evidenceAt(text, h.start, h.end),
  };
}
