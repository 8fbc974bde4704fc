// Which format a file is, from its bytes: `%PDF-`; a zip holding word/document.xml
// (.docx) or xl/workbook.xml (.xlsx); an OLE compound file holding a WordDocument
// stream (.doc, or .wps when so named) or a Workbook/Book stream (.xls); anything
// else is text: HTML when it looks like a page, CSV when named .csv/.tsv. The
// extension only decides between equals (doc/wps, csv/text), never against the bytes.
import * as XLSX from 'xlsx';
import { ExtractionError } from '../extract/errors.js';
import type { Format } from './origin.js';
import { zipEntryNames } from './zip.js';

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

export type BinaryFormat = Exclude<Format, 'text' | 'html' | 'csv'>;

/** The binary format of these bytes, or null for text (whose kind the text reader decides). Throws for a binary file no reader takes. */
export function detectBinary(bytes: Uint8Array, fileName: string): BinaryFormat | null {
  const ext = extension(fileName);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const pdfAt = head.indexOf('%PDF-');
  if (pdfAt === 0 || (pdfAt > 0 && /^%PDF-\d\.\d/.test(head.slice(pdfAt, pdfAt + 8)))) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    const names = zipEntryNames(bytes);
    if (!names) throw new ExtractionError(fileName, `corrupt ${ext === '.xlsx' ? '.xlsx' : ext === '.docx' ? '.docx' : 'zip archive'} (not a readable zip archive)`);
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('content.xml')) throw new ExtractionError(fileName, 'unsupported format: an OpenDocument file (.odt/.ods); save it as .docx or .xlsx');
    if (ext === '.docx' || ext === '.xlsx') throw new ExtractionError(fileName, `corrupt ${ext} (a zip archive without ${ext === '.docx' ? 'word/document.xml' : 'xl/workbook.xml'})`);
    throw new ExtractionError(fileName, 'unsupported format: a zip archive that is neither a Word (.docx) nor an Excel (.xlsx) document');
  }
  if (startsWith(bytes, OLE)) {
    let streams: string[];
    try {
      streams = XLSX.CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' }).FileIndex.map((f: { name: string }) => f.name);
    } catch (e) {
      throw new ExtractionError(fileName, `corrupt ${ext === '.xls' || ext === '.wps' ? ext : ext === '.doc' ? '.doc' : 'OLE compound file'} (not a readable compound file: ${e instanceof Error ? e.message : String(e)})`);
    }
    const has = (name: string) => streams.some((s) => s.toLowerCase() === name.toLowerCase());
    if (has('EncryptedPackage') || has('EncryptionInfo')) throw new ExtractionError(fileName, 'encrypted Office document (password-protected): cannot read it');
    if (has('WordDocument')) return ext === '.wps' ? 'wps' : 'doc';
    if (has('Workbook') || has('Book')) return 'xls';
    if (ext === '.wps') throw new ExtractionError(fileName, 'unsupported .wps (an old WPS Office format without a Word stream): save it as .doc or .docx');
    throw new ExtractionError(fileName, 'unsupported format: an OLE compound file that is neither a Word (.doc/.wps) nor an Excel (.xls) document');
  }
  return null;
}

export function extension(fileName: string): string {
  const m = /\.[A-Za-z0-9]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}
