// Who leads and who supports a task, and which outside agencies it involves.
// Sources, most reliable first: an annotation {牵头科室:…;责任科室(单位):…}
// (汕尾 style, also 【】 and ()), else "由X牵头" / "X牵头负责" / "X负责" in the
// running text. Agencies come from the running text only. We would rather
// miss a lead than invent one, so running-text leads must look like units.
import type { DepartmentKind, DepartmentMention, Span } from './types.js';
import { evidenceAt } from './sentences.js';
import { AGENCIES, DEPARTMENTS } from './data/departments.js';

export interface ResponsibilityResult {
  leads: DepartmentMention[];
  supports: DepartmentMention[];
  agencies: DepartmentMention[];
  /** Span of the {…} annotation, if any (the last one when a task has several). */
  annotation: Span | null;
}

interface Resolved {
  name: string;
  kind: DepartmentKind;
}
/** A found unit; start/end are absolute offsets into the document text. */
interface Hit extends Resolved {
  start: number;
  end: number;
}

const ALIASES = new Map<string, Resolved>();
const SHORT = new Map<string, Resolved>();
for (const d of [...DEPARTMENTS, ...AGENCIES]) {
  for (const a of d.aliases) ALIASES.set(a, { name: d.name, kind: d.kind });
  for (const a of d.short ?? []) SHORT.set(a, { name: d.name, kind: d.kind });
}
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Agency aliases distinctive enough to count wherever they appear. */
const AGENCY_RE = new RegExp(
  AGENCIES.flatMap((d) => d.aliases).sort(byLengthDesc).map(escape).join('|'),
  'g',
);
const TABLE_ALIASES = [...ALIASES.keys()].sort(byLengthDesc);
/** Everything that can name an agency inside a 部门 list, longest first. */
const LIST_WORDS = [...new Set([...SHORT.keys(), ...ALIASES.keys()])].sort(byLengthDesc);

const KEY_RE = /(牵头|责任|配合|协办|协助|参与)(科室|处室|单位|部门)(\(单位\))?\s*[:：]/;
const LEAD_KEY = /牵头/;
const SUPPORT_KEY = /责任|配合|协办|协助|参与/;
const CLOSE: Record<string, string> = { '{': '}', '【': '】', '(': ')' };

export function extractResponsibility(text: string, span: Span): ResponsibilityResult {
  const leads: Hit[] = [];
  const supports: Hit[] = [];
  const annotations = findAnnotations(text, span);
  for (const a of annotations) parseAnnotation(text, a.inner, leads, supports);

  // Blank the annotations out (same length, so offsets hold) before reading the prose.
  let prose = text.slice(span.start, span.end);
  for (const a of annotations) {
    const from = a.outer.start - span.start;
    const to = a.outer.end - span.start;
    prose = prose.slice(0, from) + '\n'.repeat(to - from) + prose.slice(to);
  }
  if (annotations.length === 0) runningTextLeads(prose, span.start, leads, supports);

  const leadList = unique(leads, new Set());
  const supportList = unique(supports, new Set(leadList.map((h) => h.name)));
  const taken = new Set([...leadList, ...supportList].map((h) => h.name));
  const agencies = findAgencies(prose, span.start);
  const last = annotations[annotations.length - 1];
  return {
    leads: leadList.map((h) => toMention(text, h)),
    supports: supportList.map((h) => toMention(text, h)),
    agencies: unique(agencies, taken).map((h) => toMention(text, h)),
    annotation: last ? last.outer : null,
  };
}

/** Canonical name and kind of a unit as printed, or null when it does not look like one. */
export function resolveDepartment(mention: string): Resolved | null {
  const known = ALIASES.get(mention) ?? ALIASES.get(mention.replace(/^[省市区县]/, ''));
  if (known) return known;
  // The issuing bureau itself and vague groups are not departments to credit.
  if (/^(省|市|本|我)?(有关|相关|其他|民政)?(部门|单位|民政局|民政厅)$/.test(mention)) return null;
  if (!/^[\u4e00-\u9fff][\u4e00-\u9fff()、]*$/.test(mention)) return null;
  if (/^各|直属|下属|所属|民政(局|部门)$|社会事务局$|(中心|院|站|所)$/.test(mention)) {
    return { name: mention, kind: 'SUBORDINATE' };
  }
  if (/(科|处|室|办|股)$/.test(mention)) return { name: mention, kind: 'INTERNAL' };
  if (/(局|委|厅|部|部门|委员会|联|总会)$/.test(mention)) return { name: mention, kind: 'EXTERNAL' };
  return null;
}

interface Annotation {
  outer: Span;
  inner: Span;
}

/** Bracketed runs in the span that carry a 牵头…/责任… key: {…} (also {{…}), 【…】, (…). */
function findAnnotations(text: string, span: Span): Annotation[] {
  const found: Annotation[] = [];
  for (let i = span.start; i < span.end; i++) {
    const open = text[i]!;
    const close = CLOSE[open];
    if (!close) continue;
    let from = i + 1;
    while (open === '{' && text[from] === '{') from++; // {{牵头科室:…}
    // Parentheses nest inside annotations (责任科室(单位), 各县(市、区)民政局).
    let depth = 0;
    let j = from;
    for (; j < span.end; j++) {
      if (text[j] === open) depth++;
      else if (text[j] === close && depth-- === 0) break;
    }
    if (j >= span.end || !KEY_RE.test(text.slice(from, j))) continue;
    found.push({ outer: { start: i, end: j + 1 }, inner: { start: from, end: j } });
    i = j;
  }
  return found;
}

/** `牵头科室:A会同B、C牵头;责任科室(单位):D,各县(市、区)民政局` → leads A B C, supports D and the group. */
function parseAnnotation(text: string, inner: Span, leads: Hit[], supports: Hit[]): void {
  for (const field of splitTop(text, inner, /[;；]/)) {
    const body = text.slice(field.start, field.end);
    const colon = body.search(/[:：]/);
    if (colon < 0) continue;
    const key = body.slice(0, colon);
    const into = LEAD_KEY.test(key) ? leads : SUPPORT_KEY.test(key) ? supports : null;
    if (!into) continue;
    for (const item of units(text, { start: field.start + colon + 1, end: field.end })) {
      const mention = text.slice(item.start, item.end);
      // The key says it is a unit, so an unknown name is still kept (most likely an outside body).
      into.push({ ...item, ...(resolveDepartment(mention) ?? { name: mention, kind: 'EXTERNAL' }) });
    }
  }
}

/** The units listed in a value: split at 、 , and 会同 outside parentheses; a closing 牵头/负责/等 dropped. */
function units(text: string, value: Span): Span[] {
  const parts: Span[] = [];
  for (const part of splitTop(text, value, /[、,，]|会同/)) {
    let { start, end } = part;
    const trailing = /(牵头负责|牵头|负责|等)$/.exec(text.slice(start, end));
    if (trailing) end -= trailing[0].length;
    if (end > start) parts.push({ start, end });
  }
  return parts;
}

/** Split [start,end) at separators that sit outside parentheses; pieces trimmed of spaces. */
function splitTop(text: string, range: Span, separator: RegExp): Span[] {
  const pieces: Span[] = [];
  const sep = new RegExp(`^(?:${separator.source})`);
  let depth = 0;
  let from = range.start;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) pieces.push({ start: s, end: e });
  };
  for (let i = range.start; i < range.end; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = sep.exec(text.slice(i, Math.min(range.end, i + 2)));
      if (m) {
        push(i);
        from = i + m[0].length;
        i = from - 1;
      }
    }
  }
  push(range.end);
  return pieces;
}

/**
 * 由X牵头 / X牵头负责 / X牵头 / X负责, and a following "Y配合". X is what precedes the
 * verb back to the clause start (or after 由); every unit in it must resolve, except
 * that a clause may begin with other words before a unit from the table.
 */
function runningTextLeads(prose: string, base: number, leads: Hit[], supports: Hit[]): void {
  const verb = /(?:牵头负责|牵头|负责)(?!人|任|同志)/g;
  for (const m of prose.matchAll(verb)) {
    const clauseStart = Math.max(...[...',。;:!?\n'].map((c) => prose.lastIndexOf(c, m.index - 1))) + 1;
    const by = prose.lastIndexOf('由', m.index - 1);
    const strict = by >= clauseStart;
    const found = unitList(prose, base, strict ? by + 1 : clauseStart, m.index, !strict);
    if (!found) continue;
    leads.push(...found);
    // "X牵头,Y配合": the partners named right after.
    const after = prose.slice(m.index + m[0].length);
    const partner = /^[,、;]?([^,。;:\n]{2,40}?)(?:配合|协助|协办|参与)/.exec(after);
    if (partner) {
      const from = m.index + m[0].length + partner[0].indexOf(partner[1]!);
      const found2 = unitList(prose, base, from, from + partner[1]!.length, false);
      if (found2) supports.push(...found2);
    }
  }
}

/** Units in prose[from,to) joined by 会同/、/与; null unless every one resolves. */
function unitList(prose: string, base: number, from: number, to: number, prefixAllowed: boolean): Hit[] | null {
  const abs = (s: Span): Span => ({ start: s.start + base, end: s.end + base });
  const parts = splitTop(prose, { start: from, end: to }, /会同|、|与/);
  if (parts.length === 0) return null;
  const hits: Hit[] = [];
  for (const [i, part] of parts.entries()) {
    let mention = prose.slice(part.start, part.end);
    let start = part.start;
    let resolved = ALIASES.get(mention) ?? null;
    if (!resolved && i === 0 && prefixAllowed) {
      // Without 由 the clause may open with other words ("积极推动社会救助科负责"), so
      // only a table name or a 各… group may stand first: "推动XX科" must not become a unit,
      // nor the 办公室 of "居委会办公室" the bureau's (short aliases are not looked for inside).
      const alias = TABLE_ALIASES.find((a) => a.length >= 4 && mention.endsWith(a));
      if (alias) {
        start = part.end - alias.length;
        mention = alias;
        resolved = ALIASES.get(alias)!;
      } else if (mention.startsWith('各')) resolved = resolveDepartment(mention);
    } else if (!resolved) resolved = resolveDepartment(mention);
    if (!resolved) return null;
    hits.push({ ...abs({ start, end: part.end }), ...resolved });
  }
  return hits;
}

/**
 * Outside agencies: distinctive names anywhere (市委组织部, 林业部门, 市卫健委), and
 * sector words in a list that ends in 部门 ("民政、医保、教育…等多部门联动",
 * "与公安、司法行政部门"). The bureau's own 民政 is not in the table, so it drops out.
 */
function findAgencies(prose: string, base: number): Hit[] {
  const hits: Hit[] = [];
  for (const m of prose.matchAll(AGENCY_RE)) {
    let start = m.index;
    // Keep a level prefix as printed: 市卫健委, 市残联.
    if (start > 0 && /[省市区县]/.test(prose[start - 1]!) && !/^[省市区县]/.test(m[0])) start--;
    hits.push({ start: start + base, end: m.index + m[0].length + base, ...ALIASES.get(m[0])! });
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
      hits.push({ start: start + base, end: start + word.length + (last ? 2 : 0) + base, ...resolved });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** First mention of each name wins; names in `skip` are dropped. */
function unique(hits: Hit[], skip: Set<string>): Hit[] {
  const seen = new Set(skip);
  return hits.filter((h) => !seen.has(h.name) && seen.add(h.name));
}

function toMention(text: string, h: Hit): DepartmentMention {
  return {
    name: h.name,
    mention: text.slice(h.start, h.end),
    kind: h.kind,
    evidence: evidenceAt(text, h.start, h.end),
  };
}
