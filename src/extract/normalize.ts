// The one place where raw text becomes the text every offset refers to.
// Policy: full-width ASCII forms (，：；（）１．) become their ASCII twins, every
// kind of space (NBSP, ideographic, thin, tab) becomes one plain space, runs of
// spaces collapse, lines are trimmed and blank lines dropped, so that one line
// is one paragraph. Chinese-only punctuation (。、《》“”【】〔〕) is kept as is.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

export function normalizeText(raw: string): string {
  const text = raw
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\uFF61/g, '。')
    .replace(SPACES, ' ');
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/**
 * Where the normalized text came from: `norm[k]`/`raw[k]` start a run in which
 * normalized offset n is raw offset raw[k] + (n - norm[k]); runs are in order and
 * cover the normalized text (a line break maps to the raw line break before its line).
 */
export interface OffsetMap {
  norm: number[];
  raw: number[];
}

/** normalizeText, and where each piece of its output sits in `raw` (same output text, by construction and by test). */
export function normalizeWithMap(raw: string): { text: string; map: OffsetMap } {
  // Pass 1, character by character: line breaks, zero-width characters, full-width forms and spaces as in normalizeText.
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    let ch = raw[i]!;
    if (code === 0x0d) {
      if (raw.charCodeAt(i + 1) === 0x0a) continue; // \r\n: the \n stands for both
      ch = '\n';
    } else if (code === 0x2028 || code === 0x2029 || code === 0x85) ch = '\n';
    else if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad) continue;
    else if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCharCode(code - 0xfee0);
    else if (code === 0xff61) ch = '。';
    else if (code === 0x09 || code === 0x0b || code === 0x0c || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000)
      ch = ' ';
    chars.push(ch);
    from.push(i);
  }
  // Pass 2, line by line: runs of spaces collapse, lines are trimmed, blank lines dropped.
  const out: string[] = [];
  const map: OffsetMap = { norm: [], raw: [] };
  let length = 0;
  const emit = (ch: string, at: number) => {
    const k = map.norm.length - 1;
    if (k < 0 || map.raw[k]! + (length - map.norm[k]!) !== at) {
      map.norm.push(length);
      map.raw.push(at);
    }
    out.push(ch);
    length++;
  };
  let lineStart = 0;
  for (let j = 0; j <= chars.length; j++) {
    if (j < chars.length && chars[j] !== '\n') continue;
    let a = lineStart;
    let b = j;
    while (a < b && chars[a] === ' ') a++;
    while (b > a && chars[b - 1] === ' ') b--;
    if (a < b) {
      if (length > 0) emit('\n', lineStart > 0 ? from[lineStart - 1]! : from[a]!);
      for (let k = a; k < b; k++) {
        if (chars[k] === ' ' && chars[k - 1] === ' ') continue;
        emit(chars[k]!, from[k]!);
      }
    }
    lineStart = j + 1;
  }
  return { text: out.join(''), map };
}

/** The raw offset of normalized offset `n` (binary search in the map's runs). */
export function rawOffset(map: OffsetMap, n: number): number {
  let lo = 0;
  let hi = map.norm.length - 1;
  if (hi < 0) return n;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.norm[mid]! <= n) lo = mid;
    else hi = mid - 1;
  }
  return map.raw[lo]! + (n - map.norm[lo]!);
}
