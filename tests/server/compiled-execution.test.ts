// Compiled execution (src/server/compiled-execution.ts) answers as graphql-js does:
// the same operations, sent to a server that compiles them with graphql-jit and to
// one that interprets them, give the same HTTP status and the same body, byte for
// byte: data, errors (messages, locations, paths, codes), abstract types,
// @skip/@include through fragments, aliases, introspection, refused variables.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUR_QUESTIONS } from '../../bench/api/ours.js';
import { FIXED_PARAMETERS, QUESTION_IDS, type QuestionParameters } from '../../bench/api/questions.js';
import { buildApiSchema } from '../../src/api/schema.js';
import { compiledExecution, type CompiledExecution } from '../../src/server/compiled-execution.js';
import { loadSeeds } from '../api/helpers.js';
import { closeTestDriver, testDriver, testGraph, testInfo } from '../setup/db.js';
import { startTestServer, type TestServer } from './helpers.js';

let compiled: TestServer;
let interpreted: TestServer;
let execution: CompiledExecution;
let p: QuestionParameters;

beforeAll(async () => {
  await loadSeeds();
  // The benchmark's kind of parameters, from the seeds alone: the department leading most tasks, a task with leads and supports, 孤儿.
  const pick = `MATCH (dep:Department)-[:LEADS]->(led:Task) WITH dep, count(led) AS n ORDER BY n DESC, dep.id LIMIT 1
    MATCH (t:Task) WHERE EXISTS { (:Department)-[:LEADS]->(t) } AND EXISTS { (:Department)-[:SUPPORTS]->(t) } WITH dep, t ORDER BY t.id LIMIT 1
    MATCH (pop:Population {name: '孤儿'})
    RETURN dep.id AS departmentId, t.id AS taskId, pop.id AS populationId`;
  const { records } = await testDriver().executeQuery(pick, {}, { database: testInfo().database, routing: neo4j.routing.READ });
  const row = records[0]!;
  p = { departmentId: row.get('departmentId'), taskId: row.get('taskId'), populationId: row.get('populationId'), ...FIXED_PARAMETERS };
  // Compiled on the first sighting, so that every operation below runs compiled.
  execution = compiledExecution(await buildApiSchema(), { compileOnSighting: 1 });
  compiled = await startTestServer({ graph: testGraph(), execution, exposeQueryCount: false });
  interpreted = await startTestServer({ graph: testGraph(), execution: 'interpreted', exposeQueryCount: false });
});

afterAll(async () => {
  await compiled?.close();
  await interpreted?.close();
  await closeTestDriver();
});

async function post(server: TestServer, body: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

/** Sends the same request to both servers (twice to the compiled one: the second from its cache) and checks the answers are one. */
async function same(body: Record<string, unknown>): Promise<{ status: number; json: any }> {
  const expected = await post(interpreted, body);
  const first = await post(compiled, body);
  const second = await post(compiled, body);
  expect(first).toEqual(expected);
  expect(second).toEqual(expected);
  return { status: expected.status, json: JSON.parse(expected.text) };
}

const questionBody = (q: (typeof QUESTION_IDS)[number]) => ({ query: OUR_QUESTIONS[q].query, variables: OUR_QUESTIONS[q].variables(p) });

describe('compiled execution answers as graphql-js does', () => {
  it.each(QUESTION_IDS)('benchmark question %s', async (q) => {
    const before = execution.stats().compiled;
    const { status, json } = await same(questionBody(q));
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(execution.stats().compiled).toBe(before + 2);
  });

  it('an interface answered by its concrete types (Node), inline fragments and __typename', async () => {
    const { json } = await same({
      query: `query($id: ID!) { node(id: $id) { __typename id ... on Task { title document { id } } ... on Document { title } }
        responsibilityChain(taskId: $id) { links { kind from { __typename ... on Node { id } } to { __typename ... on Node { id } } } } }`,
      variables: { id: p.taskId },
    });
    expect(json.data.node.__typename).toBe('Task');
    expect(json.data.responsibilityChain.links.length).toBeGreaterThan(0);
  });

  it.each([true, false])('@skip(if: %s) on a fragment spread and @include on a field', async (skip) => {
    const { json } = await same({
      query: `query($skip: Boolean!) { tasks(first: 3) { nodes { id ...More @skip(if: $skip) title @include(if: $skip) } } }
        fragment More on Task { number citations { mode regulation { id } } }`,
      variables: { skip },
    });
    expect(Object.keys(json.data.tasks.nodes[0]).sort()).toEqual(skip ? ['id', 'title'] : ['citations', 'id', 'number']);
  });

  it('aliases of one field with different arguments, and introspection', async () => {
    await same({ query: '{ a: tasks(first: 2) { totalCount nodes { id } } b: tasks(first: 1) { nodes { id } } __schema { queryType { name } } __type(name: "Task") { name } }' });
  });

  it('a resolver refusing an argument: BAD_USER_INPUT with its path and location; NOT_FOUND kept with data', async () => {
    const bad = await same({ query: '{ tasks(first: -1) { totalCount } }' });
    expect(bad.json.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(bad.json.errors[0].path).toEqual(['tasks']);
    expect(bad.json.errors[0].locations).toEqual([{ line: 1, column: 3 }]);
    await same({ query: '{ ok: tasks(first: 1) { totalCount } missing: node(id: "task_0000000000000000") { id } }' });
  });

  it('variables that do not coerce, or are missing: graphql-js answers (400, BAD_USER_INPUT), nothing runs compiled', async () => {
    const query = 'query($first: Int!) { tasks(first: $first) { totalCount } }';
    const before = execution.stats().compiled;
    for (const variables of [{ first: 'ten' }, {}, { first: null }]) {
      const { status, json } = await same({ query, variables });
      expect(status).toBe(400);
      expect(json.errors.map((e: any) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    }
    expect(execution.stats().compiled).toBe(before);
  });

  it('a document of two operations, run by name, and an unknown operation name', async () => {
    const query = 'query A { tasks(first: 1) { nodes { id } } } query B { graphStats { nodeCount } }';
    const b = await same({ query, operationName: 'B' });
    expect(Object.keys(b.json.data)).toEqual(['graphStats']);
    await same({ query, operationName: 'A' });
    const unknown = await same({ query, operationName: 'C' });
    expect(unknown.status).toBe(400);
  });
});
