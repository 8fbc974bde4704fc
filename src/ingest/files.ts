// Loading files into the graph: read → extract → one write transaction each.
// Shared by `kg ingest` and by the server's start-up load of seeds/.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS as EXTENSIONS, extractFile } from '../formats/index.js';
import type { Graph } from '../graph/connection.js';
import { ingestDocument, refreshSearchIndexes, type IngestStatus } from '../graph/ingest.js';
import { linkContinuations } from '../graph/continuity.js';
import { describeError } from '../graph/errors.js';

const DOCUMENT_EXTENSIONS = new Set<string>(EXTENSIONS);

export interface FileOutcome {
  file: string;
  status: IngestStatus | 'failed';
  documentId?: string;
  tasks?: number;
  error?: string;
}

/** Expands folders (recursively, document files only, sorted) and checks that every path exists. */
export async function listDocumentFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new Error(`${path}: no such file or folder`);
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true, recursive: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && DOCUMENT_EXTENSIONS.has(extname(e.name).toLowerCase()))
        .map((e) => join(e.parentPath, e.name))
        .sort(),
    );
  }
  return files;
}

/** Extracts and loads one file. Never throws: a failure is an outcome with its reason. */
export async function ingestFile(graph: Graph, file: string): Promise<FileOutcome> {
  try {
    const bytes = await readFile(file);
    const doc = await extractFile(bytes, basename(file));
    const result = await ingestDocument(graph, doc, basename(file));
    return { file, ...result };
  } catch (error) {
    return { file, status: 'failed', error: describeError(error) };
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
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const outcome = await ingestFile(graph, files[index]!);
      outcomes[index] = outcome;
      options.onOutcome?.(outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  // Plans of one issuer in consecutive years: their tasks linked once all are loaded (in any order).
  const changed = outcomes.filter((o) => o.status !== 'skipped' && o.status !== 'failed').map((o) => o.documentId!);
  if (changed.length > 0) await linkContinuations(graph, changed);
  await refreshSearchIndexes(graph);
  return outcomes;
}
