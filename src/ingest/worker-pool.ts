// Work of a bulk load on worker threads (bulk-worker.ts), one per core: extracting
// files (what loading each would write) and pairing the tasks of consecutive plans
// (extract/continuity.ts matchTasks), the two CPU-heavy parts of building a corpus graph.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ComparableTask, Continuation } from '../extract/continuity.js';
import type { DocumentGraph } from '../graph/document-graph.js';

export type WorkerJob =
  | { kind: 'extract'; file: string }
  /** matchPlanPairs: `pairs` are [later, earlier] ids of `plans`. */
  | { kind: 'match'; plans: Map<string, ComparableTask[]>; pairs: ReadonlyArray<readonly [later: string, earlier: string]> };

export type ExtractResult = { ok: true; rows: DocumentGraph; version: string; tasks: number; warnings: string[] } | { ok: false; error: string };

type ResultOf<J extends WorkerJob> = J extends { kind: 'extract' } ? ExtractResult : Continuation[];

/**
 * The worker's entry. Run from TypeScript sources (tsx, vitest), it first registers tsx
 * in the worker's own thread (a worker on Node 20 does not inherit its parent's module
 * hooks), then loads the worker; built, it is plain JavaScript.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./bulk-worker.js', import.meta.url);
  // tsx's ESM API ("tsx/esm/api", import condition): require.resolve would give its CommonJS build.
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./bulk-worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** Jobs a worker holds at once: the next is there when it finishes one. */
const IN_FLIGHT = 2;

export class WorkerPool {
  private readonly workers: Array<{ worker: Worker; busy: number }>;
  private readonly waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  private readonly queue: Array<{ id: number; job: WorkerJob }> = [];
  private nextId = 0;

  /** `size` threads (default: one per core); versions read at `ingestedAt`. */
  constructor(options: { ingestedAt: Date; size?: number }) {
    const entry = workerEntry();
    const size = Math.max(1, options.size ?? availableParallelism());
    this.workers = Array.from({ length: size }, () => {
      const slot = { worker: new Worker(entry, { workerData: { ingestedAt: options.ingestedAt.toISOString() } }), busy: 0 };
      slot.worker.on('message', ({ id, result }: { id: number; result: never }) => {
        slot.busy--;
        const waiter = this.waiting.get(id)!;
        this.waiting.delete(id);
        waiter.resolve(result);
        this.dispatch();
      });
      slot.worker.on('error', (error) => {
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      });
      return slot;
    });
  }

  run<J extends WorkerJob>(job: J): Promise<ResultOf<J>> {
    const id = this.nextId++;
    const result = new Promise<ResultOf<J>>((resolve, reject) => this.waiting.set(id, { resolve: resolve as (value: never) => void, reject }));
    this.queue.push({ id, job });
    this.dispatch();
    return result;
  }

  private dispatch(): void {
    for (const slot of this.workers) {
      while (slot.busy < IN_FLIGHT && this.queue.length > 0) {
        slot.busy++;
        slot.worker.postMessage(this.queue.shift()!);
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
