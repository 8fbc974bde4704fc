// Loading a whole corpus into an empty local database at once: extraction on every core
// (worker-pool.ts), the graph assembled in memory as the transactional load would write
// it (graph/bulk/corpus-graph.ts), `neo4j-admin database import` builds the store, and
// the local Neo4j starts on it to get its schema and indexes. Its fixed costs (two JVMs
// starting, the indexes built) make it pay from a few thousand documents on
// (BENCHMARKS.md); later documents go through `kg ingest` as usual.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DEFAULT_DATABASE } from '../config.js';
import { assembleCorpusGraph, continuationRelationships, type CorpusDocument, type CorpusGraph } from '../graph/bulk/corpus-graph.js';
import { planSuccession, type PlanFacts } from '../graph/bulk/succession.js';
import { finishBulkImport } from '../graph/bulk/finish.js';
import { ARRAY_DELIMITER, writeImportFiles, type ImportFiles } from '../graph/bulk/import-files.js';
import type { DocumentGraph } from '../graph/document-graph.js';
import type { ComparableTask } from '../extract/continuity.js';
import { createDriver, type Graph } from '../graph/connection.js';
import { linkContinuations } from '../graph/continuity.js';
import { describeError } from '../graph/errors.js';
import { ingestDocuments, referencePopulations, refreshSearchIndexes } from '../graph/ingest.js';
import { graphCounts } from '../graph/read/aggregate.js';
import { adminImport } from '../neo4j-local/import.js';
import { defaultHome, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j, type StartOptions } from '../neo4j-local/local.js';
import { extractFile } from '../formats/index.js';
import { WorkerPool, type WorkerJob } from './worker-pool.js';
import type { FileOutcome } from './files.js';

export class BulkLoadError extends Error {
  override name = 'BulkLoadError';
}

export interface BulkLoadOptions {
  /** The local Neo4j's folder (default: the checkout's .neo4j/). */
  home?: string;
  /** Worker threads for extraction and task matching (default: one per core). */
  workers?: number;
  /** When the documents' versions were read (now by default). */
  ingestedAt?: Date;
  /** How to start the local Neo4j on the imported database (port, ownedByParent …). */
  start?: Omit<StartOptions, 'home'>;
  onOutcome?: (outcome: FileOutcome) => void;
}

/** Seconds each stage took. */
export interface BulkLoadStages {
  extract: number;
  assemble: number;
  /** Writing the import files, while the workers match the tasks of consecutive plans. */
  write: number;
  import: number;
  start: number;
  schema: number;
  /** Second files of documents already imported, the links around them, the full-text refresh. */
  finish: number;
}

export interface BulkLoadResult {
  outcomes: FileOutcome[];
  /** The local Neo4j, running on the loaded database. */
  local: LocalNeo4j;
  nodes: number;
  relationships: number;
  stages: BulkLoadStages;
}

/**
 * Loads `files` into the local Neo4j's database, which must be empty (no document): it is
 * replaced by the import, so the instance is stopped for it and started again after.
 * Outcomes as `kg ingest` gives them; a file that fails to extract fails alone.
 */
export async function bulkLoad(files: readonly string[], options: BulkLoadOptions = {}): Promise<BulkLoadResult> {
  const home = options.home ?? defaultHome();
  const ingestedAt = options.ingestedAt ?? new Date();
  const outcomes: FileOutcome[] = new Array(files.length);
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    options.onOutcome?.(outcome);
  };
  await requireEmpty(home, options.start);

  const stages: Partial<BulkLoadStages> = {};
  const timed = async <T>(stage: keyof BulkLoadStages, work: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    stages[stage] = (performance.now() - t0) / 1000;
    return result;
  };

  // The first file of each document goes in the import; another file of a document already
  // seen is loaded after it by the transactional path, which skips or replaces it as kg ingest would.
  const pool = new WorkerPool({ ingestedAt, ...(options.workers !== undefined && { size: options.workers }) });
  const documents: CorpusDocument[] = [];
  const imported: number[] = [];
  const later: number[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'prg-bulk-'));
  let graph: CorpusGraph;
  let importFiles: ImportFiles;
  try {
    try {
      const extracted = await timed('extract', () => Promise.all(files.map((file) => pool.run({ kind: 'extract', file }))));
      const seen = new Set<string>();
      extracted.forEach((r, index) => {
        const file = files[index]!;
        if (!r.ok) return settle(index, { file, status: 'failed', error: r.error });
        if (seen.has(r.rows.document.id)) return void later.push(index);
        seen.add(r.rows.document.id);
        documents.push({ rows: r.rows, version: r.version });
        imported.push(index);
        outcomes[index] = { file, status: 'loaded', documentId: r.rows.document.id, tasks: r.tasks, warnings: r.warnings };
      });
      extracted.length = 0;
      graph = await timed('assemble', () => assembleCorpusGraph(documents, referencePopulations()));
      // The plans' tasks are paired on the workers while this thread writes the import files.
      const byId = new Map(documents.map((d) => [d.rows.document.id, d.rows]));
      const matched = Promise.all(
        matchJobs(planSuccession(documents.map(({ rows }) => planFacts(rows))), byId).map((job) => pool.run(job)),
      );
      // What the rows hold is in the graph now (a corpus of 20,000 plans is gigabytes of them).
      byId.clear();
      documents.length = 0;
      try {
        importFiles = await timed('write', async () => {
          const written = await writeImportFiles(graph, folder);
          const continues = continuationRelationships(graph.nodes, (await matched).flat());
          for (const r of continues) graph.relationships.push(r);
          const more = await writeImportFiles({ nodes: new Map(), relationships: continues }, folder);
          return { ...written, relationships: [...written.relationships, ...more.relationships], emptyListRelationships: written.emptyListRelationships || more.emptyListRelationships };
        });
      } finally {
        // When the write fails, the matching still ends before the pool closes.
        await matched.catch(() => {});
      }
    } finally {
      await pool.close();
    }
    await timed('import', async () => {
      await stopLocalNeo4j({ home });
      await adminImport({ home, ...importFiles, arrayDelimiter: ARRAY_DELIMITER });
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const nodes = graph.nodes.size;
  const relationships = graph.relationships.length;
  graph.nodes.clear();
  graph.relationships.length = 0;

  const local = await timed('start', () => startLocalNeo4j({ ...options.start, home }));
  const driver = createDriver(local);
  const connected: Graph = { driver, database: DEFAULT_DATABASE };
  try {
    await timed('schema', () => finishBulkImport(connected, importFiles));
    await timed('finish', async () => {
      for (const index of later) settle(index, await loadAlone(connected, files[index]!, ingestedAt));
      const changed = later.map((i) => outcomes[i]!).filter((o) => o.status !== 'skipped' && o.status !== 'failed');
      if (changed.length > 0) await linkContinuations(connected, changed.map((o) => o.documentId!));
      await refreshSearchIndexes(connected);
    });
  } finally {
    await driver.close();
  }
  for (const index of imported) options.onOutcome?.(outcomes[index]!);
  return { outcomes, local, nodes, relationships, stages: stages as BulkLoadStages };
}

/** What the succession of plans reads of a document. */
function planFacts(rows: DocumentGraph): PlanFacts {
  const { id, kind, year, publishedAt } = rows.document;
  return { id, kind, year, publishedAt, issuerId: rows.organization?.id ?? null };
}

/** Pairs of plans to match per worker job: a plan that several follow (one issuer, one year) goes with them, its tasks sent and compared once. */
const PAIRS_PER_MATCH_JOB = 100;

function matchJobs(succession: ReadonlyArray<readonly [laterId: string, previousId: string]>, byId: ReadonlyMap<string, DocumentGraph>): Array<WorkerJob & { kind: 'match' }> {
  const pairs = [...succession].sort((p, q) => (p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
  const tasks = new Map<string, ComparableTask[]>();
  const tasksOf = (id: string) => {
    let t = tasks.get(id);
    if (t === undefined) tasks.set(id, (t = comparableTasks(byId.get(id)!)));
    return t;
  };
  const jobs: Array<WorkerJob & { kind: 'match' }> = [];
  for (let i = 0; i < pairs.length; i += PAIRS_PER_MATCH_JOB) {
    const slice = pairs.slice(i, i + PAIRS_PER_MATCH_JOB);
    const plans = new Map(slice.flatMap(([later, previous]) => [[later, tasksOf(later)] as const, [previous, tasksOf(previous)] as const]));
    jobs.push({ kind: 'match', plans, pairs: slice });
  }
  return jobs;
}

/** A document's tasks as matchTasks compares them, in reading order (as read/changes/comparable-tasks reads them). */
function comparableTasks(rows: DocumentGraph): ComparableTask[] {
  return [...rows.tasks].sort((a, b) => a.props.order - b.props.order).map(({ props }) => ({ id: props.id, title: props.title, text: props.text }));
}

/** Refuses a database that holds documents: the import would replace them. */
async function requireEmpty(home: string, start: BulkLoadOptions['start']): Promise<void> {
  if (!existsSync(join(home, 'db', 'data', 'databases', DEFAULT_DATABASE))) return;
  const running = (await localNeo4jStatus({ home })).state === 'running';
  const local = await startLocalNeo4j({ ...start, home });
  const driver = createDriver(local);
  try {
    const documents = (await graphCounts({ driver, database: DEFAULT_DATABASE })).labels.Document ?? 0;
    if (documents > 0) {
      throw new BulkLoadError(`the database holds ${documents} document(s): a bulk load replaces the whole database, so it only fills an empty one (kg ingest adds documents to a loaded graph; to start over, npm run neo4j:stop and remove ${join(home, 'db')})`);
    }
  } finally {
    await driver.close();
    if (!running) await stopLocalNeo4j({ home });
  }
}

/** A second file of a document already imported: loaded as kg ingest loads it (skipped, refreshed or replaced). */
async function loadAlone(graph: Graph, file: string, ingestedAt: Date): Promise<FileOutcome> {
  try {
    const doc = await extractFile(await readFile(file), basename(file));
    const [outcome] = await ingestDocuments(graph, [{ doc, sourceName: basename(file) }], { ingestedAt });
    if (!outcome!.ok) return { file, status: 'failed', error: describeError(outcome!.error) };
    return { file, ...outcome!.result, warnings: doc.warnings };
  } catch (error) {
    return { file, status: 'failed', error: describeError(error) };
  }
}
