// A worker thread of the bulk load (bulk.ts): reads and extracts the files it is sent
// and answers with what loading each would write (graph/ingest.ts documentRows), so
// that extraction, most of a bulk load's Node CPU, runs on every core.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { extractFile } from '../formats/index.js';
import { describeError } from '../graph/errors.js';
import { documentRows } from '../graph/ingest.js';
import type { ExtractRequest, ExtractResponse } from './extract-pool.js';

const ingestedAt = new Date((workerData as { ingestedAt: string }).ingestedAt);

parentPort!.on('message', async ({ index, file }: ExtractRequest) => {
  let response: ExtractResponse;
  try {
    const doc = await extractFile(await readFile(file), basename(file));
    const { rows, version } = documentRows(doc, basename(file), ingestedAt);
    response = { index, ok: true, rows, version, tasks: doc.tasks.length, warnings: doc.warnings };
  } catch (error) {
    response = { index, ok: false, error: describeError(error) };
  }
  parentPort!.postMessage(response);
});
