// Loading files into the graph: read → extract → one write transaction each.
// Shared by `kg ingest` and by the server's start-up load of seeds/.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS as EXTENSIONS, extractFile } from '../formats/index.js';
import type { Graph } from '../graph/connection.js';
import { ingestDocument, refreshSearchIndexes, type IngestStatus } from '../graph/ingest.js';
import { linkContinuations } from '../graph/continuity.js';
import { describeError, isDatabaseUnavailable } from '../graph/errors.js';

const DOCUMENT_EXTENSIONS = new Set<string>(EXTENSIONS);

export interface FileOutcome {
  file: string;
  status: IngestStatus | 'failed';
  documentId?: string;
  tasks?: number;
  /** What the extractor wants a reader to know (no tasks found, a derived title …). */
  warnings?: string[];
  error?: string;
  /** The database could not be reached: the files after it are not tried. */
  unavailable?: boolean;
}

/** A path given that is not loaded, and why. */
export interface SkippedPath {
  path: string;
  reason: string;
}

/**
 * Expands folders (recursively, sorted) into the document files to load, and says
 * why anything else is left: a path that does not exist, a file in a folder whose
 * type is not a document's. A file named on its own is always tried (its content
 * decides its format).
 */
export async function findDocumentFiles(paths: string[]): Promise<{ files: string[]; skipped: SkippedPath[] }> {
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      skipped.push({ path, reason: 'no such file or folder' });
      continue;
    }
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of entries) {
      const extension = extname(file).toLowerCase();
      if (DOCUMENT_EXTENSIONS.has(extension)) files.push(file);
      else if (!basename(file).startsWith('.')) skipped.push({ path: file, reason: `not a document file (${extension || 'no extension'}; reads ${[...DOCUMENT_EXTENSIONS].join(' ')})` });
    }
  }
  return { files, skipped };
}

/** The document files of the paths (see findDocumentFiles); a path that does not exist is an error. */
export async function listDocumentFiles(paths: string[]): Promise<string[]> {
  const { files, skipped } = await findDocumentFiles(paths);
  const missing = skipped.find((s) => s.reason === 'no such file or folder');
  if (missing) throw new Error(`${missing.path}: no such file or folder`);
  return files;
}

/** Extracts and loads one file. Never throws: a failure is an outcome with its reason. */
export async function ingestFile(graph: Graph, file: string): Promise<FileOutcome> {
  try {
    const bytes = await readFile(file);
    const doc = await extractFile(bytes, basename(file));
    const result = await ingestDocument(graph, doc, basename(file));
    return { file, ...result, warnings: doc.warnings };
  } catch (error) {
    return { file, status: 'failed', error: describeError(error), ...(isDatabaseUnavailable(error) ? { unavailable: true } : {}) };
  }
}

/**
 * Loads many files with a few transactions in flight at once (documents that share
 * regulations or departments may deadlock each other; the driver retries those).
 */
export async function ingestFiles(
  graph: Graph,
  files: string[],
  options: { concurrency?: number; onOutcome?: (outcome: FileOutcome) => void } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  // Once the database is unreachable, every later file would wait out the driver's
  // retries only to fail the same way: they are reported as not tried instead.
  let unavailable: string | null = null;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const outcome: FileOutcome =
        unavailable === null ? await ingestFile(graph, files[index]!) : { file: files[index]!, status: 'failed', error: `not tried: ${unavailable}`, unavailable: true };
      if (outcome.unavailable && unavailable === null) unavailable = outcome.error ?? 'database unavailable';
      outcomes[index] = outcome;
      options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  if (unavailable !== null) return outcomes;
  // Plans of one issuer in consecutive years: their tasks linked once all are loaded (in any order).
  const changed = outcomes.filter((o) => o.status !== 'skipped' && o.status !== 'failed').map((o) => o.documentId!);
  if (changed.length > 0) await linkContinuations(graph, changed);
  await refreshSearchIndexes(graph);
  return outcomes;
}
