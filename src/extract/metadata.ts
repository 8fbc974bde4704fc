// Document metadata from the front matter (everything before the body) and, where
// the front matter is silent, from what the text itself names.
import { simplified } from './bodies.js';
import { metadataField } from './debris.js';
import { evidenceAt } from './sentences.js';
import { splitLines, type DocumentStructure } from './structure.js';
import type { DocumentMeta, Evidence, IssuerSource } from './types.js';

export interface MetadataResult {
  meta: DocumentMeta;
  warnings: string[];
}

// An organ's name ends in what the body is: 局, 厅 (民政部办公厅, 广州市人民政府办公厅), 委员会/委
// (省卫生健康委, 中共某市委), 人民政府, 办公室, a ministry's 部 or 署.
const ORGAN_END = '(?:局|厅|委员会|委|人民政府|办公室|部|署)';
const ORGAN = new RegExp(`^[\\u4e00-\\u9fa5()]{2,30}${ORGAN_END}$`);
/**
 * An organ opening a title line, before 关于 / a year / 印发 (广州市人民政府办公厅关于印发…的通知,
 * 汕尾市民政局2024年工作要点); joint issuers are separated by a space or 、, the first is taken.
 */
const TITLE_ORGAN = new RegExp(
  `^((?:中共)?[\\u4e00-\\u9fa5()]{1,30}?${ORGAN_END})(?:[ 、]+(?:中共)?[\\u4e00-\\u9fa5()]{1,30}?${ORGAN_END})*(?=关于|(?:19|20)\\d{2}\\s*年|[〇零一二三四五六七八九]{4}年|印发)`,
);
/** The header of an official document (广州市民政局文件) or an organ alone on a front-matter line. */
const HEADER_ORGAN = new RegExp(`^((?:中共)?[\\u4e00-\\u9fa5()]{2,30}${ORGAN_END})(?:文件)?$`);
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔\[(【]\s*(?:19|20)\d{2}\s*[〕\])】]\s*\d{1,4}\s*号/;
const PLAN_TITLE = /(?:要点|计划|方案|报告|意见|规划|安排|总结)$/;
const WORK_PLAN_TITLE = /要点|计划|方案|安排|分工|分解|清单|任务表|措施/;
// Characters that cannot start a city name but often precede one (verbs, prepositions, 中共…).
const NOT_CITY = /[在对将由向与和及了的为把从到省市县区全各本我该共是有等、]/;

/**
 * A document in traditional characters (辦公室, 號) is read as simplified, one character for
 * one so every offset holds; the title, issuer and 文号 are then sliced from the text as printed.
 */
export function extractMetadata(text: string, structure: Pick<DocumentStructure, 'bodyStart' | 'numbered'>): MetadataResult {
  const plain = simplified(text);
  if (plain === text) return readMetadata(text, structure);
  const result = readMetadata(plain, structure);
  const printed = (value: string | null): string | null => {
    const at = value === null ? -1 : plain.indexOf(value);
    return at === -1 ? value : text.slice(at, at + value!.length);
  };
  const meta = result.meta;
  const evidence = meta.issuerEvidence;
  return {
    ...result,
    meta: {
      ...meta,
      title: printed(meta.title)!,
      issuer: evidence ? text.slice(evidence.start, evidence.end) : meta.issuer,
      issuerEvidence: evidence ? evidenceAt(text, evidence.start, evidence.end) : null,
      docNumber: printed(meta.docNumber),
    },
  };
}

function readMetadata(text: string, structure: Pick<DocumentStructure, 'bodyStart' | 'numbered'>): MetadataResult {
  const warnings: string[] = [];
  const lines = splitLines(text);
  const front = lines.filter((l) => l.end <= structure.bodyStart && l.kind === 'BODY');
  const fields = new Map<string, string>();
  for (const l of lines) {
    const f = l.kind === 'METADATA' ? metadataField(l.text) : null;
    if (f && f[1] && !fields.has(f[0])) fields.set(f[0], f[1]);
  }

  // The signature: an organ name on its own line directly followed by a date line.
  let signer: Found | null = null;
  let signedAt: string | null = null;
  for (let i = 0; i + 1 < lines.length; i++) {
    const date = parseDate(lines[i + 1]!.text);
    if (ORGAN.test(lines[i]!.text) && date && lines[i + 1]!.text.length <= 20) {
      signer = { name: lines[i]!.text, source: 'SIGNATURE', at: lines[i]!.start };
      signedAt = date;
      break;
    }
  }

  const city = namedCity(text);
  const found = issuerField(lines) ?? signer ?? titleIssuer(front) ?? coverLetterIssuer(front) ?? inferredIssuer(text, city);
  const issuer = found?.name ?? null;
  if (!issuer) warnings.push('no issuer found');
  const issuerSource = found?.source ?? null;
  const issuerEvidence: Evidence | null = found && found.at !== null ? evidenceAt(text, found.at, found.at + found.name.length) : null;
  const region = (issuer && regionOf(issuer)) ?? (city ? `${city}市` : null);

  const docNumber =
    (fields.get('文号') ?? fields.get('发文字号') ?? front.map((l) => l.text).join('\n')).match(DOC_NUMBER)?.[0] ?? null;
  const publishedAt =
    signedAt ??
    // 成文日期 is the date the document was signed; 发布日期 the day a website put it up.
    [fields.get('成文日期'), fields.get('发文日期'), fields.get('发布日期'), fields.get('发布时间'), fields.get('公文生成日期'), fields.get('生成日期')]
      .map((v) => (v ? parseDate(v) : null))
      .find((d) => d) ??
    null;

  let title = printedTitle(front.map((l) => l.text));
  // A plan's year is the one its title names, else the year it was signed: the year a plan
  // names most is often its target (到2025年), not its own.
  const year = yearOf(title) ?? (publishedAt ? Number(publishedAt.slice(0, 4)) : null) ?? mostNamedYear(text);
  if (year === null) warnings.push('no year found');
  const titleDerived = title === null;
  if (title === null) {
    title = structure.numbered
      ? `${issuer ?? ''}${year ? `${year}年` : ''}工作要点`
      : (lines.find((l) => l.start >= structure.bodyStart && l.kind === 'BODY')?.text.split('。')[0]?.slice(0, 30) ?? '');
    warnings.push(`no title line: derived title "${title}"`);
  }
  const kind = structure.numbered && (titleDerived || WORK_PLAN_TITLE.test(title)) ? 'WORK_PLAN' : 'ARTICLE';
  return { meta: { title, titleDerived, issuer, issuerSource, issuerEvidence, docNumber, publishedAt, year, region, kind }, warnings };
}

/** An issuer and where it is printed (`at`: offset of the name in the text; null when composed). */
interface Found {
  name: string;
  source: IssuerSource;
  at: number | null;
}

type Line = ReturnType<typeof splitLines>[number];

/** 发布机构 / 发文机关 metadata line (the first of each; 发布机构 preferred). */
function issuerField(lines: Line[]): Found | null {
  for (const key of ['发布机构', '发文机关']) {
    for (const l of lines) {
      const f = l.kind === 'METADATA' ? metadataField(l.text) : null;
      if (!f || f[0] !== key) continue;
      if (!f[1]) break;
      const offset = l.text.lastIndexOf(f[1]);
      return { name: f[1], source: 'FIELD', at: offset < 0 ? null : l.start + offset };
    }
  }
  return null;
}

/** The organ a title line opens with: 广州市人民政府办公厅关于印发…的通知, 汕尾市民政局2024年工作要点. */
function titleIssuer(front: Line[]): Found | null {
  for (const l of front) {
    if (l.text.includes('。') || l.text.length > 120) continue;
    const m = TITLE_ORGAN.exec(l.text);
    if (m) return { name: m[1]!, source: 'TITLE', at: l.start };
  }
  return null;
}

/** The cover letter's header (广州市民政局文件) or an organ alone on a line of the front matter. */
function coverLetterIssuer(front: Line[]): Found | null {
  for (const l of front) {
    const m = HEADER_ORGAN.exec(l.text);
    if (m) return { name: m[1]!, source: 'COVER_LETTER', at: l.start };
  }
  return null;
}

/** No line names the issuer: the bureau of the city the text is about, or a 省民政厅 it names. */
function inferredIssuer(text: string, city: string | null): Found | null {
  if (city) {
    const name = `${city}市民政局`;
    const at = text.indexOf(name);
    return { name, source: 'INFERRED', at: at < 0 ? null : at };
  }
  const m = /([\u4e00-\u9fa5]{2,8}?(?:省|自治区))民政厅/.exec(text);
  return m ? { name: m[0], source: 'INFERRED', at: m.index } : null;
}

/** The title line of the front matter: the one the cover letter quotes, a plan-like caption, or the headline. */
function printedTitle(front: string[]): string | null {
  for (const line of front) {
    const quoted = /(?:现将|印发)《([^》]+)》/.exec(line)?.[1] ?? /关于印发(.+?)的通知/.exec(line)?.[1];
    if (quoted) return front.find((l) => l === quoted) ?? quoted;
  }
  const captions = front.filter((l) => !l.includes('。') && l.length <= 80 && !ORGAN.test(l) && !parseDateOnly(l));
  return (
    captions.filter((l) => PLAN_TITLE.test(l) && l.length <= 60).at(-1) ??
    captions.find((l) => !/[,::;]$/.test(l)) ??
    null
  );
}

/** 厦门市民政局 → 厦门市; 广西壮族自治区民政厅 → 广西壮族自治区; 中共广州市委办公室 → 广州市. */
export function regionOf(organ: string): string | null {
  organ = organ.replace(/^中共/, '');
  const m = /^(?:[\u4e00-\u9fa5]{2,3}省|[\u4e00-\u9fa5]{2,8}自治区)?([\u4e00-\u9fa5]{2,7}?(?:市|自治州|州|盟|地区|县|区))/.exec(organ);
  return m?.[1] ?? /^([\u4e00-\u9fa5]{2,8}(?:省|自治区))/.exec(organ)?.[1] ?? null;
}

/**
 * The city whose 民政 the text is about: names seen right before 民政 (汕尾民政, 厦门市民政局,
 * 中共汕尾市民政局党组) that the text also calls a 市, scored by how often they occur.
 */
export function namedCity(text: string): string | null {
  const candidates = new Set<string>();
  for (let i = text.indexOf('民政'); i !== -1; i = text.indexOf('民政', i + 2)) {
    let before = text.slice(Math.max(0, i - 8), i);
    if (before.endsWith('市')) before = before.slice(0, -1);
    // A date runs into the name in a title (2024年测试市民政工作要点): the name starts after it.
    before = before.replace(/^.*[0-9〇零一二三四五六七八九十][年月日号]/, '');
    for (const n of [2, 3]) {
      const c = before.slice(-n);
      if (c.length === n && /^[\u4e00-\u9fa5]+$/.test(c) && !NOT_CITY.test(c)) candidates.add(c);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const asCity = count(text, `${c}市`);
    const score = asCity === 0 ? 0 : asCity + count(text, `${c}民政`);
    if (score > bestScore || (score === bestScore && best !== null && c.length > best.length)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

function yearOf(title: string | null): number | null {
  const m = title ? /((?:19|20)\d{2})\s*年/.exec(title) : null;
  return m ? Number(m[1]) : null;
}

/** The year the text names most often (at least twice; the later one on a tie). */
function mostNamedYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best))) best = y;
  return best;
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function cnNumber(s: string): number {
  if (s.includes('十')) {
    const [tens, ones] = s.split('十');
    return (tens ? CN_DIGIT[tens]! : 1) * 10 + (ones ? CN_DIGIT[ones]! : 0);
  }
  return Number([...s].map((c) => CN_DIGIT[c]).join(''));
}

/** First date in a string as ISO yyyy-mm-dd: 2022年2月23日, 2022-07-18 17:35, 二〇二二年二月二十三日. */
export function parseDate(s: string): string | null {
  let y: number, m: number, d: number;
  const arabic = /((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)/.exec(s);
  const chinese = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(s);
  if (arabic) [y, m, d] = [Number(arabic[1]), Number(arabic[2]), Number(arabic[3])];
  else if (chinese) [y, m, d] = [cnNumber(chinese[1]!), cnNumber(chinese[2]!), cnNumber(chinese[3]!)];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseDateOnly(line: string): boolean {
  return parseDate(line) !== null && line.length <= 20;
}
