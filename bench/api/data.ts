// The benchmark's data: the seeds plus generated work plans (documents 0..n-1 of the
// deterministic generator). On the local Neo4j each size is loaded whole by the bulk load
// (20,000 plans in minutes); with NEO4J_URI the sizes grow in steps through transactions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Graph } from '../../src/graph/connection.js';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { ingestFiles, listDocumentFiles, type FileOutcome } from '../../src/ingest/files.js';
import type { BenchDatabase } from '../throwaway-neo4j.js';
import { loadSeeds } from '../../src/server/seeds.js';
import { generateDocument, loadMaterial } from '../corpus.js';
import { FIXED_PARAMETERS, type QuestionParameters } from './questions.js';

export interface LoadedSize {
  generatedDocuments: number;
  ingestSeconds: number;
}

export async function loadSeedsOnly(graph: Graph): Promise<void> {
  await ensureReferenceData(graph);
  const seeds = await loadSeeds(graph);
  if (seeds.failed.length > 0) throw new Error(`seeds failed: ${seeds.failed.map((f) => f.file).join(', ')}`);
}

/**
 * Makes the graph hold the seeds and generated documents [0, size): by the bulk load into
 * the emptied database when `db` offers it, else by adding [loaded, size) through
 * transactions. Throws when any document fails.
 */
export async function loadCorpus(db: BenchDatabase, loaded: number, size: number): Promise<LoadedSize> {
  const dir = mkdtempSync(join(tmpdir(), 'prg-bench-corpus-'));
  try {
    const material = loadMaterial(resolve('seeds'));
    const bulk = db.bulkLoad;
    const files: string[] = bulk ? (await listDocumentFiles([resolve('seeds')])) : [];
    for (let i = bulk ? 0 : loaded; i < size; i++) {
      const doc = generateDocument(material, i);
      const file = join(dir, doc.fileName);
      writeFileSync(file, doc.bytes);
      files.push(file);
    }
    const t0 = performance.now();
    let outcomes: FileOutcome[];
    if (bulk) {
      await db.reset();
      outcomes = (await bulk(files)).outcomes;
    } else {
      outcomes = await ingestFiles(db, files, { concurrency: 4 });
    }
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length > 0) throw new Error(`${failed.length} documents failed, e.g. ${failed[0]!.file}: ${failed[0]!.error}`);
    return { generatedDocuments: size, ingestSeconds: (performance.now() - t0) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PICK_PARAMETERS = readFileSync(join(import.meta.dirname, 'cypher', 'pick-parameters.cypher'), 'utf8');

/** What the questions are asked about, picked from the loaded seeds (cypher/pick-parameters.cypher). */
export async function pickParameters(graph: Graph): Promise<QuestionParameters> {
  const { records } = await graph.driver.executeQuery(PICK_PARAMETERS, {}, { database: graph.database, routing: neo4j.routing.READ });
  const row = records[0];
  if (!row) throw new Error('pick-parameters found no 厦门 社会救助科 / 汕尾 2024 task / 孤儿: are the seeds loaded?');
  return { departmentId: row.get('departmentId'), taskId: row.get('taskId'), populationId: row.get('populationId'), ...FIXED_PARAMETERS };
}
