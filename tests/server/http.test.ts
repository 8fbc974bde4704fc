// The server over real HTTP, against the test database loaded with the seeds.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { ASSET_NAMES } from '../../src/server/assets.js';
import { loadSeeds } from '../../src/server/seeds.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';
import { codes, gql, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
  const seeds = await loadSeeds(testGraph());
  expect(seeds.failed).toEqual([]);
  server = await startTestServer({ graph: testGraph(), neo4jUri: testInfo().uri });
});

afterAll(async () => {
  await server?.close();
  await closeTestDriver();
});

/** A raw request: fetch would normalize `..` in the path before sending it. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('POST /graphql', () => {
  it("answers with the five tasks 汕尾's 社会事务科 leads", async () => {
    const r = await gql<{ tasks: { totalCount: number; nodes: { path: string[]; title: string }[] } }>(
      server,
      `query SheWuKeLeads($dept: String!) {
        tasks(filter: { region: "汕尾市", department: $dept, role: LEAD }) { totalCount nodes { path title } }
      }`,
      { dept: '社会事务科' },
    );
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.tasks).toEqual({
      totalCount: 5,
      nodes: [
        { path: ['二', '(六)', '1.'], title: '开展“绿美殡葬”系列行动' },
        { path: ['二', '(六)', '2.'], title: '提升殡葬管理服务水平' },
        { path: ['二', '(六)', '3.'], title: '加大无人认领遗体处理工作力度' },
        { path: ['二', '(六)', '4.'], title: '优化婚姻管理服务' },
        { path: ['二', '(六)', '5.'], title: '提升残疾人福利水平' },
      ],
    });
    // The body goes out as one encoded Buffer (app.ts, sendBody): its declared length is in bytes, not characters.
    expect(r.headers.get('content-length')).toBe(String(Buffer.byteLength(r.text)));
    expect(Buffer.byteLength(r.text)).toBeGreaterThan(r.text.length);
  });

  it('sends a large answer, encoded in pieces (json-bytes.ts), whole and in order', async () => {
    const r = await gql<{ tasks: { nodes: { id: string; text: string }[] } }>(server, '{ tasks(first: 100) { nodes { id text } } }');
    expect(r.body.errors).toBeUndefined();
    // Larger than one piece: several go out one after the other.
    expect(r.text.length).toBeGreaterThan(16 * 1024);
    expect(r.headers.get('content-length')).toBe(String(Buffer.byteLength(r.text)));
    expect(r.text).toBe(`${JSON.stringify(r.body)}\n`);
    const nodes = r.body.data!.tasks.nodes;
    expect(nodes).toHaveLength(100);
    const stored = await testGraph().driver.executeQuery('MATCH (t:Task) WHERE t.id IN $ids RETURN t.id AS id, t.text AS text', { ids: nodes.map((n) => n.id) });
    const texts = new Map(stored.records.map((rec) => [rec.get('id') as string, rec.get('text') as string]));
    expect(nodes.map((n) => n.text)).toEqual(nodes.map((n) => texts.get(n.id)));
  });

  it('answers a malformed query with 400 and a GraphQL error, without a stack trace', async () => {
    const r = await gql(server, '{ tasks(first: ) { totalCount }');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(r.body.errors?.[0]?.message).toMatch(/^Syntax Error/);
    expect(r.text).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+/);
  });

  it('refuses first: 1000 with BAD_USER_INPUT', async () => {
    const r = await gql(server, '{ tasks(first: 1000) { totalCount } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]?.message).toMatch(/100/);
    expect(r.text).not.toContain('stacktrace');
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('keeps CSRF prevention on: a simple (non-preflighted) request runs nothing', async () => {
    const post = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(post.status).toBe(400);
    expect(await post.text()).toMatch(/CSRF/);
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    // The same GET with a preflight-forcing header is fine.
    const allowed = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers introspection (the playground needs it)', async () => {
    const r = await gql<{ __schema: { queryType: { name: string } } }>(server, '{ __schema { queryType { name } } }');
    expect(r.body.data?.__schema.queryType.name).toBe('Query');
  });

  it('echoes the request id, or makes one', async () => {
    const given = await gql(server, '{ __typename }', undefined, { 'x-request-id': 'test-req-42' });
    expect(given.headers.get('x-request-id')).toBe('test-req-42');
    const made = await gql(server, '{ __typename }', undefined, { 'x-request-id': 'bad id\twith spaces' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports the number of database round trips in x-query-count (development)', async () => {
    const r = await gql(server, '{ tasks(first: 3) { nodes { title } } }');
    expect(Number(r.headers.get('x-query-count'))).toBeGreaterThan(0);
  });
});

describe('mutations', () => {
  const KEY = 'test-ingest-key-4f1c';
  const missingDocument = 'doc_0000000000000000';
  const DELETE = 'mutation RemoveDocument($id: ID!) { deleteDocument(id: $id) }';
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.INGEST_API_KEY;
    process.env.INGEST_API_KEY = KEY;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.INGEST_API_KEY;
    else process.env.INGEST_API_KEY = previous;
  });

  it('refuse to run without an API key (UNAUTHENTICATED)', async () => {
    const r = await gql(server, DELETE, { id: missingDocument });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.body.data ?? null).toBeNull();
  });

  it('refuse a wrong key', async () => {
    const r = await gql(server, DELETE, { id: missingDocument }, { 'x-api-key': 'not-the-key' });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['x-api-key', { 'x-api-key': KEY }],
    ['Authorization: Bearer', { authorization: `Bearer ${KEY}` }],
  ])('run with the key in %s', async (_how, headers) => {
    const r = await gql(server, DELETE, { id: missingDocument }, headers);
    expect(r.body).toEqual({ data: { deleteDocument: false } });
  });
});

describe('the playground', () => {
  it('is what a browser gets from GET /graphql, with every asset local', async () => {
    const res = await fetch(server.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('<div id="graphiql">');
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(ASSET_NAMES.map((n) => `/playground/${n}`).sort());
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each(ASSET_NAMES)('serves /playground/%s with its content type and cache headers', async (name) => {
    const res = await fetch(`${server.origin}/playground/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await res.text()).length).toBeGreaterThan(100);
    const again = await fetch(`${server.origin}/playground/${name}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
  });

  it('serves GraphiQL compressed to browsers that accept gzip', async () => {
    const res = await fetch(`${server.origin}/playground/graphiql.min.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('GraphiQL'); // fetch decompresses
  });

  it.each([
    '/playground/../package.json',
    '/playground/%2e%2e/package.json',
    '/playground/..%2fpackage.json',
    '/playground/..%5cpackage.json',
    '/playground/%2e%2e%2f%2e%2e%2fpackage.json',
    '/playground/graphiql.min.js.map',
    '/playground/',
    '/playground/constructor',
    '/playground/__proto__',
  ])('answers %s with 404', async (path) => {
    const r = await rawGet(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('policy-responsibility-graph');
  });
});

describe('/health', () => {
  it('says ok with Neo4j reachable', async () => {
    const res = await fetch(`${server.origin}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; neo4j: { reachable: boolean; uri: string; latencyMs: number }; memory: { rssBytes: number; heapUsedBytes: number } };
    expect(body).toEqual({
      status: 'ok',
      neo4j: { reachable: true, uri: testInfo().uri, latencyMs: expect.any(Number) },
      memory: { rssBytes: expect.any(Number), heapUsedBytes: expect.any(Number) },
    });
    // This very process serves it (a Node process holds tens of MB).
    expect(body.memory.rssBytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(body.memory.heapUsedBytes).toBeGreaterThan(1024 * 1024);
    expect(JSON.stringify(body)).not.toContain(testInfo().password);
  });
});

describe('logging', () => {
  it('writes one line per request with id, operation, status and duration, and never the API key', async () => {
    const secretKey = 'sk-test-do-not-log-0123456789';
    await gql(server, 'query CountTasks { tasks { totalCount } }', undefined, { 'x-request-id': 'log-line-1', 'x-api-key': secretKey });
    await gql(server, '{ __typename }', undefined, { authorization: `Bearer ${secretKey}` });
    const lines = server.logs().filter((l) => l.reqId === 'log-line-1');
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'request', method: 'POST', path: '/graphql', status: 200, operationName: 'CountTasks', operationType: 'query', durationMs: expect.any(Number) }),
    ]);
    const all = server.rawLogs.join('\n');
    expect(all).not.toContain(secretKey);
    expect(all).not.toContain(testInfo().password);
  });
});

describe('a query whose reads straddled a delete (GRAPH_CHANGED)', () => {
  // A schema whose only field fails with GRAPH_CHANGED a given number of times, then answers.
  async function flakyServer(failures: number) {
    const { GraphQLObjectType, GraphQLSchema, GraphQLString } = await import('graphql');
    const { graphChanged } = await import('../../src/api/errors.js');
    let calls = 0;
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          answer: { type: GraphQLString, resolve: () => (++calls <= failures ? Promise.reject(graphChanged('task_0000000000000001')) : 'read again') },
        },
      }),
      mutation: new GraphQLObjectType({ name: 'Mutation', fields: { write: { type: GraphQLString, resolve: () => Promise.reject(graphChanged('task_0000000000000001')) } } }),
    });
    const flaky = await startTestServer({ graph: testGraph(), neo4jUri: testInfo().uri, schema });
    return { flaky, calls: () => calls };
  }

  it('is read again by the server, and the client gets the answer of the later pass', async () => {
    const { flaky, calls } = await flakyServer(2);
    try {
      const r = await gql(flaky, '{ answer }');
      expect([r.status, r.body.data, r.body.errors, calls()]).toEqual([200, { answer: 'read again' }, undefined, 3]);
    } finally {
      await flaky.close();
    }
  });

  it('gives up after four more passes and says GRAPH_CHANGED; a mutation is never repeated', async () => {
    const { flaky, calls } = await flakyServer(100);
    try {
      expect(codes(await gql(flaky, '{ answer }'))).toEqual(['GRAPH_CHANGED']);
      expect(calls()).toBe(5);
      expect(codes(await gql(flaky, 'mutation { write }'))).toEqual(['GRAPH_CHANGED']);
      expect(calls()).toBe(5);
    } finally {
      await flaky.close();
    }
  });
});
