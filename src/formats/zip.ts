// Reading the parts of an Office Open XML package (.docx, .xlsx) through fflate,
// within limits: a package whose entries would decompress to more than
// MAX_UNZIPPED bytes (a zip bomb) is refused before anything is inflated, and an
// entry that lies about its size is cut at the size it declares (fflate inflates
// into a buffer of exactly that size), so memory stays bounded either way.
import { unzipSync, type Unzipped } from 'fflate';
import { ExtractionError } from '../extract/errors.js';

export const MAX_UNZIPPED = 256 * 1024 * 1024;
export const MAX_ENTRIES = 20_000;

export interface ZipLimits {
  maxUnzipped?: number;
  maxEntries?: number;
}

/** Names in a zip's central directory, nothing inflated; null when it is not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(0)} MB` : `${(n / 1024).toFixed(0)} KB`);

/** The entries `wanted` keeps, inflated; refuses a zip bomb and a corrupt archive with one line naming the format. */
export function readZip(bytes: Uint8Array, fileName: string, what: string, wanted: (name: string) => boolean, limits: ZipLimits = {}): Unzipped {
  const maxUnzipped = limits.maxUnzipped ?? MAX_UNZIPPED;
  const maxEntries = limits.maxEntries ?? MAX_ENTRIES;
  let total = 0;
  let entries = 0;
  let files: Unzipped;
  try {
    // First pass: the sizes every entry declares, nothing inflated.
    unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        entries++;
        return false;
      },
    });
  } catch (e) {
    throw new ExtractionError(fileName, `corrupt ${what} (not a readable zip archive: ${reason(e)})`);
  }
  if (entries > maxEntries) throw new ExtractionError(fileName, `refused ${what}: ${entries} entries in the archive (limit ${maxEntries})`);
  if (total > maxUnzipped)
    throw new ExtractionError(fileName, `refused ${what}: its contents would decompress to ${size(total)} (limit ${size(maxUnzipped)}), a zip bomb`);
  try {
    files = unzipSync(bytes, { filter: (f) => wanted(f.name) });
  } catch (e) {
    throw new ExtractionError(fileName, `corrupt ${what} (${reason(e)})`);
  }
  return files;
}

function reason(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim() || 'unknown error';
}
