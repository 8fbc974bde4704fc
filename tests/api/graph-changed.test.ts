import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createLoaders } from '../../src/api/loaders.js';
import { GraphReader } from '../../src/graph/reader.js';
import { closeTestDriver, testGraph } from '../setup/db.js';

afterAll(closeTestDriver);

describe('a reference that vanished between two reads of one request', () => {
  it('is GRAPH_CHANGED (which the server answers by reading the query again), not an internal error', async () => {
    const loaders = createLoaders(new GraphReader(testGraph()));
    const error = await loaders.referenced('doc_00000000deadbeef').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('GRAPH_CHANGED');
    expect((error as GraphQLError).message).toBe(
      'the graph changed while this request ran (doc_00000000deadbeef was deleted meanwhile); send the request again',
    );
  });
});
