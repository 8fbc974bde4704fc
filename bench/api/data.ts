// The benchmark's data: the seeds plus generated work plans, grown in steps so
// that one run measures several sizes without reloading (documents 0..n-1 of the
// deterministic generator, added to what is there).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Graph } from '../../src/graph/connection.js';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { ingestFiles } from '../../src/ingest/files.js';
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

/** Adds generated documents [from, to) to the graph; throws when any fails. */
export async function addGeneratedDocuments(graph: Graph, from: number, to: number): Promise<LoadedSize> {
  const dir = mkdtempSync(join(tmpdir(), 'prg-bench-corpus-'));
  try {
    const material = loadMaterial(resolve('seeds'));
    const files: string[] = [];
    for (let i = from; i < to; i++) {
      const doc = generateDocument(material, i);
      const file = join(dir, doc.fileName);
      writeFileSync(file, doc.bytes);
      files.push(file);
    }
    const t0 = performance.now();
    const outcomes = await ingestFiles(graph, files, { concurrency: 4 });
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length > 0) throw new Error(`${failed.length} generated documents failed, e.g. ${failed[0]!.file}: ${failed[0]!.error}`);
    return { generatedDocuments: to, ingestSeconds: (performance.now() - t0) / 1000 };
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
