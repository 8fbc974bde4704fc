// Any published document → ExtractedDocument: the format is detected from the bytes
// (detect.ts), read into blocks (docx.ts, doc.ts, pdf.ts, sheets.ts, html.ts),
// rendered into the plain text the extractor reads (render.ts), extracted
// (src/extract, unchanged), and given the map from its normalized text back to the
// original (origin.ts). Plain text goes straight through, with its lines and columns.
import { checkSize, checkText, DEFAULT_MAX_BYTES, decodeBytes, looksLikeHtml } from '../extract/decode.js';
import { ExtractionError } from '../extract/errors.js';
import { extractFromText } from '../extract/index.js';
import { normalizeWithMap } from '../extract/normalize.js';
import type { DocumentMeta, ExtractedDocument } from '../extract/types.js';
import type { Block } from './blocks.js';
import { detectBinary, extension } from './detect.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { composeOrigin, type Format, type Origin } from './origin.js';
import { readPdf } from './pdf.js';
import { renderBlocks, type RawSegment, type Rendered } from './render.js';
import { readCsv, readXls, readXlsx } from './sheets.js';
import type { ZipLimits } from './zip.js';

export { locate, locateSpan } from './origin.js';
export type { Origin, OriginSegment, Format, SourceSpan } from './origin.js';
export type { SourcePosition } from './position.js';

/** Extensions `kg ingest` picks up in a folder. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.text', '.md', '.htm', '.html', '.docx', '.doc', '.wps', '.pdf', '.xlsx', '.xls', '.csv', '.tsv'] as const;

/** Default size limit for binary formats (a PDF with pictures is larger than its text); text keeps DEFAULT_MAX_BYTES. */
export const DEFAULT_MAX_BINARY_BYTES = 64 * 1024 * 1024;

export interface ReadOptions extends ZipLimits {
  /** Refuse files larger than this (default: 10 MB for text and HTML, 64 MB for the other formats). */
  maxBytes?: number;
}

export interface ReadResult extends Rendered {
  format: Format;
}

const WHAT: Record<Format, string> = { text: 'text', html: 'HTML', docx: '.docx', doc: '.doc', wps: '.wps', pdf: 'PDF', xlsx: '.xlsx', xls: '.xls', csv: 'CSV' };

/** The file's text as the extractor reads it, with the position in the original of every piece. */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.length === 0) throw new ExtractionError(fileName, 'empty file');
  const format = detectBinary(bytes, fileName);
  if (format) {
    checkSize(bytes.length, fileName, options.maxBytes ?? DEFAULT_MAX_BINARY_BYTES);
    const blocks = await readBinary(format, bytes, fileName, options);
    const rendered = renderBlocks(blocks);
    if (!/[^\s\u00A0\u3000]/.test(rendered.text)) throw new ExtractionError(fileName, `no text in the ${WHAT[format]} document`);
    return { format, ...rendered };
  }
  const text = checkText(decodeBytes(bytes, fileName, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES }), fileName);
  if (looksLikeHtml(text)) {
    const rendered = renderBlocks(readHtml(text));
    if (!/[^\s\u00A0\u3000]/.test(rendered.text)) throw new ExtractionError(fileName, 'no text content (HTML page without text)');
    return { format: 'html', ...rendered };
  }
  const ext = extension(fileName);
  if (ext === '.csv' || ext === '.tsv') {
    const rendered = renderBlocks(readCsv(text, fileName));
    if (!/[^\s\u00A0\u3000]/.test(rendered.text)) throw new ExtractionError(fileName, 'no text in the CSV file');
    return { format: 'csv', ...rendered };
  }
  return { format: 'text', text, segments: lineSegments(text) };
}

async function readBinary(format: Format, bytes: Uint8Array, fileName: string, options: ReadOptions): Promise<Block[]> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes, fileName);
    case 'docx':
      return readDocx(bytes, fileName, options);
    case 'xlsx':
      return readXlsx(bytes, fileName, options);
    case 'xls':
      return readXls(bytes, fileName);
    case 'doc':
    case 'wps':
      return readDoc(bytes, fileName, format === 'doc' ? '.doc' : '.wps');
    default:
      throw new ExtractionError(fileName, `unsupported format ${format}`);
  }
}

/** Every line of a text file, at its line and column 1. */
function lineSegments(text: string): RawSegment[] {
  const out: RawSegment[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (i < text.length && ch !== 0x0a && ch !== 0x0d && ch !== 0x2028 && ch !== 0x2029 && ch !== 0x85) continue;
    if (i > start) out.push({ start, end: i, at: { kind: 'line', line, column: 1 } });
    if (ch === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return out;
}

/**
 * Extracts a document in any supported format: the same ExtractedDocument as
 * extractDocument gives for text, with `origin`, the map from its normalized text
 * to the original (see locate). sha256 is that of the file's bytes.
 */
export async function extractFile(
  bytes: Uint8Array,
  fileName: string,
  overrides: Partial<DocumentMeta> = {},
  options: ReadOptions = {},
): Promise<ExtractedDocument & { origin: Origin }> {
  const read = await readDocument(bytes, fileName, options);
  const doc = extractFromText(read.text, fileName, bytes, overrides);
  const { text, map } = normalizeWithMap(read.text);
  if (text !== doc.text) throw new Error(`${fileName}: the offset map does not match the normalized text`);
  const origin = composeOrigin(read.format, read.segments, map, text.length);
  return { ...doc, origin };
}
