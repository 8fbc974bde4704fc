// Every example the playground opens with answers on the seeds, without errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples.js';
import { loadSeeds } from '../../src/server/seeds.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';
import { gql, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
  await loadSeeds(testGraph());
  server = await startTestServer({ graph: testGraph(), neo4jUri: testInfo().uri });
});

afterAll(async () => {
  await server?.close();
  await closeTestDriver();
});

describe('playground examples', () => {
  it('are seven, each a named operation', () => {
    expect(PLAYGROUND_EXAMPLES).toHaveLength(7);
    for (const e of PLAYGROUND_EXAMPLES) expect(e.query).toContain(`query ${e.operationName}`);
  });

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.title, e] as const))('%s answers on the seeds', async (_title, example) => {
    const r = await gql(server, example.query, example.variables);
    expect(r.body.errors).toBeUndefined();
    expect(r.status).toBe(200);
    expect(r.text).toContain(example.seedAnswerContains);
  });
});
