// One request must not starve the rest (issue 18). Tried as a hostile client
// would: one request of 2,000 aliased graphStats fields once took all 100 pooled
// Neo4j connections, and a normal request sent meanwhile waited 10 s for one or
// failed with INTERNAL_SERVER_ERROR. Here: the flood is refused by MAX_ROOT_FIELDS;
// with that limit lifted, its 4,000 reads go 4 at a time (MAX_READS_PER_REQUEST,
// seen in Neo4j's own transaction list) and a normal request sent meanwhile is
// answered, correctly, before the flood; a pool that is really taken answers
// DATABASE_BUSY with HTTP 503 and Retry-After, never INTERNAL_SERVER_ERROR. The gates
// themselves (graph/admission.ts) are tried first without a database.
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_QUERY_COST, DEFAULT_MAX_QUERY_DEPTH, DEFAULT_READ_LIMITS, type ReadLimits } from '../../src/config.js';
import { ReadAdmission, RequestReads, type Release } from '../../src/graph/admission.js';
import { createDriver, type Graph } from '../../src/graph/connection.js';
import { DatabaseBusyError } from '../../src/graph/errors.js';
import { generateDocument, loadMaterial } from '../../bench/corpus.js';
import { extractDocument } from '../../src/extract/index.js';
import { ensureReferenceData, ingestDocuments } from '../../src/graph/ingest.js';
import { graphCounts } from '../../src/graph/read/aggregate.js';
import { runRead } from '../../src/graph/reader.js';
import { serverDriverConfig } from '../../src/server/connect.js';
import { loadSeeds } from '../../src/server/seeds.js';
import { closeTestDriver, resetDatabase, testDriver, testGraph, testInfo } from '../setup/db.js';
import { codes, gql, startTestServer, type GraphQLResponse, type TestServer } from './helpers.js';

const NORMAL = '{ tasks(first: 1) { nodes { id title } } }';
/** The seeds' first task (ids are content hashes: stable). */
const NORMAL_ANSWER = { tasks: { nodes: [{ id: 'task_4c53accc8c484322', title: '完善分层分类社会救助体系' }] } };
/** As issue 18's flood: each alias costs little (1 then) but counts the whole graph (two reads). */
const STATS = 'graphStats { nodeCount }';
const flood = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: ${STATS}`).join(' ')} }`;

const graphs: Graph[] = [];
const servers: TestServer[] = [];

/** A graph over the test database with the server's driver settings (a pool of `reads.poolSize`). */
function serverGraph(reads: ReadLimits): Graph {
  const graph = { driver: createDriver(testInfo(), serverDriverConfig(reads)), database: testInfo().database };
  graphs.push(graph);
  return graph;
}

async function server(reads: ReadLimits, limits?: { maxDepth: number; maxCost: number; maxRootFields: number }): Promise<TestServer> {
  const s = await startTestServer({ graph: serverGraph(reads), reads, ...(limits && { limits }) });
  servers.push(s);
  return s;
}

/** Neo4j's own list of running transactions whose query contains any of `texts` (not this one), from one snapshot. */
async function running(...texts: string[]): Promise<{ id: string; query: string }[]> {
  const { records } = await testDriver().executeQuery('SHOW TRANSACTIONS YIELD transactionId, currentQuery RETURN transactionId AS id, currentQuery AS query', {}, { database: testInfo().database });
  return records
    .map((r) => ({ id: r.get('id') as string, query: r.get('query') as string }))
    .filter((t) => texts.some((text) => t.query.includes(text)) && !t.query.includes('SHOW TRANSACTIONS'));
}

let totalNodes: number;

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
  const seeds = await loadSeeds(testGraph());
  expect(seeds.failed).toEqual([]);
  totalNodes = Object.values((await graphCounts(testGraph())).labels).reduce((a, b) => a + b, 0);
});

afterAll(async () => {
  for (const s of servers) await s.close();
  for (const g of graphs) await g.driver.close();
  await closeTestDriver();
});

describe('the gates, without a database', () => {
  /** A read that finishes when the test says so, recording how many run at once. */
  function gatedReads() {
    let inFlight = 0;
    const started: number[] = [];
    const finishers: (() => void)[] = [];
    return {
      started,
      finish: () => finishers.shift()!(),
      read: (i: number) => () =>
        new Promise<number>((resolve) => {
          inFlight++;
          started.push(i);
          finishers.push(() => {
            inFlight--;
            resolve(i);
          });
        }),
      get inFlight() {
        return inFlight;
      },
    };
  }
  const tick = () => new Promise((r) => setImmediate(r));

  it('a request runs at most maxInFlight reads at once, the rest in the order asked', async () => {
    const reads = new RequestReads(4);
    const g = gatedReads();
    const all = Promise.all(Array.from({ length: 10 }, (_, i) => reads.run(g.read(i))));
    await tick();
    expect(g.started).toEqual([0, 1, 2, 3]);
    g.finish();
    g.finish();
    await tick();
    expect(g.started).toEqual([0, 1, 2, 3, 4, 5]);
    for (let i = 0; i < 8; i++) {
      g.finish();
      await tick();
    }
    expect(await all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(reads.peak).toBe(4);
  });

  it('requests share the admission first come first served: a later request waits for a slot, not for the earlier one’s whole queue', async () => {
    const admission = new ReadAdmission({ slots: 2, waitMs: 60_000 });
    const flood = new RequestReads(2, admission);
    const normal = new RequestReads(2, admission);
    const g = gatedReads();
    const floodDone = Promise.all(Array.from({ length: 100 }, (_, i) => flood.run(g.read(i))));
    await tick();
    const normalDone = normal.run(g.read(1000));
    await tick();
    expect(g.started).toEqual([0, 1]);
    expect(admission.waiting).toBe(1); // the normal read; the flood's other 98 wait inside the flood
    g.finish();
    await tick();
    expect(g.started).toEqual([0, 1, 1000]);
    while (g.inFlight > 0) {
      g.finish();
      await tick();
    }
    expect(g.started.length).toBe(101);
    expect(await normalDone).toBe(1000);
    expect((await floodDone).length).toBe(100);
    expect(admission.peak).toBe(2);
    expect(admission.inUse).toBe(0);
  });

  it('a read that gets no slot within waitMs is DatabaseBusyError, and the rest of its request is refused at once', async () => {
    const admission = new ReadAdmission({ slots: 1, waitMs: 30 });
    const holder: Release = await admission.acquire();
    const reads = new RequestReads(1, admission);
    let ran = 0;
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => reads.run(async () => ++ran)));
    expect(ran).toBe(0);
    expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as Error).name : o.status))).toEqual(Array(5).fill('DatabaseBusyError'));
    expect((outcomes[0] as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseBusyError);
    expect(admission.refused).toBe(1); // one wait ran out; the other four were refused without waiting
    holder();
    expect(admission.inUse).toBe(0);
    // A new request is admitted again.
    expect(await new RequestReads(1, admission).run(async () => 'read')).toBe('read');
  });
});

describe('a flood of aliased graphStats', () => {
  it('is refused before any read by MAX_ROOT_FIELDS (issue 18: 2,000 aliases, about 60 KB, under the cost limit then)', async () => {
    const s = await server(DEFAULT_READ_LIMITS);
    const query = flood(2000);
    expect(query.length).toBeGreaterThan(50_000);
    const r = await gql(s, query);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.body.errors![0]!.message).toBe('2000 root fields exceed the limit of 20 per operation (aliases count; send fewer fields, or several requests)');
    expect(r.body.errors![0]!.extensions).toMatchObject({ rootFields: 2000, maxRootFields: 20 });
    expect(r.headers.get('x-query-count')).toBe('0');
    // What the limit lets through is answered.
    const twenty = await gql<Record<string, { nodeCount: number }>>(s, flood(20));
    expect(twenty.status).toBe(200);
    expect(Object.values(twenty.body.data!).map((v) => v.nodeCount)).toEqual(Array(20).fill(totalNodes));
    expect(twenty.headers.get('x-query-count')).toBe('40');
  });

  it('with the root-field limit lifted, its reads go 4 at a time and a normal request sent meanwhile is answered first', async () => {
    // Only the per-request bound and the shared admission stand between the flood and the pool here.
    const s = await server(DEFAULT_READ_LIMITS, { maxDepth: DEFAULT_MAX_QUERY_DEPTH, maxCost: 10 * DEFAULT_MAX_QUERY_COST, maxRootFields: 2000 });
    const reference = await gql(s, NORMAL);
    expect(reference.body).toEqual({ data: NORMAL_ANSWER });

    const t0 = performance.now();
    let floodMs = 0;
    const floodDone = gql<Record<string, { nodeCount: number }>>(s, flood(2000)).then((r) => ((floodMs = performance.now() - t0), r));
    // Wait until Neo4j runs the flood's reads, then watch how many run at once while sending the normal request.
    let seen = 0;
    // graphStats' two reads; counted in one snapshot (two snapshots apart could count reads that never overlapped).
    const FLOOD_READS = ['db.labels()', 'db.relationshipTypes()'];
    while ((seen = (await running(...FLOOD_READS)).length) === 0) {
      if (floodMs > 0) throw new Error('the flood ended before any of its reads was seen running');
    }
    const t1 = performance.now();
    let normalMs = 0;
    const normalDone = gql(s, NORMAL).then((r) => ((normalMs = performance.now() - t1), r));
    let mostAtOnce = seen;
    while (floodMs === 0) {
      mostAtOnce = Math.max(mostAtOnce, (await running(...FLOOD_READS)).length);
      await new Promise((r) => setTimeout(r, 25)); // look, do not hammer
    }
    const [normal, flooded] = await Promise.all([normalDone, floodDone]);

    expect(normal.status).toBe(200);
    expect(normal.body).toEqual({ data: NORMAL_ANSWER });
    expect(normalMs).toBeGreaterThan(0);
    expect(normalMs).toBeLessThan(floodMs); // answered while the flood still ran
    expect(flooded.status).toBe(200);
    expect(flooded.body.errors).toBeUndefined();
    expect(Object.values(flooded.body.data!).map((v) => v.nodeCount)).toEqual(Array(2000).fill(totalNodes));
    expect(flooded.headers.get('x-query-count')).toBe('4000');
    expect(mostAtOnce).toBeGreaterThanOrEqual(1);
    expect(mostAtOnce).toBeLessThanOrEqual(DEFAULT_READ_LIMITS.maxReadsPerRequest);
    console.log(`flood of 2,000 aliases (4,000 reads): ${floodMs.toFixed(0)} ms, at most ${mostAtOnce} of its reads seen running at once; tasks(first: 1) sent meanwhile: ${normalMs.toFixed(0)} ms`);
  }, 180_000);
});

describe('an exhausted pool', () => {
  it('answers DATABASE_BUSY with HTTP 503 and Retry-After, never INTERNAL_SERVER_ERROR, and serves again once a connection is free', async () => {
    // One connection, all of it for reads, half a second to get it.
    const reads: ReadLimits = { maxReadsPerRequest: 4, poolSize: 1, poolReserve: 0, acquisitionTimeoutMs: 500, maxExports: 1 };
    const s = await server(reads);
    expect((await gql(s, NORMAL)).body).toEqual({ data: NORMAL_ANSWER });

    // A deliberately slow read on the server's own driver holds its only connection.
    const slowQuery = 'UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS slowFairShareRead';
    const slow = runRead(graphs.at(-1)!, slowQuery, {}, 120_000).then(
      () => 'finished',
      (e: Error) => e.message,
    );
    let held: { id: string }[] = [];
    while ((held = await running('slowFairShareRead')).length === 0);

    // Two requests at once: the first gets the admission's only slot and then waits
    // for the driver's connection; the second waits for that slot. Both give up after 500 ms.
    const busy = await Promise.all([gql(s, NORMAL), gql(s, flood(3))]);
    for (const r of busy as GraphQLResponse[]) {
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(new Set(codes(r))).toEqual(new Set(['DATABASE_BUSY']));
      expect(r.body.errors![0]!.message).toBe('the graph database is busy with other requests; send the request again after the Retry-After seconds');
      expect(r.text).not.toMatch(/acquisition|Pool status|INTERNAL_SERVER_ERROR/);
    }

    await testDriver().executeQuery(`TERMINATE TRANSACTION $id`, { id: held[0]!.id }, { database: testInfo().database });
    expect(await slow).toMatch(/terminated/i);
    expect((await gql(s, NORMAL)).body).toEqual({ data: NORMAL_ANSWER });

    const lines = s.logs().filter((l) => l.msg === 'request' && l.path === '/graphql');
    expect(lines.map((l) => [l.status, l.errors ?? null])).toEqual([
      [200, null],
      [503, ['DATABASE_BUSY']],
      [503, ['DATABASE_BUSY']],
      [200, null],
    ]);
    expect(s.logs().filter((l) => l.msg !== 'request' && (l.level as number) >= 50)).toEqual([]);
  }, 120_000);
});

describe('stalled exports', () => {
  /**
   * A download that is never read, as a hostile client would leave it: the request
   * sent on a raw socket, the status line read, then nothing. Once the kernel's buffers
   * are full the server's writes stall, and its export holds its read open.
   */
  function stalledDownload(s: TestServer, path: string): Promise<{ status: number; received: number; socket: Socket }> {
    return new Promise((resolve, reject) => {
      const socket = connect(s.port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`));
      socket.once('error', reject);
      socket.once('data', (chunk: Buffer) => {
        socket.pause();
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'))?.[1]), received: chunk.length, socket });
      });
    });
  }

  it('hold at most MAX_CONCURRENT_EXPORTS read connections, are refused DATABASE_BUSY beyond it, and are cut when their client takes nothing', async () => {
    // An export larger than what the kernel buffers for a client that does not read (the seeds' alone fit).
    const material = loadMaterial(join(import.meta.dirname, '../../seeds'));
    const plans = Array.from({ length: 60 }, (_, i) => generateDocument(material, i));
    const loaded = await ingestDocuments(testGraph(), plans.map((g) => ({ doc: extractDocument(Buffer.from(g.bytes), g.fileName), sourceName: g.fileName })));
    expect(loaded.filter((o) => !o.ok)).toEqual([]);

    // Six connections, four of them for reads, two for exports; a quarter of a second to wait for a
    // place; a stalled download is cut after 6 s (well after the seven refusals below).
    const reads: ReadLimits = { maxReadsPerRequest: 4, poolSize: 6, poolReserve: 2, acquisitionTimeoutMs: 250, maxExports: 2 };
    const s = await startTestServer({ graph: serverGraph(reads), reads, exportStallMs: 6_000 });
    servers.push(s);
    const normal = await gql(s, NORMAL);
    expect(normal.status).toBe(200);
    const whole = await fetch(`${s.origin}/export/graph.graphml`);
    expect(whole.status).toBe(200);
    const wholeBytes = (await whole.arrayBuffer()).byteLength;

    // More stalled downloads than the pool has connections: before the bound, they took them all.
    const downloads = [];
    for (let i = 0; i < reads.poolSize + 2; i++) downloads.push(await stalledDownload(s, '/export/graph.graphml'));
    expect(downloads.map((d) => d.status)).toEqual([200, 200, ...Array(6).fill(503)]);
    // The two accepted ones are still sending: their clients took a first piece, not the file.
    expect(downloads[0]!.received).toBeLessThan(wholeBytes);

    const refused = await fetch(`${s.origin}/export/graph.cyjs`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toEqual({ error: '2 exports are streaming already (MAX_CONCURRENT_EXPORTS); send the request again after the Retry-After seconds', code: 'DATABASE_BUSY' });
    // The other requests are served meanwhile.
    expect((await gql(s, NORMAL)).body).toEqual(normal.body);
    expect((await fetch(`${s.origin}/health`)).status).toBe(200);

    // The stalled downloads are cut (their paused clients cannot see it: the server's log tells) and an export goes through again.
    const cutAt = performance.now();
    const stalled = () => s.logs().filter((l) => (l.errors as string[] | undefined)?.includes('EXPORT_STALLED')).length;
    while (stalled() < 2) await new Promise((r) => setTimeout(r, 100));
    const cutMs = performance.now() - cutAt;
    const again = await fetch(`${s.origin}/export/graph.graphml`);
    expect(again.status).toBe(200);
    expect((await again.arrayBuffer()).byteLength).toBe(wholeBytes);
    for (const d of downloads) d.socket.destroy();

    const lines = s.logs().filter((l) => l.msg === 'request' && typeof l.path === 'string' && (l.path as string).startsWith('/export/'));
    expect(lines.map((l) => [l.status, l.errors ?? null])).toEqual([
      [200, null],
      ...Array(7).fill([503, ['DATABASE_BUSY']]),
      [499, ['EXPORT_STALLED']],
      [499, ['EXPORT_STALLED']],
      [200, null],
    ]);
    expect(s.logs().filter((l) => l.msg !== 'request' && (l.level as number) >= 50)).toEqual([]);
    console.log(`graphml of the seeds and 60 plans: ${wholeBytes} bytes; the stalled downloads were cut ${(cutMs / 1000).toFixed(1)} s after the refusals`);
  }, 120_000);
});
