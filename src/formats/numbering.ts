// Word's automatic list numbers (numbering.xml), which are not in the paragraph
// text: `1.`, `(一)`, `一、`, `①` are computed from the list definitions and the
// order of the paragraphs, as Word shows them, so the structure parser sees them.
//
// A paragraph is numbered by its own w:numPr or by its style's (styles.xml,
// following w:basedOn). Lists are counted per abstract definition, so w:num
// instances sharing one continue each other, unless an instance restarts with a
// w:startOverride. A level counts up from its w:start; a higher level resets the
// levels below it (w:lvlRestart is not read). %1…%9 in w:lvlText are the counters of
// levels 1…9, each in its own level's format.
import { attr, child, children, parseXml, type XmlElement } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Instance {
  abstractId: string;
  /** Level overrides (w:lvlOverride: a start, or a whole level). */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  private readonly styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numberingXml: string, stylesXml: string) {
    const numbering = parseXml(numberingXml).find((e) => e.name.endsWith('numbering'));
    if (numbering) {
      for (const a of children(numbering, 'abstractNum')) this.abstracts.set(attr(a, 'abstractNumId') ?? '', levelsOf(a));
      for (const n of children(numbering, 'num')) {
        const starts = new Map<number, number>();
        const levels = new Map<number, Level>();
        for (const o of children(n, 'lvlOverride')) {
          const ilvl = Number(attr(o, 'ilvl') ?? 0);
          const start = attr(child(o, 'startOverride'), 'val');
          if (start !== undefined) starts.set(ilvl, Number(start));
          const lvl = child(o, 'lvl');
          if (lvl) levels.set(ilvl, levelOf(lvl));
        }
        this.instances.set(attr(n, 'numId') ?? '', { abstractId: attr(child(n, 'abstractNumId'), 'val') ?? '', starts, levels });
      }
    }
    const styles = parseXml(stylesXml).find((e) => e.name.endsWith('styles'));
    if (styles)
      for (const s of children(styles, 'style')) {
        const numPr = child(child(s, 'pPr'), 'numPr');
        const ilvl = attr(child(numPr, 'ilvl'), 'val');
        this.styles.set(attr(s, 'styleId') ?? '', {
          numId: attr(child(numPr, 'numId'), 'val'),
          ilvl: ilvl === undefined ? undefined : Number(ilvl),
          basedOn: attr(child(s, 'basedOn'), 'val'),
        });
      }
  }

  /** The label Word shows before this paragraph (w:p), '' when it is not numbered. Counts: call once per paragraph, in order. */
  label(p: XmlElement): string {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    let numId = attr(child(numPr, 'numId'), 'val');
    let ilvlText = attr(child(numPr, 'ilvl'), 'val');
    if (numId === undefined || ilvlText === undefined) {
      const fromStyle = this.styleNumbering(attr(child(pPr, 'pStyle'), 'val'));
      numId ??= fromStyle.numId;
      if (ilvlText === undefined && fromStyle.ilvl !== undefined) ilvlText = String(fromStyle.ilvl);
    }
    if (numId === undefined || numId === '0') return '';
    const instance = this.instances.get(numId);
    if (!instance) return '';
    const ilvl = Math.min(8, Math.max(0, Number(ilvlText ?? 0) || 0));
    const level = (k: number) => instance.levels.get(k) ?? this.abstracts.get(instance.abstractId)?.get(k);
    const here = level(ilvl);
    if (!here) return '';
    const key = instance.starts.size > 0 || instance.levels.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const startOf = (k: number) => instance.starts.get(k) ?? level(k)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let k = ilvl + 1; k < counts.length; k++) counts[k] = undefined;
    if (here.format === 'none') return '';
    if (here.format === 'bullet') return '';
    return here.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const lvl = level(k);
      return formatNumber(counts[k] ?? startOf(k), lvl?.format ?? 'decimal');
    });
  }

  private styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    const out: { numId?: string; ilvl?: number } = {};
    for (let id = styleId, depth = 0; id !== undefined && depth < 20; depth++) {
      const s = this.styles.get(id);
      if (!s) break;
      out.numId ??= s.numId;
      out.ilvl ??= s.ilvl;
      id = s.basedOn;
    }
    return out;
  }
}

function levelsOf(abstractNum: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(abstractNum, 'lvl')) levels.set(Number(attr(lvl, 'ilvl') ?? 0), levelOf(lvl));
  return levels;
}

function levelOf(lvl: XmlElement): Level {
  return {
    start: Number(attr(child(lvl, 'start'), 'val') ?? 1),
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
  };
}

const CN_DIGITS = '零一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (as Word's chineseCounting shows them). */
export function chineseCounting(n: number, digits = CN_DIGITS, units = ['', '十', '百', '千']): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      zero = parts.length > 0;
      continue;
    }
    if (zero) parts.push(digits[0]!);
    zero = false;
    parts.push(d === 1 && unit === units[1] && i === 0 ? unit : digits[d]! + unit);
  }
  return parts.join('');
}

const roman = (n: number): string => {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
};

const letters = (n: number): string => {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(0x41 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
};

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'ideographDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
    case 'chineseLegalSimplified':
    case 'japaneseLegal':
      return chineseCounting(n, CN_LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    default:
      return String(n);
  }
}
