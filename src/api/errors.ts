// Every error the API returns carries extensions.code, and its message is one
// line meant for the user: never a stack trace, never Cypher text.

import { GraphQLError } from 'graphql';
import { ExtractionError } from '../extract/errors.js';
import { BOOKMARK_HEADER } from './bookmarks.js';
import { GraphChangedError, isBookmarkTimeout, isDatabaseBusy, isDatabaseUnavailable, isInvalidBookmark, isTransactionTimeout } from '../graph/errors.js';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** No database connection came free in time: other requests hold them (HTTP 503 with Retry-After). */
  DATABASE_BUSY: 'DATABASE_BUSY',
  /** A database transaction ran past NEO4J_TX_TIMEOUT_MS. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** Over MAX_QUERY_DEPTH or MAX_QUERY_COST, refused before execution. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** A node read earlier in the request was deleted by a concurrent write before a later read; the server retries queries once more. */
  GRAPH_CHANGED: 'GRAPH_CHANGED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const QUERY_TIMEOUT_MESSAGE = 'the query took too long and was stopped; ask for less (smaller pages, fewer nested lists, a smaller depth)';
export const DATABASE_BUSY_MESSAGE = 'the graph database is busy with other requests; send the request again after the Retry-After seconds';

export function apiError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export const badInput = (message: string) => apiError(ErrorCode.BAD_USER_INPUT, message);
export const notFound = (message: string) => apiError(ErrorCode.NOT_FOUND, message);
export const unauthenticated = (message: string) => apiError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => apiError(ErrorCode.FORBIDDEN, message);
export const graphChanged = (id: string) =>
  apiError(ErrorCode.GRAPH_CHANGED, `the graph changed while this request ran (${id} was deleted meanwhile); send the request again`);

/**
 * The error a resolver reports for anything thrown below it: our own GraphQLErrors
 * pass through, extraction failures are the user's input, an unreachable Neo4j is
 * DATABASE_UNAVAILABLE, and anything else is an internal error whose details stay
 * in the server log (the message could contain Cypher or driver internals).
 */
export function toApiError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error;
  if (isDatabaseBusy(error)) return apiError(ErrorCode.DATABASE_BUSY, DATABASE_BUSY_MESSAGE);
  if (error instanceof ExtractionError) return badInput(error.reason);
  if (error instanceof GraphChangedError) return graphChanged(error.what);
  if (isDatabaseUnavailable(error)) return apiError(ErrorCode.DATABASE_UNAVAILABLE, 'the graph database is unavailable; try again later');
  if (isTransactionTimeout(error)) return apiError(ErrorCode.QUERY_TIMEOUT, QUERY_TIMEOUT_MESSAGE);
  if (isInvalidBookmark(error)) return badInput(`${BOOKMARK_HEADER} is not a bookmark of this database; send the one a mutation answered with, or none`);
  if (isBookmarkTimeout(error)) return apiError(ErrorCode.DATABASE_UNAVAILABLE, `the graph database has not caught up with the ${BOOKMARK_HEADER} sent yet; try again later`);
  return apiError(ErrorCode.INTERNAL_SERVER_ERROR, 'internal error');
}
