// Bytes → text. Accepts UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK
// (what many Chinese government sites still serve) and HTML pages in any of those.
// Everything else is refused with an ExtractionError whose message says why.
import iconv from 'iconv-lite';
import { readHtml } from '../formats/html.js';
import { renderBlocks } from '../formats/render.js';
import { ExtractionError } from './errors.js';

export { ExtractionError };

export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes (default 10 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function decodeDocument(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): string {
  return decodeText(decodeBytes(bytes, fileName, options), fileName);
}

/** Bytes → text in the encoding they are in (a BOM, a declared charset, UTF-8, GB18030), nothing else done: HTML stays HTML. */
export function decodeBytes(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): string {
  const fail = (reason: string): never => {
    throw new ExtractionError(fileName, reason);
  };
  checkSize(bytes.length, fileName, options.maxBytes);
  if (bytes.length === 0) fail('empty file');

  const bom = byteOrderMark(bytes);
  if (bom) return strictDecode(bytes.subarray(bom.length), bom.encoding) ?? fail(`undecodable text: invalid ${bom.encoding} after its byte order mark`);

  const binary = binaryReason(bytes);
  if (binary) fail(`binary file (not text): ${binary}`);

  const declared = declaredCharset(bytes);
  return (
    (declared && plausible(decodeAs(bytes, declared))) ||
    strictDecode(bytes, 'utf-8') ||
    plausible(decodeAs(bytes, 'gb18030')) ||
    fail('undecodable text: neither UTF-8 nor GB18030/GBK')
  );
}

/** Throws the "too large" ExtractionError; exported so a reader can refuse a file before loading it. */
export function checkSize(size: number, fileName: string, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) throw new ExtractionError(fileName, `too large: ${megabytes(size)} (limit ${megabytes(maxBytes)})`);
}

/** The part of decoding that also applies to text handed over as a string: HTML stripping and the emptiness checks. */
export function decodeText(text: string, fileName: string): string {
  const fail = (reason: string): never => {
    throw new ExtractionError(fileName, reason);
  };
  let out = checkText(text, fileName);
  if (looksLikeHtml(out)) {
    out = htmlToText(out);
    if (!hasVisibleText(out)) fail('no text content (HTML page without text)');
  }
  return out;
}

/** The checks every text passes (not empty, not binary), the BOM dropped. */
export function checkText(text: string, fileName: string): string {
  const fail = (reason: string): never => {
    throw new ExtractionError(fileName, reason);
  };
  const out = text.replace(/^\uFEFF/, '');
  if (!hasVisibleText(out)) fail(out.length === 0 ? 'empty file' : 'empty file (only whitespace)');
  if (out.includes('\u0000')) fail('binary file (not text): found NUL characters');
  if (controlShare(out) > 0.05) fail('binary file (not text): too many control characters');
  return out;
}

function megabytes(n: number): string {
  const [value, unit] = n >= 1024 * 1024 ? [n / (1024 * 1024), 'MB'] : n >= 1024 ? [n / 1024, 'KB'] : [n, 'bytes'];
  return `${value.toFixed(1).replace(/\.0$/, '')} ${unit}`;
}

function hasVisibleText(s: string): boolean {
  return /[^\s\u00A0\u3000\uFEFF\u200B]/.test(s);
}

// ---------- encodings ----------

function byteOrderMark(b: Uint8Array): { length: number; encoding: string } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { length: 3, encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { length: 2, encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { length: 2, encoding: 'utf-16be' };
  return null;
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'utf-8') return strictDecode(bytes, 'utf-8');
  if (!iconv.encodingExists(encoding)) return null;
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** GB18030 decodes almost any byte soup, so only accept a result that reads like Chinese text. */
function plausible(text: string | null): string | null {
  if (text === null || text.includes('\uFFFD')) return null;
  let good = 0;
  let total = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    total++;
    if (
      (c > 0x20 && c < 0x7f) ||
      (c >= 0xa0 && c <= 0xff) || // Latin-1 punctuation: · × ©
      (c >= 0x2000 && c <= 0x27bf) || // punctuation, symbols, ① Ⅰ ■ ★
      (c >= 0x3000 && c <= 0x303f) || // 。、《》〔〕
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xffef)
    )
      good++;
  }
  return total > 0 && good / total >= 0.95 ? text : null;
}

/** The charset an HTML page declares in `<meta charset>` / `content="…; charset=…"`, mapped to a decoder name. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(name)) return 'gb18030';
  if (/^utf-?8$/.test(name)) return 'utf-8';
  return name;
}

// ---------- binary detection ----------

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'looks like a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'looks like a ZIP archive (.docx/.xlsx/.zip)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'looks like an OLE document (.doc/.xls)'],
  [[0x89, 0x50, 0x4e, 0x47], 'looks like a PNG image'],
  [[0xff, 0xd8, 0xff], 'looks like a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'looks like a GIF image'],
  [[0x1f, 0x8b], 'looks like a gzip archive'],
];

function binaryReason(bytes: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return what;
  const sample = bytes.subarray(0, 1 << 16);
  if (sample.includes(0)) return 'found NUL bytes';
  let control = 0;
  for (const b of sample) if (isControl(b)) control++;
  return control / sample.length > 0.05 ? `${Math.round((100 * control) / sample.length)}% control characters` : null;
}

// Tab, LF, VT, FF, CR and ESC are legitimate in text files.
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) || c === 0x7f;
}

function controlShare(text: string): number {
  const sample = text.slice(0, 1 << 16);
  let control = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) control++;
  return control / sample.length;
}

// ---------- HTML ----------

const KNOWN_TAG = /<\/?(p|div|span|br|a|table|tr|td|li|ul|h[1-6]|meta|head|title|script|style|font|strong|b|img|link)\b[^>]*>/gi;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*<(!doctype\s+html|html[\s>]|\?xml)/i.test(head) || /<(html|body)[\s>]/i.test(head)) return true;
  return (text.slice(0, 65536).match(KNOWN_TAG)?.length ?? 0) >= 5;
}

/**
 * Markup → text, one block element per line (src/formats/html.ts): a task table's
 * rows become pipe rows with rowspan/colspan applied, other tables one cell per line.
 * Only tags that start with an ASCII letter are markup, so `<中华人民共和国…法>` in a
 * title survives.
 */
export function htmlToText(html: string): string {
  return renderBlocks(readHtml(html)).text;
}
