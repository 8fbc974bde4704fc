// What a client may see of an error (pure: no server, no database).
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DATABASE_BUSY_MESSAGE } from '../../src/api/errors.js';
import { describe, expect, it } from 'vitest';
import { DATABASE_UNAVAILABLE_MESSAGE, INTERNAL_MESSAGE, formatError } from '../../src/server/format-error.js';

// How Apollo hands a resolver error to formatError: the formatted form, plus the
// GraphQLError that wraps the thrown value as originalError.
function fromResolver(thrown: unknown, extensions: Record<string, unknown> = {}) {
  const wrapped = new GraphQLError(thrown instanceof Error ? thrown.message : String(thrown), {
    path: ['tasks'],
    originalError: thrown instanceof Error ? thrown : undefined,
    extensions,
  });
  return formatError({ ...wrapped.toJSON(), extensions: { ...wrapped.extensions, stacktrace: ['Error: at secret.ts:1'] } }, wrapped);
}

describe('formatError', () => {
  it('hides the message and stack of an unexpected error', () => {
    const out = fromResolver(new Error('Invalid input near MATCH (n:Secret) at bolt://db:7687'), { code: 'INTERNAL_SERVER_ERROR' });
    expect(out).toEqual({ message: INTERNAL_MESSAGE, path: ['tasks'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('treats an error with an unknown code as internal', () => {
    const out = fromResolver(new GraphQLError('driver said: password rejected', { extensions: { code: 'SOMETHING_ELSE' } }), { code: 'SOMETHING_ELSE' });
    expect(out.message).toBe(INTERNAL_MESSAGE);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it.each(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'DATABASE_UNAVAILABLE', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'])(
    'keeps the message and code of %s, without the stack trace',
    (code) => {
      const out = fromResolver(new GraphQLError('first must be between 1 and 100', { extensions: { code } }), { code });
      expect(out).toEqual({ message: 'first must be between 1 and 100', path: ['tasks'], extensions: { code } });
    },
  );

  it('reports a driver "unavailable" error the API layer did not map as DATABASE_UNAVAILABLE', () => {
    const out = fromResolver(new Neo4jError('Failed to connect to server bolt://127.0.0.1:7687', 'ServiceUnavailable', '08000', 'error: connection exception'));
    expect(out).toEqual({ message: DATABASE_UNAVAILABLE_MESSAGE, path: ['tasks'], extensions: { code: 'DATABASE_UNAVAILABLE' } });
  });

  it("reports Neo4j's transaction memory pool running out as DATABASE_BUSY, not an internal error", () => {
    // As bench:api met it at 5,000 documents, 32 connections and a 1 GiB heap.
    const out = fromResolver(
      new Neo4jError(
        'The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 716.0 MiB. dbms.memory.transaction.total.max threshold reached',
        'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
        '',
        '',
      ),
    );
    expect(out).toEqual({ message: DATABASE_BUSY_MESSAGE, path: ['tasks'], extensions: { code: 'DATABASE_BUSY' } });
  });
});
