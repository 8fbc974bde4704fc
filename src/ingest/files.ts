// Loading files into the graph: read → extract → one write transaction each.
// Shared by `kg ingest` and by the server's start-up load of seeds/.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS as EXTENSIONS, extractFile } from '../formats/index.js';
import type { Graph } from '../graph/connection.js';
import { ingestDocuments, refreshSearchIndexes, type IngestItem, type IngestStatus } from '../graph/ingest.js';
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
  return (await ingestFiles(graph, [file], { link: false, refresh: false }))[0]!;
}

/** Documents written per transaction at most (see ingestDocuments): enough to spread a statement's and a commit's cost, small enough to stay well inside the transaction timeout. */
export const DEFAULT_BATCH_SIZE = 25;

export interface IngestFilesOptions {
  /** Files read and extracted at once, ahead of the writers; write transactions in flight: at most 2 (see ingestFiles). */
  concurrency?: number;
  /** Documents per write transaction at most (DEFAULT_BATCH_SIZE); a batch takes what is extracted when the writer is free, so one file is written alone at once. */
  batchSize?: number;
  onOutcome?: (outcome: FileOutcome) => void;
  /** Link consecutive plans (CONTINUES) and wait for the full-text indexes after loading (default true). */
  link?: boolean;
  refresh?: boolean;
}

/**
 * Loads many files: extraction runs ahead while the database writes, and the documents
 * extracted meanwhile go in one transaction (ingestDocuments: atomic per document, a bad
 * one fails alone). Outcomes in the order of `files`.
 */
export async function ingestFiles(graph: Graph, files: string[], options: IngestFilesOptions = {}): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // Two write transactions in flight at most: Neo4j then works on both cores (500 generated plans:
  // 14.9 documents/s and 92 ms of Neo4j CPU each with two, 9.1 and 108 with one); more only
  // deadlock on the departments and regulations that batches share (a retry redoes a whole batch).
  const writers = Math.min(concurrency, 2);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    options.onOutcome?.(outcome);
  };
  // Once the database is unreachable, every later file would wait out the driver's
  // retries only to fail the same way: they are reported as not tried instead.
  let unavailable: string | null = null;
  const notTried = (index: number) => settle(index, { file: files[index]!, status: 'failed', error: `not tried: ${unavailable}`, unavailable: true });

  // Extracted documents waiting for a writer; readers and writers waiting for the queue to change.
  const ready: Array<{ index: number; item: IngestItem; warnings: string[] }> = [];
  let waiting: Array<() => void> = [];
  const signal = () => {
    const woken = waiting;
    waiting = [];
    for (const w of woken) w();
  };
  const waitForChange = () => new Promise<void>((resolve) => waiting.push(resolve));
  let nextFile = 0;
  let readersLeft = concurrency;

  const reader = async () => {
    while (nextFile < files.length) {
      // Stay at most a few batches ahead of the writers.
      while (ready.length >= batchSize * writers * 2 && unavailable === null) await waitForChange();
      // Another reader may have taken the last file while this one waited.
      if (nextFile >= files.length) break;
      const index = nextFile++;
      if (unavailable !== null) {
        notTried(index);
        continue;
      }
      const file = files[index]!;
      try {
        const bytes = await readFile(file);
        const doc = await extractFile(bytes, basename(file));
        ready.push({ index, item: { doc, sourceName: basename(file) }, warnings: doc.warnings });
      } catch (error) {
        settle(index, { file, status: 'failed', error: describeError(error) });
      }
      signal();
    }
    readersLeft--;
    signal();
  };

  const writer = async () => {
    for (;;) {
      if (ready.length === 0) {
        if (readersLeft === 0) return;
        await waitForChange();
        continue;
      }
      const batch = ready.splice(0, batchSize);
      signal();
      if (unavailable !== null) {
        for (const b of batch) notTried(b.index);
        continue;
      }
      const results = await ingestDocuments(graph, batch.map((b) => b.item));
      batch.forEach((b, i) => {
        const file = files[b.index]!;
        const r = results[i]!;
        if (r.ok) {
          settle(b.index, { file, ...r.result, warnings: b.warnings });
          return;
        }
        const lost = isDatabaseUnavailable(r.error);
        if (lost && unavailable === null) unavailable = describeError(r.error);
        settle(b.index, { file, status: 'failed', error: describeError(r.error), ...(lost ? { unavailable: true } : {}) });
      });
      signal();
    }
  };
  await Promise.all([...Array.from({ length: concurrency }, reader), ...Array.from({ length: writers }, writer)]);
  if (unavailable !== null) return outcomes;
  const changed = outcomes.filter((o) => o.status !== 'skipped' && o.status !== 'failed').map((o) => o.documentId!);
  // Plans of one issuer in consecutive years: their tasks linked once all are loaded (in any order).
  if (options.link !== false && changed.length > 0) await linkContinuations(graph, changed);
  if (options.refresh !== false) await refreshSearchIndexes(graph);
  return outcomes;
}
