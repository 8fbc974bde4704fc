// A worker thread of the bulk load (worker-pool.ts): extracts the files it is sent,
// answering with what loading each would write (graph/ingest.ts documentRows), and pairs
// the tasks of consecutive plans (extract/continuity.ts matchPlanPairs).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { matchPlanPairs } from '../extract/continuity.js';
import { extractFile } from '../formats/index.js';
import { describeError } from '../graph/errors.js';
import { documentRows } from '../graph/ingest.js';
import type { ExtractResult, WorkerJob } from './worker-pool.js';

const ingestedAt = new Date((workerData as { ingestedAt: string }).ingestedAt);

async function extract(file: string): Promise<ExtractResult> {
  try {
    const doc = await extractFile(await readFile(file), basename(file));
    const { rows, version } = documentRows(doc, basename(file), ingestedAt);
    return { ok: true, rows, version, tasks: doc.tasks.length, warnings: doc.warnings };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

parentPort!.on('message', async ({ id, job }: { id: number; job: WorkerJob }) => {
  const result = job.kind === 'extract' ? await extract(job.file) : matchPlanPairs(job.plans, job.pairs);
  parentPort!.postMessage({ id, result });
});
