// Reads of promises (indicators and deadlines) fetched on their own.
import { listRead } from './batch.js';
import type { EvidenceRow, TaskRow } from './rows.js';

export const promiseReads = {
  /** The task that makes the promise and the evidence of its HAS_INDICATOR / HAS_DEADLINE. */
  source: listRead<{ task: TaskRow; evidence: EvidenceRow }>('read/promise/source'),
};
