// Limits, access and hostile input, over real HTTP against the seeded test
// database: query depth/cost refused before execution, batching and body size,
// transaction timeouts, the read key, CORS, production defaults, injection
// strings and bad input through every filter and the ingest mutation, and no
// secret in any log line or error.
import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../src/api/errors.js';
import { buildApiSchema } from '../../src/api/schema.js';
import { nodeId } from '../../src/graph/ids.js';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { graphCounts, type GraphCounts } from '../../src/graph/read/aggregate.js';
import { runRead } from '../../src/graph/reader.js';
import { accessFromEnv, DEFAULT_MAX_QUERY_COST, DEFAULT_MAX_QUERY_DEPTH, DEFAULT_MAX_ROOT_FIELDS, queryLimitsFromEnv } from '../../src/config.js';
import { PLAYGROUND_EXAMPLES } from '../../src/server/playground-examples.js';
import { MAX_SELECTIONS, measureOperation, READ_COST } from '../../src/server/plugins/query-cost.js';
import { loadSeeds } from '../../src/server/seeds.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';
import { codes, gql, startTestServer, type GraphQLResponse, type TestServer } from './helpers.js';

const INGEST_KEY = 'ingest-key-hardening-7d2e91';
const READ_KEY = 'read-key-hardening-5a8c03';

let server: TestServer;
let before: GraphCounts;
const servers: TestServer[] = [];
let savedIngestKey: string | undefined;

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
  const seeds = await loadSeeds(testGraph());
  expect(seeds.failed).toEqual([]);
  savedIngestKey = process.env.INGEST_API_KEY;
  process.env.INGEST_API_KEY = INGEST_KEY;
  server = await startTestServer({ graph: testGraph(), neo4jUri: testInfo().uri });
  servers.push(server);
  before = await graphCounts(testGraph());
});

afterAll(async () => {
  for (const s of servers) await s.close();
  if (savedIngestKey === undefined) delete process.env.INGEST_API_KEY;
  else process.env.INGEST_API_KEY = savedIngestKey;
  await closeTestDriver();
});

const queryCount = (r: GraphQLResponse<unknown>) => Number(r.headers.get('x-query-count'));

describe('query depth and cost', () => {
  it('keeps the README and playground examples well under the defaults', async () => {
    const schema = await buildApiSchema();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(queries.length).toBeGreaterThanOrEqual(5);
    for (const q of [...queries, ...PLAYGROUND_EXAMPLES.map((e) => e.query)]) {
      const doc = parse(q);
      const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      // Required variables get a value of their type, so that the cost is measured, not skipped.
      const placeholders = Object.fromEntries(
        (op.variableDefinitions ?? [])
          .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
          .map((v) => [v.variable.name.value, print(v.type).startsWith('Int') ? 1 : print(v.type).startsWith('Boolean') ? false : 'task_0123456789abcdef']),
      );
      const { depth, cost } = measureOperation(schema, doc, op, placeholders);
      expect(cost).toBeGreaterThan(0);
      expect(depth).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_DEPTH / 2);
      expect(cost).toBeLessThanOrEqual(DEFAULT_MAX_QUERY_COST / 10);
    }
  });

  it('costs first × children for pages, LIST_FACTOR for other lists, the costliest branch of an abstract type, READ_COST per read', async () => {
    const schema = await buildApiSchema();
    const measure = (q: string, variables: Record<string, unknown> = {}) => {
      const doc = parse(q);
      return measureOperation(schema, doc, doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode, variables);
    };
    // tasks: 1 + 50 × (nodes 1 + leads (1 + 10 × department (1 + tasks (1 + 10 × (nodes 1 + 10 × citations (1 + 10 × (regulation 1 + citingTasks (1 + 5 × (nodes 1))))))))),
    // plus READ_COST for each field that starts a read (tasks, tasks(first: 10), citingTasks(first: 5)), once, not per parent.
    expect(READ_COST).toBe(10);
    expect(
      measure('{ tasks(first: 50) { nodes { leads { department { tasks(first: 10) { nodes { citations { regulation { citingTasks(first: 5) { nodes { title } } } } } } } } } } }'),
    ).toEqual({ cost: 361101 + 3 * READ_COST, depth: 10, rootFields: 1 });
    // The page size from a variable (1 + 3 × (nodes 1 + sections 1)), and the schema's default of 20 (1 + 20 × (1 + 1 + 10 × tasks 1)); one read each (documents).
    expect(measure('query($n: Int) { documents(first: $n) { nodes { sections { title } } } }', { n: 3 })).toEqual({ cost: 7 + READ_COST, depth: 3, rootFields: 1 });
    expect(measure('{ documents { nodes { sections { tasks { title } } } } }')).toEqual({ cost: 241 + READ_COST, depth: 4, rootFields: 1 });
    // node(id) is a Task or a Document, never both: 1 + max(Task 1 + 10 × 1 + 1 + 10 × 1, Document 1 + 20 × 1) = 23; reads: node and tasks(first: 20).
    expect(
      measure('{ node(id: "task_0123456789abcdef") { id ... on Task { leads { department { name } } citations { regulation { name } } } ... on Document { tasks(first: 20) { nodes { title } } } } }'),
    ).toEqual({ cost: 23 + 2 * READ_COST, depth: 3, rootFields: 1 });
    // Variables that do not coerce are execution's to refuse (BAD_USER_INPUT): no cost is claimed for them.
    expect(measure('query($id: ID!) { node(id: $id) { id } }')).toEqual({ cost: 0, depth: 1, rootFields: 1 });
    expect(measure('{ __schema { types { name fields { name type { name ofType { name } } } } } }')).toEqual({ cost: 0, depth: 0, rootFields: 0 });
    // graphStats counts the whole graph: READ_COST + 3 (labels, relationships), per alias; a fragment's fields are root fields too.
    expect(measure('{ a: graphStats { nodeCount labels { label count } relationships { type count } } b: graphStats { nodeCount } }')).toEqual({ cost: 2 * READ_COST + 3 + 1, depth: 2, rootFields: 2 });
    expect(measure('{ ...Q tasks(first: 1) { totalCount } } fragment Q on Query { a: graphStats { nodeCount } b: graphStats { nodeCount } }')).toEqual({ cost: 3 * READ_COST + 3, depth: 1, rootFields: 3 });
  });

  it('reads MAX_QUERY_DEPTH / MAX_QUERY_COST, refusing malformed values', () => {
    expect(queryLimitsFromEnv({})).toEqual({ maxDepth: DEFAULT_MAX_QUERY_DEPTH, maxCost: DEFAULT_MAX_QUERY_COST, maxRootFields: DEFAULT_MAX_ROOT_FIELDS });
    expect(queryLimitsFromEnv({ MAX_QUERY_DEPTH: '5', MAX_QUERY_COST: '300', MAX_ROOT_FIELDS: '3' })).toEqual({ maxDepth: 5, maxCost: 300, maxRootFields: 3 });
    expect(() => queryLimitsFromEnv({ MAX_ROOT_FIELDS: '0' })).toThrow(/MAX_ROOT_FIELDS/);
    expect(() => queryLimitsFromEnv({ MAX_QUERY_COST: '-1' })).toThrow(/MAX_QUERY_COST/);
  });

  it('refuses a query over the cost limit before it reaches Neo4j, naming cost and limit', async () => {
    const r = await gql(
      server,
      `{ departments(first: 100) { nodes { tasks(first: 100) { nodes { citations { regulation { citingTasks(first: 100) { nodes { title } } } } } } } } }`,
    );
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.body.errors![0]!.message).toMatch(new RegExp(`query cost \\d+ exceeds the limit of ${DEFAULT_MAX_QUERY_COST}`));
    expect(r.body.errors![0]!.extensions).toMatchObject({ cost: expect.any(Number), maxCost: DEFAULT_MAX_QUERY_COST });
    expect(queryCount(r)).toBe(0);
  });

  it('counts `first` from variables: first: 1000000000 is refused before execution', async () => {
    const r = await gql(server, 'query($n: Int) { tasks(first: $n) { nodes { title } } }', { n: 1_000_000_000 });
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(queryCount(r)).toBe(0);
  });

  it('refuses fragments that double at every level before walking them: more than MAX_SELECTIONS selections expanded', async () => {
    // F0 spreads F1 twice, F1 spreads F2 twice …: 40 levels expand to 2^40 selections from a 2 KB query.
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { graphStats { nodeCount } }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const r = await gql(server, `{ ...F0 } ${fragments.join(' ')}`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.body.errors![0]!.message).toBe(`the operation has more than ${MAX_SELECTIONS} selections with its fragments expanded (send a smaller query)`);
    expect(queryCount(r)).toBe(0);
    // Before, graphql-query-complexity stopped at its own 10,000 nodes with an error that read as
    // variables that do not coerce: cost 0, and such a query went on to run.
    const wide = `{ tasks(first: 1) { nodes { ${Array.from({ length: MAX_SELECTIONS }, (_, i) => `a${i}: title`).join(' ')} } } }`;
    const refused = await gql(server, wide);
    expect(codes(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(queryCount(refused)).toBe(0);
  });

  it('refuses a query deeper than the limit (a server with small limits)', async () => {
    const small = await startTestServer({ graph: testGraph(), limits: { maxDepth: 3, maxCost: 50 } });
    servers.push(small);
    const deep = await gql(small, `{ tasks(first: 1) { nodes { document { organization { name } } } } }`);
    expect(codes(deep)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(deep.body.errors![0]!.message).toBe('query depth 4 exceeds the limit of 3');
    expect(queryCount(deep)).toBe(0);
    // Fragments count as what they expand to.
    const viaFragment = await gql(small, `query { tasks(first: 1) { ...T } } fragment T on TaskConnection { nodes { document { organization { name } } } }`);
    expect(codes(viaFragment)).toEqual(['QUERY_TOO_COMPLEX']);
    const ok = await gql(small, `{ tasks(first: 2) { totalCount nodes { document { title } } } }`);
    expect(ok.body.errors).toBeUndefined();
    expect(queryCount(ok)).toBeGreaterThan(0);
    // Introspection is not counted (the playground's introspection query is deep).
    const intro = await gql(small, '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }');
    expect(intro.body.errors).toBeUndefined();
  });

  it('refuses a batch (a JSON array body) with 400', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
  });

  it('refuses a 20 MB body with 413 and a clear message, writing nothing', async () => {
    const text = 'x'.repeat(20 * 1024 * 1024);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': INGEST_KEY },
      body: JSON.stringify({ query: 'mutation($t: String!) { ingestDocument(text: $t, fileName: "big.txt") { status } }', variables: { t: text } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: `Request body larger than ${16 * 1024 * 1024} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
    expect(await graphCounts(testGraph())).toEqual(before);
  });
});

describe('transaction timeout', () => {
  it('ends a slow read with QUERY_TIMEOUT instead of hanging', async () => {
    // A real read that takes far longer than the timeout (Neo4j checks timeouts every couple of seconds).
    const slow = 'UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
    const error = await runRead(testGraph(), slow, {}, 200).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    const api = toApiError(error);
    expect(api.extensions.code).toBe('QUERY_TIMEOUT');
    expect(api.message).not.toMatch(/UNWIND|Neo\./);
  });
});

describe('access', () => {
  let locked: TestServer;
  beforeAll(async () => {
    locked = await startTestServer({
      graph: testGraph(),
      access: { readApiKey: READ_KEY, corsOrigins: ['https://allowed.example'], introspection: false, playground: false },
    });
    servers.push(locked);
  });

  it('with READ_API_KEY, refuses a request without the key or with a wrong one (401), before Apollo runs', async () => {
    const none = await gql(locked, '{ tasks { totalCount } }');
    expect(none.status).toBe(401);
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
    const wrong = await gql(locked, '{ tasks { totalCount } }', undefined, { 'x-api-key': `${READ_KEY}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.text).not.toContain(READ_KEY);
  });

  it('with READ_API_KEY, answers with the read key or the ingest key', async () => {
    const read = await gql<{ tasks: { totalCount: number } }>(locked, '{ tasks { totalCount } }', undefined, { authorization: `Bearer ${READ_KEY}` });
    expect(read.body.data?.tasks.totalCount).toBeGreaterThan(0);
    const ingest = await gql(locked, '{ __typename }', undefined, { 'x-api-key': INGEST_KEY });
    expect(ingest.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a CORS preflight from an allowed origin, refuses other origins', async () => {
    const ok = await fetch(locked.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://allowed.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    expect(ok.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(ok.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const other = await fetch(locked.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // The actual request carries the header for the allowed origin only.
    const get = await gql(locked, '{ __typename }', undefined, { origin: 'https://allowed.example', 'x-api-key': READ_KEY });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://allowed.example');
    const evil = await gql(locked, '{ __typename }', undefined, { origin: 'https://evil.example', 'x-api-key': READ_KEY });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('by default allows no cross origin (same-origin only), and CSRF prevention stays on', async () => {
    const pre = await fetch(server.url, { method: 'OPTIONS', headers: { origin: 'https://allowed.example', 'access-control-request-method': 'POST' } });
    expect(pre.status).toBe(403);
    const csrf = await fetch(locked.url, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-api-key': READ_KEY }, body: '{"query":"{ __typename }"}' });
    expect(csrf.status).toBe(400);
    expect(await csrf.text()).toMatch(/CSRF/);
  });

  it('with introspection and the playground off, refuses introspection and serves no playground', async () => {
    const intro = await gql(locked, '{ __schema { queryType { name } } }', undefined, { 'x-api-key': READ_KEY });
    expect(codes(intro)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(intro.body.errors![0]!.message).toMatch(/introspection/i);
    const page = await fetch(locked.url, { headers: { accept: 'text/html', 'x-api-key': READ_KEY } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await fetch(`${locked.origin}/playground/graphiql.min.js`)).status).toBe(404);
  });

  it('turns introspection and the playground off under NODE_ENV=production unless enabled', () => {
    expect(accessFromEnv({})).toEqual({ corsOrigins: [], introspection: true, playground: true, explorer: true });
    expect(accessFromEnv({ NODE_ENV: 'production' })).toEqual({ corsOrigins: [], introspection: false, playground: false, explorer: false });
    expect(accessFromEnv({ NODE_ENV: 'production', ENABLE_INTROSPECTION: 'true', ENABLE_PLAYGROUND: '1' })).toMatchObject({ introspection: true, playground: true });
    expect(accessFromEnv({ CORS_ORIGINS: ' https://a.example/, http://localhost:3000 ', READ_API_KEY: 'k' })).toEqual({
      readApiKey: 'k',
      corsOrigins: ['https://a.example', 'http://localhost:3000'],
      introspection: true,
      playground: true,
      explorer: true,
    });
  });
});

// ---------------------------------------------------------------------------
// Hostile strings

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const HOSTILE = [
  `'`,
  `"`,
  '`',
  '\\',
  `'"\`\\`,
  '}) RETURN 1 //',
  `'; MATCH (n) DETACH DELETE n //`,
  '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
  '`) DETACH DELETE n //',
  '$param {x} [1] *:* ~ ^ AND OR NOT ( ) ?',
  `《${CONTROL}》殡葬\u0000《`,
  '{ __schema { types { name } } }',
  '#',
  '\uFFFD\uD800',
  '殡'.repeat(100 * 1024),
];
const show = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…(${s.length})` : s);

const FILTER_QUERIES: [string, string][] = [
  ['tasks.department', 'query($s: String) { tasks(filter: {department: $s}) { totalCount nodes { id } } }'],
  ['tasks.regulation', 'query($s: String) { tasks(filter: {regulation: $s}) { totalCount nodes { id } } }'],
  ['tasks.population', 'query($s: String) { tasks(filter: {population: $s, includeSubgroups: true}) { totalCount nodes { id } } }'],
  ['tasks.region', 'query($s: String) { tasks(filter: {region: $s}) { totalCount nodes { id } } }'],
  ['tasks.initiative', 'query($s: String) { tasks(filter: {initiative: $s}) { totalCount nodes { id } } }'],
  ['tasks.text', 'query($s: String) { tasks(filter: {text: $s}, orderBy: RELEVANCE) { totalCount nodes { id } } }'],
  ['tasks.documentId', 'query($s: ID) { tasks(filter: {documentId: $s}) { totalCount nodes { id } } }'],
  ['departments.nameContains', 'query($s: String) { departments(nameContains: $s) { totalCount nodes { id } } }'],
  ['departments.organization', 'query($s: String) { departments(organization: $s) { totalCount nodes { id } } }'],
  ['regulations.nameContains', 'query($s: String) { regulations(nameContains: $s) { totalCount nodes { id } } }'],
  ['populations.nameContains', 'query($s: String) { populations(nameContains: $s) { totalCount nodes { id } } }'],
  ['documents.titleContains', 'query($s: String) { documents(titleContains: $s) { totalCount nodes { id } } }'],
  ['documents.organization', 'query($s: String) { documents(organization: $s) { totalCount nodes { id } } }'],
  ['documents.region', 'query($s: String) { documents(region: $s) { totalCount nodes { id } } }'],
  ['search.text', 'query($s: String!) { search(text: $s) { totalCount hits { score } } }'],
  ['node.id', 'query($s: ID!) { node(id: $s) { id } }'],
  ['responsibilityChain.taskId', 'query($s: ID!) { responsibilityChain(taskId: $s) { task { id } } }'],
  ['neighborhood.id', 'query($s: ID!) { neighborhood(id: $s) { nodes { id } } }'],
];

describe('injection strings are data', () => {
  it.each(FILTER_QUERIES)('through %s: answers or BAD_USER_INPUT/NOT_FOUND, never anything else', async (_name, query) => {
    for (const s of HOSTILE) {
      const r = await gql(server, query, { s });
      const allowed = codes(r).every((c) => c === 'BAD_USER_INPUT' || c === 'NOT_FOUND');
      if (!allowed) throw new Error(`${show(s)}: ${r.status} ${r.text.slice(0, 300)}`);
      expect(r.status).toBeLessThan(500);
      // A hostile string never matches anything in the seeds.
      const data = r.body.data as Record<string, { totalCount?: number } | null> | null | undefined;
      const value = data ? Object.values(data)[0] : null;
      if (value && typeof value.totalCount === 'number' && s !== `《${CONTROL}》殡葬\u0000《`) expect(value.totalCount, show(s)).toBe(0);
    }
  });

  it('inlined in the query text, a string cannot break out of its literal (a parse error at worst)', async () => {
    for (const s of HOSTILE.slice(0, 10)) {
      const r = await gql(server, `{ tasks(filter: {department: "${s}"}) { totalCount } }`);
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', undefined]).toContain(codes(r)[0]);
      if (!r.body.errors) expect(r.body.data).toEqual({ tasks: { totalCount: 0 } });
    }
  });

  it('left the graph exactly as it was', async () => {
    expect(await graphCounts(testGraph())).toEqual(before);
  });
});

const INGEST = `mutation($text: String!, $fileName: String!, $metadata: DocumentMetadataInput) {
  ingestDocument(text: $text, fileName: $fileName, metadata: $metadata) { status taskCount document { id title issuer region } }
}`;
const DELETE = 'mutation($id: ID!) { deleteDocument(id: $id) }';
const ingest = (variables: Record<string, unknown>) => gql<{ ingestDocument: { status: string; document: { id: string; title: string; issuer: string | null } } }>(server, INGEST, variables, { 'x-api-key': INGEST_KEY });

describe('ingestDocument with hostile and bad input', () => {
  it('stores hostile text, file names and metadata as data, and deletes them again', async () => {
    const injections = HOSTILE.slice(0, 11);
    const text = `测试市民政局2025年工作要点\n一、兜底保障\n${injections.map((s, i) => `${i + 1}.加强保障${s.replace(/[\u0000-\u001f]/g, '')}。落实《中华人民共和国慈善法》。`).join('\n')}\n`;
    const ids: string[] = [];
    for (const [i, s] of injections.entries()) {
      const fileName = `inj-${i}-${s}`.slice(0, 200);
      const r = await ingest({ text, fileName, metadata: { title: `标题${s}`, issuer: `民政局${s}`, region: s } });
      if (/[/\\\u0000-\u001f]/.test(fileName)) {
        expect(codes(r), show(fileName)).toEqual(['BAD_USER_INPUT']);
        continue;
      }
      if (r.body.errors) throw new Error(`${show(s)}: ${r.text.slice(0, 300)}`);
      expect(r.body.data!.ingestDocument.document.title).toBe(`标题${s}`.trim());
      ids.push(r.body.data!.ingestDocument.document.id);
    }
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      const d = await gql(server, DELETE, { id }, { 'x-api-key': INGEST_KEY });
      expect(d.body).toEqual({ data: { deleteDocument: true } });
    }
    expect(await graphCounts(testGraph())).toEqual(before);
  });

  it.each([
    ['empty text', { text: '', fileName: 'empty.txt' }],
    ['whitespace only', { text: ' \n\t\u3000 ', fileName: 'blank.txt' }],
    ['binary (NUL bytes)', { text: `一、总则\n1.加强\u0000\u0000\u0000\u0001\u0002${'\u0000'.repeat(200)}`, fileName: 'binary.txt' }],
    ['over 10 MB of text', { text: '殡'.repeat(3_600_000), fileName: 'huge.txt' }],
    ['a folder in the file name', { text: '一、总则\n1.加强管理。', fileName: '../etc/passwd' }],
    ['an empty file name', { text: '一、总则\n1.加强管理。', fileName: '' }],
    ['an empty title', { text: '一、总则\n1.加强管理。', fileName: 'ok.txt', metadata: { title: '  ' } }],
    ['a year out of range', { text: '一、总则\n1.加强管理。', fileName: 'ok.txt', metadata: { year: 99999 } }],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_what, variables) => {
    const r = await ingest(variables);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0]!.message.length).toBeLessThan(300);
    expect(await graphCounts(testGraph())).toEqual(before);
  });

  it('refuses a body in another charset (415) and survives invalid UTF-8 bytes', async () => {
    const body = Buffer.from(JSON.stringify({ query: '{ __typename }' }));
    const latin = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json; charset=iso-8859-1' }, body });
    expect(latin.status).toBe(415);
    // GBK bytes where UTF-8 is expected: decoded with replacement characters, treated as data.
    const gbk = Buffer.concat([
      Buffer.from('{"query":"query($s: String) { tasks(filter: {department: $s}) { totalCount } }","variables":{"s":"'),
      Buffer.from([0xc9, 0xe7, 0xbb, 0xe1, 0xca, 0xc2, 0xce, 0xf1, 0xff, 0xfe]),
      Buffer.from('"}}'),
    ]);
    const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gbk });
    expect(res.status).toBe(200);
    // A name that matches nothing: the data, and the name reported (extensions.suggestions) with nothing close to it.
    expect(await res.json()).toEqual({
      data: { tasks: { totalCount: 0 } },
      extensions: { suggestions: [{ argument: 'filter.department', value: expect.stringContaining('\ufffd'), suggestions: [] }] },
    });
    expect(await graphCounts(testGraph())).toEqual(before);
  });

  it('deleteDocument: a malformed id is BAD_USER_INPUT, an unknown one false', async () => {
    expect(codes(await gql(server, DELETE, { id: `doc_'; MATCH (n) DETACH DELETE n //` }, { 'x-api-key': INGEST_KEY }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(server, DELETE, { id: 'task_0000000000000000' }, { 'x-api-key': INGEST_KEY }))).toEqual(['BAD_USER_INPUT']);
    expect((await gql(server, DELETE, { id: nodeId('Document', 'no such document') }, { 'x-api-key': INGEST_KEY })).body).toEqual({ data: { deleteDocument: false } });
    expect(await graphCounts(testGraph())).toEqual(before);
  });
});

describe('bad read input', () => {
  it.each([
    ['first: -1', 'BAD_USER_INPUT', '{ tasks(first: -1) { totalCount } }'],
    ['first: 1000000000 (count only)', 'BAD_USER_INPUT', '{ tasks(first: 1000000000) { totalCount } }'],
    ['first: 1000000000 (nodes)', 'QUERY_TOO_COMPLEX', '{ regulations(first: 1000000000) { nodes { name } } }'],
    ['a malformed cursor', 'BAD_USER_INPUT', '{ tasks(after: "}) RETURN 1 //") { totalCount } }'],
    ['a malformed id', 'BAD_USER_INPUT', '{ node(id: "task_\'; MATCH (n) DETACH DELETE n //") { id } }'],
    ['an unknown task', 'NOT_FOUND', '{ responsibilityChain(taskId: "task_0000000000000000") { task { id } } }'],
    ['neighborhood depth 99', 'BAD_USER_INPUT', '{ neighborhood(id: "task_0000000000000000", depth: 99) { nodes { id } } }'],
    ['neighborhood limit -5', 'BAD_USER_INPUT', '{ neighborhood(id: "task_0000000000000000", limit: -5) { nodes { id } } }'],
    ['path maxDepth 1000', 'BAD_USER_INPUT', '{ path(fromId: "task_0000000000000000", toId: "task_0000000000000001", maxDepth: 1000) { nodes { id } } }'],
    ['path through a made-up relationship type', 'BAD_USER_INPUT', '{ path(fromId: "task_0000000000000000", toId: "task_0000000000000001", relationshipTypes: ["LEADS`]->() DETACH DELETE n //"]) { nodes { id } } }'],
    ['nodes with 101 ids', 'BAD_USER_INPUT', `{ nodes(ids: [${Array.from({ length: 101 }, () => '"task_0000000000000000"').join(',')}]) { id } }`],
  ])('%s → %s', async (_what, code, query) => {
    const r = await gql(server, query);
    expect(codes(r)).toEqual([code]);
    expect(r.status).toBeLessThan(500);
  });

  it('an unknown id is null, not an error', async () => {
    const r = await gql(server, '{ node(id: "task_0000000000000000") { id } }');
    expect(r.body).toEqual({ data: { node: null } });
  });

  it('left the graph exactly as it was', async () => {
    expect(await graphCounts(testGraph())).toEqual(before);
  });
});

describe('secrets', () => {
  it('no log line and no error message contains a password or a key', async () => {
    // Errors that mention keys: wrong ingest key, wrong read key.
    const wrong = await gql(server, DELETE, { id: nodeId('Document', 'x') }, { 'x-api-key': `${INGEST_KEY}-wrong` });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    const secrets = [INGEST_KEY, READ_KEY, `${INGEST_KEY}-wrong`, `${READ_KEY}x`, testInfo().password];
    const all = servers.flatMap((s) => s.rawLogs).join('\n');
    expect(servers.flatMap((s) => s.rawLogs).length).toBeGreaterThan(50);
    for (const secret of secrets) {
      expect(all).not.toContain(secret);
      expect(wrong.text).not.toContain(secret);
    }
  });
});
