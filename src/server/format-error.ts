// What clients may see of an error. Codes the API layer raises on purpose keep
// their message (it was written for the client); anything else is an internal
// failure whose message may name Cypher, files or hosts, so it becomes a generic
// message. Stack traces never leave the server (they are logged, see
// plugins/requestLog.ts).
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DATABASE_BUSY_MESSAGE, QUERY_TIMEOUT_MESSAGE } from '../api/errors.js';
import { isDatabaseBusy, isDatabaseUnavailable, isTransactionTimeout } from '../graph/errors.js';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly';
export const INTERNAL_MESSAGE = 'Internal server error';

/** Codes whose message is meant for the client. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'DATABASE_BUSY',
  'QUERY_TIMEOUT',
  'QUERY_TOO_COMPLEX',
  'GRAPH_CHANGED',
  // Apollo's own request errors: they describe the client's query, not the server.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extension keys that only ever carry server internals. */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'originalError', 'cause']);

/**
 * Driver errors the API layer did not map that still say how the database is, not
 * that the server has a bug: each with the code and message a client gets.
 */
const DATABASE_STATES = [
  { is: isDatabaseUnavailable, code: 'DATABASE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE },
  { is: isTransactionTimeout, code: 'QUERY_TIMEOUT', message: QUERY_TIMEOUT_MESSAGE },
  { is: isDatabaseBusy, code: 'DATABASE_BUSY', message: DATABASE_BUSY_MESSAGE },
] as const;

function databaseState(error: unknown): (typeof DATABASE_STATES)[number] | undefined {
  const cause = unwrapResolverError(error);
  return DATABASE_STATES.find((state) => state.is(cause));
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const where = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
  const state = databaseState(error);
  if (state) return { message: state.message, ...where, extensions: { code: state.code } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([k]) => !INTERNAL_EXTENSIONS.has(k)));
    return { message: formatted.message, ...where, extensions };
  }
  return { message: INTERNAL_MESSAGE, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The code a client will see for this error (for logs and status decisions). */
export function clientCode(error: unknown, formattedCode: unknown): string {
  const state = databaseState(error);
  if (state) return state.code;
  return typeof formattedCode === 'string' && CLIENT_CODES.has(formattedCode) ? formattedCode : 'INTERNAL_SERVER_ERROR';
}
