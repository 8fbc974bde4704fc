// Past one machine: two API servers (two replicas behind a load balancer, here two
// listeners in one process, each with its own driver as two processes would have)
// over the test Neo4j in routing mode (neo4j://, as a cluster or Aura is reached),
// and read-your-writes across them with the x-graph-bookmark header.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, openGraph } from '../../src/graph/connection.js';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';
import { codes, gql, startTestServer, type TestServer } from './helpers.js';

const KEY = 'replica-test-key-0123456789';
const ORIGIN = 'http://app.example';

/** The test database's address with the routing scheme: bolt://h:p → neo4j://h:p (bolt+s → neo4j+s). */
const routingUri = () => testInfo().uri.replace(/^bolt(\+s|\+ssc)?:\/\//, 'neo4j$1://');

const PLAN = `复制市民政局2025年工作要点
一、兜底保障
1.加强孤儿保障。落实《中华人民共和国慈善法》,为孤儿提供基本生活保障。{牵头科室:社会福利科}
2.推进殡葬改革。开展“绿美殡葬”行动。{牵头科室:社会事务科}
`;

const INGEST = `mutation Ingest($text: String!, $fileName: String!) {
  ingestDocument(text: $text, fileName: $fileName) { status taskCount bookmark document { id title } }
}`;
const READ = `query Read($id: ID!) {
  node(id: $id) { ... on Document { title } }
  tasks(filter: { documentId: $id }) { totalCount nodes { title leads { department { name } } } }
}`;
const DELETE = `mutation Delete($id: ID!) { deleteDocument(id: $id) }`;

let driverA: Driver;
let driverB: Driver;
let a: TestServer;
let b: TestServer;

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
  const info = testInfo();
  driverA = createDriver({ ...info, uri: routingUri() });
  driverB = createDriver({ ...info, uri: routingUri() });
  const serve = (driver: Driver) =>
    startTestServer({
      graph: { driver, database: info.database },
      neo4jUri: routingUri(),
      ingestApiKey: KEY,
      access: { corsOrigins: [ORIGIN], introspection: false, playground: false },
    });
  [a, b] = await Promise.all([serve(driverA), serve(driverB)]);
});

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await Promise.all([driverA?.close(), driverB?.close()]);
  await closeTestDriver();
});

describe('routing mode (neo4j://) against the single local instance', () => {
  it('the driver gets a routing table naming the instance as writer, reader and router', async () => {
    const graph = await openGraph({ uri: routingUri(), user: testInfo().user, password: testInfo().password, database: testInfo().database, source: 'env' });
    try {
      const { records } = await graph.driver.executeQuery('CALL dbms.routing.getRoutingTable({}, $db) YIELD servers RETURN servers', { db: graph.database }, { database: graph.database });
      const servers = records[0]!.get('servers') as { role: string; addresses: string[] }[];
      const address = new URL(testInfo().uri).host;
      expect(servers.map((s) => [s.role, s.addresses]).sort()).toEqual([
        ['READ', [address]],
        ['ROUTE', [address]],
        ['WRITE', [address]],
      ]);
    } finally {
      await graph.driver.close();
    }
  });

  it('/health reports the neo4j:// URI it serves from', async () => {
    const res = await fetch(`${a.origin}/health`);
    expect(res.status).toBe(200);
    const health = (await res.json()) as { status: string; neo4j: { reachable: boolean; uri: string } };
    expect(health.status).toBe('ok');
    expect(health.neo4j).toMatchObject({ reachable: true, uri: routingUri() });
  });
});

describe('read-your-writes across two servers with x-graph-bookmark', () => {
  let id: string;
  let firstBookmark: string;

  it('a write through A answers with its bookmark, in the payload and the x-graph-bookmark header alike', async () => {
    const r = await gql<{ ingestDocument: { status: string; taskCount: number; bookmark: string; document: { id: string; title: string } } }>(
      a,
      INGEST,
      { text: PLAN, fileName: 'replica-2025.txt' },
      { 'x-api-key': KEY },
    );
    expect(r.body.errors).toBeUndefined();
    const result = r.body.data!.ingestDocument;
    expect(result).toMatchObject({ status: 'LOADED', taskCount: 2, document: { title: '复制市民政局2025年工作要点' } });
    // Neo4j 5's bookmarks: "FB:" and base64; opaque to us, one for one write.
    expect(result.bookmark).toMatch(/^FB:[A-Za-z0-9+/=]+$/);
    expect(r.headers.get('x-graph-bookmark')).toBe(result.bookmark);
    id = result.document.id;
    firstBookmark = result.bookmark;
  });

  it('a read through B that sends the bookmark sees that write: the document and its two tasks', async () => {
    const r = await gql(b, READ, { id }, { 'X-Graph-Bookmark': firstBookmark });
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({
      node: { title: '复制市民政局2025年工作要点' },
      tasks: {
        totalCount: 2,
        nodes: [
          { title: '加强孤儿保障', leads: [{ department: { name: '社会福利科' } }] },
          { title: '推进殡葬改革', leads: [{ department: { name: '社会事务科' } }] },
        ],
      },
    });
    // A read answers without a bookmark of its own: only writes move the database on.
    expect(r.headers.get('x-graph-bookmark')).toBeNull();
  });

  it('a delete through B, sent with A\'s bookmark, answers with a newer bookmark, and A reads the document gone with it', async () => {
    const deleted = await gql<{ deleteDocument: boolean }>(b, DELETE, { id }, { 'x-api-key': KEY, 'x-graph-bookmark': firstBookmark });
    expect(deleted.body).toEqual({ data: { deleteDocument: true } });
    const second = deleted.headers.get('x-graph-bookmark');
    expect(second).toMatch(/^FB:[A-Za-z0-9+/=]+$/);
    expect(second).not.toBe(firstBookmark);

    const r = await gql(a, READ, { id }, { 'x-graph-bookmark': second! });
    expect(r.body).toEqual({ data: { node: null, tasks: { totalCount: 0, nodes: [] } } });
  });

  it('several bookmarks (comma-separated, as from writes through both servers) are accepted together', async () => {
    const again = await gql<{ ingestDocument: { status: string; bookmark: string } }>(a, INGEST, { text: PLAN, fileName: 'replica-2025.txt' }, { 'x-api-key': KEY });
    expect(again.body.data?.ingestDocument.status).toBe('LOADED');
    const r = await gql<{ tasks: { totalCount: number } }>(b, READ, { id }, { 'x-graph-bookmark': `${firstBookmark}, ${again.body.data!.ingestDocument.bookmark}` });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.tasks.totalCount).toBe(2);
  });

  it('the bookmark reaches the database: a well-formed token that is not one of its bookmarks is BAD_USER_INPUT, not an internal error', async () => {
    const r = await gql(b, `{ graphStats { nodeCount } }`, undefined, { 'x-graph-bookmark': 'FB:bm90YWJvb2ttYXJr' });
    expect(r.status).toBe(200);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]?.message).toBe('x-graph-bookmark is not a bookmark of this database; send the one a mutation answered with, or none');
    expect(r.text).not.toMatch(/stacktrace|Neo4jError|packstream|\bat .*\.(ts|js):\d+/);
  });

  it('a malformed x-graph-bookmark header is answered 400 BAD_USER_INPUT before anything runs, for GraphQL and exports', async () => {
    const malformed = ['FB:abc def', 'FB:{"x":1}', 'FB:caf\u00e9', Array.from({ length: 33 }, (_, i) => `FB:b${i}`).join(',')];
    for (const value of malformed) {
      const r = await gql(b, `{ graphStats { nodeCount } }`, undefined, { 'x-graph-bookmark': value });
      expect(r.status, value).toBe(400);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.body.errors?.[0]?.message).toMatch(/^x-graph-bookmark (is malformed|has 33 bookmarks)/);
      expect(r.text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
    }
    const exported = await fetch(`${b.origin}/export/graph.cyjs`, { headers: { 'x-graph-bookmark': 'FB:abc def' } });
    expect(exported.status).toBe(400);
    expect(((await exported.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(b.logs().filter((l) => l.status === 400).length).toBe(malformed.length + 1);
  });

  it('a browser on an allowed origin may send x-graph-bookmark and read it from the answer (CORS)', async () => {
    const preflight = await fetch(a.url, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-graph-bookmark' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-graph-bookmark');
    const r = await gql(a, DELETE, { id }, { origin: ORIGIN, 'x-api-key': KEY });
    expect(r.body).toEqual({ data: { deleteDocument: true } });
    expect(r.headers.get('access-control-expose-headers')).toContain('x-graph-bookmark');
    expect(r.headers.get('x-graph-bookmark')).toMatch(/^FB:/);
  });
});
