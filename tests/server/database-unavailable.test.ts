// Neo4j going away while the server runs: requests answer DATABASE_UNAVAILABLE
// quickly, /health says degraded, nothing crashes, and when Neo4j is back on the
// same address the same server answers again by itself (the driver reconnects).
// Uses its own throwaway Neo4j (the shared test instance must stay up).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE } from '../../src/config.js';
import { createDriver, type Graph } from '../../src/graph/connection.js';
import { applySchema } from '../../src/graph/schema.js';
import { ensureReferenceData, refreshSearchIndexes } from '../../src/graph/ingest.js';
import { ingestFile } from '../../src/ingest/files.js';
import { startLocalNeo4j, stopLocalNeo4j, type LocalNeo4j } from '../../src/neo4j-local/local.js';
import { provision } from '../../src/neo4j-local/provision.js';
import { SERVER_DRIVER_CONFIG } from '../../src/server/connect.js';
import { defaultSeedsDir } from '../../src/server/seeds.js';
import { testInfo } from '../setup/db.js';
import { codes, gql, startTestServer, type TestServer } from './helpers.js';

// Needs a local Neo4j it can stop and start; with NEO4J_URI the tests have none.
const local = testInfo().localHome !== null;

const QUERY = `query ShanweiSheWuKe { tasks(filter: { region: "汕尾市", department: "社会事务科", role: LEAD }) { totalCount } }`;
const ANSWER = { tasks: { totalCount: 5 } };

describe.skipIf(!local)('when Neo4j goes down and comes back', () => {
  let home: string;
  let neo4j: LocalNeo4j;
  let graph: Graph;
  let server: TestServer;

  beforeAll(async () => {
    provision();
    home = mkdtempSync(join(tmpdir(), 'prg-neo4j-outage-'));
    neo4j = await startLocalNeo4j({ home, port: 0, ownedByParent: true });
    // The same driver settings as `npm start`, which bound how long a request waits for a dead database.
    graph = { driver: createDriver(neo4j, SERVER_DRIVER_CONFIG), database: DEFAULT_DATABASE };
    await applySchema(graph.driver, graph.database);
    await ensureReferenceData(graph);
    const outcome = await ingestFile(graph, join(defaultSeedsDir(), 'shanwei-2024-work-plan.txt'));
    expect(outcome.status).toBe('loaded');
    await refreshSearchIndexes(graph);
    server = await startTestServer({ graph, neo4jUri: neo4j.uri });
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await graph?.driver.close();
    if (home) {
      await stopLocalNeo4j({ home });
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);

  it('answers, then says DATABASE_UNAVAILABLE and degraded, then answers again without a restart', async () => {
    const before = await gql(server, QUERY);
    expect(before.body).toEqual({ data: ANSWER });
    expect((await fetch(`${server.origin}/health`)).status).toBe(200);

    await stopLocalNeo4j({ home });

    const t0 = Date.now();
    const during = await gql(server, QUERY);
    const waitedMs = Date.now() - t0;
    expect(codes(during)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(during.body.data ?? null).toBeNull();
    expect(during.text).not.toMatch(/stacktrace|bolt:\/\/|ServiceUnavailable/);
    // Bounded by SERVER_DRIVER_CONFIG (5 s of retries), not the driver's 30 s default.
    expect(waitedMs).toBeLessThan(15_000);

    const health = await fetch(`${server.origin}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'degraded', neo4j: { reachable: false, uri: neo4j.uri, latencyMs: null } });

    // Back on the same port, as a restarted database would be.
    const again = await startLocalNeo4j({ home, port: neo4j.port, ownedByParent: true });
    expect(again.uri).toBe(neo4j.uri);

    const after = await gql(server, QUERY);
    expect(after.body).toEqual({ data: ANSWER });
    const healthAfter = await fetch(`${server.origin}/health`);
    expect(healthAfter.status).toBe(200);

    // The outage is in the log as requests that answered, not as crashes.
    const lines = server.logs().filter((l) => l.msg === 'request' && l.path === '/graphql');
    expect(lines.map((l) => l.errors ?? null)).toEqual([null, ['DATABASE_UNAVAILABLE'], null]);
    // The password the driver uses never reaches the log.
    expect(server.rawLogs.join('\n')).not.toContain(readFileSync(join(home, 'password'), 'utf8').trim());
  }, 240_000);
});
