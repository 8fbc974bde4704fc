// Every error carries extensions.code and a safe, one-line message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext } from '../../src/api/request/context.js';
import { createDriver } from '../../src/graph/connection.js';
import { closeTestDriver, testGraph, testInfo } from '../setup/db.js';
import { codes, execute, loadSeeds, query } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

describe('argument errors are BAD_USER_INPUT', () => {
  it.each([
    ['accountability with neither id', '{ accountability { taskCount } }'],
    ['accountability with both ids', '{ accountability(regulationId: "reg_0000000000000000", populationId: "pop_0000000000000000") { taskCount } }'],
    ['accountability with the id of another type', '{ accountability(regulationId: "pop_0000000000000000") { taskCount } }'],
    ['an empty search', '{ search(text: "  ") { totalCount } }'],
    ['search first over 100', '{ search(text: "殡葬", first: 101) { totalCount } }'],
    ['neighborhood depth 4', '{ neighborhood(id: "reg_0000000000000000", depth: 4) { truncated } }'],
    ['neighborhood limit 501', '{ neighborhood(id: "reg_0000000000000000", limit: 501) { truncated } }'],
    ['path maxDepth 7', '{ path(fromId: "reg_0000000000000000", toId: "pop_0000000000000000", maxDepth: 7) { truncated } }'],
    ['a malformed relationship type', '{ path(fromId: "reg_0000000000000000", toId: "pop_0000000000000000", relationshipTypes: ["CITES]->() DETACH DELETE"]) { truncated } }'],
    ['RELEVANCE without text', '{ tasks(orderBy: RELEVANCE) { totalCount } }'],
    ['an empty text filter', '{ tasks(filter: {text: ""}) { totalCount } }'],
    ['a department filter with a regulation id', '{ tasks(filter: {department: "reg_0000000000000000"}) { totalCount } }'],
    ['responsibilityChain with a document id', '{ responsibilityChain(taskId: "doc_0000000000000000") { leadSource } }'],
    ['departmentWorkload first over 100', '{ departmentWorkload(first: 101) { totalCount } }'],
  ])('%s', async (_name, source) => {
    const r = await execute(source);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('not found', () => {
  it('responsibilityChain of an unknown task is NOT_FOUND', async () => {
    const r = await execute('{ responsibilityChain(taskId: "task_0000000000000000") { leadSource } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toBe('no task with id task_0000000000000000');
  });

  it('accountability for an unknown population is NOT_FOUND', async () => {
    const r = await execute('{ accountability(populationId: "pop_0000000000000000") { taskCount } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });

  it('neighborhood of an unknown node is NOT_FOUND', async () => {
    expect(codes(await execute('{ neighborhood(id: "reg_0000000000000000") { truncated } }'))).toEqual(['NOT_FOUND']);
  });
});

describe('database and internal errors', () => {
  it('an unreachable Neo4j is DATABASE_UNAVAILABLE, without driver details', async () => {
    const driver = createDriver({ ...testInfo(), uri: 'bolt://127.0.0.1:1' }, { maxTransactionRetryTime: 200, connectionTimeout: 500 });
    try {
      const context = createApiContext({ driver, database: testInfo().database }, { presentedApiKey: null });
      const r = await execute('{ documents { totalCount } }', {}, { context });
      expect(codes(r)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(r.errors![0]!.message).toBe('the graph database is unavailable; try again later');
    } finally {
      await driver.close();
    }
  });

  it('an unexpected failure is INTERNAL_SERVER_ERROR with a bare message, reported to the server', async () => {
    const reported: unknown[] = [];
    const context = createApiContext(testGraph(), { presentedApiKey: null, requestId: 'req-1', onInternalError: (e, id) => reported.push([id, e]) });
    context.reader.readStatement = async () => {
      throw new Error('Invalid input: MATCH (secret:Cypher) RETURN secret');
    };
    const r = await execute('{ documents { totalCount } }', {}, { context });
    expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(r.errors![0]!.message).toBe('internal error');
    expect(JSON.stringify(r.errors)).not.toContain('MATCH');
    expect(reported).toHaveLength(1);
    expect((reported[0] as [string, Error])[0]).toBe('req-1');
  });
});
