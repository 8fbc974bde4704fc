// Extraction on worker threads (extract-worker.ts), one per core: files in, what loading
// each would write out, in the order of the files.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentGraph } from '../graph/document-graph.js';

export interface ExtractRequest {
  index: number;
  file: string;
}

export type ExtractResponse =
  | { index: number; ok: true; rows: DocumentGraph; version: string; tasks: number; warnings: string[] }
  | { index: number; ok: false; error: string };

/**
 * The worker's entry. Run from TypeScript sources (tsx, vitest), it first registers tsx
 * in the worker's own thread (a worker on Node 20 does not inherit its parent's module
 * hooks), then loads the worker; built, it is plain JavaScript.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./extract-worker.js', import.meta.url);
  // tsx's ESM API ("tsx/esm/api", import condition): require.resolve would give its CommonJS build.
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./extract-worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** Extracts `files` on `workers` threads (default: one per core); `onResult` as each is done, results in file order. */
export async function extractInWorkers(
  files: readonly string[],
  options: { ingestedAt: Date; workers?: number; onResult?: (result: ExtractResponse) => void },
): Promise<ExtractResponse[]> {
  const results: ExtractResponse[] = new Array(files.length);
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  const entry = workerEntry();
  const workerData = { ingestedAt: options.ingestedAt.toISOString() };
  let next = 0;
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(entry, { workerData });
      const send = () => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index]! } satisfies ExtractRequest);
      };
      worker.on('message', (result: ExtractResponse) => {
        results[result.index] = result;
        options.onResult?.(result);
        send();
      });
      worker.on('error', reject);
      worker.on('online', send);
    });
  await Promise.all(Array.from({ length: count }, run));
  return results;
}
