import { Neo4jError, isRetriableError } from 'neo4j-driver';
import { ExtractionError } from '../extract/errors.js';

// One line that says what went wrong, for CLI output and API errors: never a stack trace.

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when the database cannot be reached (as opposed to a query or data error). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || isRetriableError(error) && /connect|unavailable/i.test(error.message));
}

/** True when Neo4j ended a transaction because it ran past its timeout (NEO4J_TX_TIMEOUT_MS, see txConfig in connection.ts). */
export function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut|Transaction\.TransactionTimedOut/.test(error.code);
}

/** Neo4j could not read a bookmark the client sent (x-graph-bookmark): not one of its own. */
export function isInvalidBookmark(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.ClientError.Transaction.InvalidBookmark';
}

/** The member the read went to had not caught up with the bookmark sent in time (a lagging replica, or a bookmark of another database). */
export function isBookmarkTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === 'Neo.TransientError.Transaction.BookmarkTimeout';
}

/**
 * A node read back without its properties: a concurrent write deleted it while the
 * query ran (Neo4j reads are read-committed). The request is worth reading again.
 */
export class GraphChangedError extends Error {
  constructor(readonly what: string) {
    super(`${what} was deleted while the query ran`);
    this.name = 'GraphChangedError';
  }
}

/**
 * No pooled connection for a read in time: every slot of the read admission
 * (graph/admission.ts) was taken for `waitedMs`, or the driver's own pool ran dry
 * (its "Connection acquisition timed out", below). The database is up but busy.
 */
export class DatabaseBusyError extends Error {
  constructor(
    readonly waitedMs: number,
    readonly retryAfterSeconds = 1,
  ) {
    super(`no database connection came free within ${waitedMs} ms`);
    this.name = 'DatabaseBusyError';
  }
}

/**
 * Neo4j's memory for all transactions at once (dbms.memory.transaction.total.max) ran
 * out: the database is up but busy with others' work (seen under load at 5,000
 * documents with a 1 GiB heap); a retry later succeeds.
 */
const TRANSACTION_MEMORY_EXHAUSTED = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** True for a DatabaseBusyError, the driver's pool acquisition timeout (a Neo4jError with code N/A) and Neo4j's transaction memory pool running out. */
export function isDatabaseBusy(error: unknown): boolean {
  return (
    error instanceof DatabaseBusyError ||
    (error instanceof Neo4jError && (error.message.startsWith('Connection acquisition timed out') || error.code === TRANSACTION_MEMORY_EXHAUSTED))
  );
}

export function describeError(error: unknown): string {
  if (error instanceof ExtractionError) return error.reason;
  if (error instanceof Neo4jError) {
    const first = error.message.split('\n')[0] ?? '';
    return isDatabaseUnavailable(error) ? `database unavailable: ${first}` : `database error ${error.code}: ${first}`;
  }
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
