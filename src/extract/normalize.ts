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
