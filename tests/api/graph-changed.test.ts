import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../src/api/errors.js';
import { createLoaders } from '../../src/api/request/loaders.js';
import { GraphChangedError } from '../../src/graph/errors.js';
import { GraphReader, runRead } from '../../src/graph/reader.js';
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

describe('a node deleted while a single query ran', () => {
  // Neo4j reads are read-committed: a node matched and then deleted by another
  // transaction projects as `{label: 'Task'}` with no properties. This query returns
  // exactly that shape, as the accountability query did under the soak.
  const vanishedTaskRow = "RETURN 1 AS taskCount, [{department: null, tasks: [{task: {label: 'Task'}, role: 'DEFAULT_OWNER'}]}] AS groups";

  it('is a GraphChangedError at the reader, whatever depth the projection sits at', async () => {
    const error = await runRead(testGraph(), vanishedTaskRow, {}, 5_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphChangedError);
    expect((error as GraphChangedError).what).toBe('a Task');
  });

  it('reaches the client as GRAPH_CHANGED (read again by the server), not INTERNAL_SERVER_ERROR', () => {
    const error = toApiError(new GraphChangedError('a Task'));
    expect(error.extensions.code).toBe('GRAPH_CHANGED');
    expect(error.message).toBe('the graph changed while this request ran (a Task was deleted meanwhile); send the request again');
  });

  it('also when the node lost its label too ({id: n.id, label: labels(n)[0]} of a deleted node)', async () => {
    const error = await runRead(testGraph(), 'RETURN [{id: null, label: null, name: null}] AS nodes', {}, 5_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphChangedError);
    expect((error as GraphChangedError).what).toBe('a node');
  });

  it('also when it was read projected ({.id, .title} of a deleted node)', async () => {
    const error = await runRead(testGraph(), 'RETURN [{regulation: {id: null, title: null}, mode: "IMPLEMENTS"}] AS citations', {}, 5_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphChangedError);
    expect((error as GraphChangedError).what).toBe('a node');
  });

  it('leaves other maps with a label key alone, and a record is never a node (label counts)', async () => {
    const rows = await runRead(testGraph(), "RETURN 'Task' AS label, 3 AS count, {label: 'Task', id: 'task_0000000000000001'} AS node, {label: 'CITES'} AS edge", {}, 5_000);
    expect(rows).toEqual([{ label: 'Task', count: 3, node: { label: 'Task', id: 'task_0000000000000001' }, edge: { label: 'CITES' } }]);
  });
});
