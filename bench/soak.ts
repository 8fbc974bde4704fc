// npm run soak [-- --seconds N] [--concurrency C] [--url http://127.0.0.1:PORT/graphql]
//
// Holds the API under a mixed load for a bounded time and reports what broke.
// Without --url it starts the server in this process against a throwaway Neo4j
// (bench/throwaway-neo4j.ts, or NEO4J_URI: its data is erased!) loaded with the
// seeds, with a random INGEST_API_KEY, and samples this process's RSS and heap
// (with --url: the server's own figures from /health).
// The load itself runs in a separate child process (this file with --worker):
// the README example queries, the playground examples, searches and
// neighbourhoods, 20 aliased graphStats at once, now and then an ingestDocument +
// deleteDocument (when the key is known), and deliberate bad requests (among them
// issue 18's flood of 2,000 aliased graphStats), which are counted on their own. Only
// loopback URLs are accepted.
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '8' },
    url: { type: 'string' },
    worker: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
if (!(seconds > 0) || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
  console.error('usage: npm run soak -- [--seconds N>0] [--concurrency 1–64] [--url http://127.0.0.1:PORT/graphql]');
  process.exit(2);
}

interface WorkerReport {
  requests: number;
  errors: number;
  errorSamples: string[];
  deliberate: number;
  deliberateUnexpected: number;
  mutations: number;
  byKind: Record<string, number>;
  latenciesMs: number[];
  seconds: number;
}

if (values.worker) await worker(values.url!, seconds, concurrency);
else await main();

// ---------------------------------------------------------------------------
// The parent: server (unless --url) and report

type MemorySample = Pick<NodeJS.MemoryUsage, 'rss' | 'heapUsed'>;

async function main(): Promise<void> {
  let url = values.url;
  let stop = async () => {};
  let memory = async (): Promise<MemorySample | null> => null;
  const env: Record<string, string | undefined> = { ...process.env };
  if (url === undefined) {
    const { openBenchDatabase } = await import('./throwaway-neo4j.js');
    const { ensureReferenceData } = await import('../src/graph/ingest.js');
    const { loadSeeds } = await import('../src/server/seeds.js');
    const { createServer } = await import('../src/server/app.js');
    const { createLogger } = await import('../src/server/logger.js');
    console.log('soak: starting a throwaway Neo4j and loading the seeds …');
    const db = await openBenchDatabase();
    await db.reset();
    await ensureReferenceData(db);
    const seeds = await loadSeeds(db);
    if (seeds.failed.length > 0) throw new Error(`seeds failed: ${seeds.failed.map((f) => f.file).join(', ')}`);
    const key = `soak-${randomBytes(12).toString('hex')}`;
    process.env.INGEST_API_KEY = key;
    env.INGEST_API_KEY = key;
    const server = await createServer({ graph: db, neo4jUri: db.uri, port: 0, logger: createLogger({ level: 'warn' }) });
    url = server.url;
    memory = async () => process.memoryUsage();
    stop = async () => {
      await server.close();
      await db.close();
    };
  }
  requireLoopback(url);
  // An external server reports its own memory on /health (not after a GC: see the report).
  const external = values.url !== undefined;
  if (external) {
    const healthUrl = new URL('/health', url).toString();
    memory = async () => {
      const res = await fetch(healthUrl).catch(() => null);
      const body = (await res?.json().catch(() => null)) as { memory?: { rssBytes: number; heapUsedBytes: number } } | null;
      return body?.memory ? { rss: body.memory.rssBytes, heapUsed: body.memory.heapUsedBytes } : null;
    };
  }

  // Start and end are sampled after a full garbage collection, so they compare live memory, not GC timing.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const samples: MemorySample[] = [];
  const sample = async () => {
    const m = await memory();
    if (m) samples.push(m);
  };
  gc();
  await sample();
  const sampler = setInterval(() => void sample(), 1000);
  console.log(`soak: ${seconds} s against ${url}, concurrency ${concurrency}${env.INGEST_API_KEY ? ', with mutations' : ', no mutations (INGEST_API_KEY unset)'}`);

  let report: WorkerReport;
  try {
    report = await new Promise<WorkerReport>((done, fail) => {
      const child = fork(fileURLToPath(import.meta.url), ['--worker', '--url', url!, '--seconds', String(seconds), '--concurrency', String(concurrency)], {
        execArgv: process.execArgv,
        env,
      });
      let result: WorkerReport | undefined;
      child.on('message', (m) => (result = m as WorkerReport));
      child.on('error', fail);
      child.on('exit', (code) => (result ? done(result) : fail(new Error(`the load process exited with ${code} and no report`))));
    });
  } finally {
    clearInterval(sampler);
    gc();
    await sample();
    await stop();
  }

  const lat = [...report.latenciesMs].sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]?.toFixed(1) ?? '-';
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const row = (name: string, value: string) => console.log(`${name.padEnd(28)} ${value}`);
  console.log('');
  row('duration', `${report.seconds.toFixed(1)} s`);
  row('requests', `${report.requests} (${(report.requests / report.seconds).toFixed(1)}/s)`);
  row('  by kind', Object.entries(report.byKind).map(([k, n]) => `${k} ${n}`).join(', '));
  row('  mutations (ingest+delete)', String(report.mutations));
  row('errors (unexpected)', String(report.errors));
  for (const s of report.errorSamples) row('', s);
  row('deliberate bad requests', `${report.deliberate} (answered with the wrong outcome: ${report.deliberateUnexpected})`);
  row('latency p50 / p99 / max', `${pct(50)} / ${pct(99)} / ${lat.at(-1)?.toFixed(1) ?? '-'} ms`);
  if (samples.length >= 2) {
    const first = samples[0]!;
    const last = samples.at(-1)!;
    row('server RSS start / end / max', `${mb(first.rss)} / ${mb(last.rss)} / ${mb(Math.max(...samples.map((s) => s.rss)))}`);
    row('server heap start / end / max', `${mb(first.heapUsed)} / ${mb(last.heapUsed)} / ${mb(Math.max(...samples.map((s) => s.heapUsed)))}${external ? '' : ' (start and end after a full GC)'}`);
    if (external) {
      // No GC on demand in another process: compare the lowest heap of the first and the last fifth of the run instead.
      const fifth = Math.max(1, Math.floor(samples.length / 5));
      const low = (part: MemorySample[]) => mb(Math.min(...part.map((s) => s.heapUsed)));
      row('server heap low, first / last fifth', `${low(samples.slice(0, fifth))} / ${low(samples.slice(-fifth))}`);
    }
  } else {
    row('server memory', 'not sampled (/health gave no memory)');
  }
  process.exitCode = report.errors === 0 && report.deliberateUnexpected === 0 ? 0 : 1;
}

function requireLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
    console.error(`soak: refusing ${url}: only loopback (127.0.0.1) is allowed`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------------------
// The load (child process)

interface Op {
  kind: string;
  body: string;
  headers?: Record<string, string>;
  /** A deliberate bad request: it must fail with this status or error code. */
  expect?: { status?: number; code?: string };
}

async function worker(url: string, seconds: number, concurrency: number): Promise<void> {
  requireLoopback(url);
  const key = process.env.INGEST_API_KEY;
  const { PLAYGROUND_EXAMPLES } = await import('../src/server/playground-examples.js');
  const readme = readFileSync(resolve(fileURLToPath(import.meta.url), '../../README.md'), 'utf8');
  const readmeQueries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let json: { data?: unknown; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      /* a non-JSON answer counts as an error below */
    }
    return { status: res.status, json, text };
  };
  const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
  const graphStatsAliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `s${i}: graphStats { nodeCount relationshipCount labels { label count } relationships { type count } }`).join(' ')} }`;
  const floodBody = q(`{ ${Array.from({ length: 2000 }, (_, i) => `s${i}: graphStats { nodeCount }`).join(' ')} }`);

  // Ids to walk around.
  const ids = await post(q('{ populations(first: 30) { nodes { id } } tasks(first: 50) { nodes { id } } regulations(first: 20) { nodes { id } } }'));
  const data = ids.json.data as Record<string, { nodes: { id: string }[] }>;
  const nodeIds = Object.values(data).flatMap((c) => c.nodes.map((n) => n.id));
  const taskIds = data.tasks!.nodes.map((n) => n.id);
  const terms = ['殡葬', '养老', '儿童', '社会救助', '慈善', '地名', '婚姻', '残疾人', '孤儿', '民政'];
  const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

  const reads: (() => Op)[] = [
    ...readmeQueries.map((query) => () => ({ kind: 'readme', body: q(query) })),
    ...PLAYGROUND_EXAMPLES.map((e) => () => ({ kind: 'playground', body: q(e.query, e.variables) })),
    () => ({ kind: 'search', body: q('query($t: String!) { search(text: $t, first: 10) { totalCount hits { score node { id } } } }', { t: pick(terms) }) }),
    () => ({ kind: 'neighborhood', body: q('query($id: ID!, $d: Int!) { neighborhood(id: $id, depth: $d, limit: 100) { nodes { id } edges { type } truncated } }', { id: pick(nodeIds), d: 1 + Math.floor(Math.random() * 2) }) }),
    () => ({ kind: 'chain', body: q('query($id: ID!) { responsibilityChain(taskId: $id) { task { title } leads { department { name } } bureau { name } } }', { id: pick(taskIds) }) }),
    // As many whole-graph counts side by side as MAX_ROOT_FIELDS lets through (default 20): answered, its reads 4 at a time.
    () => ({ kind: 'stats-aliases', body: q(graphStatsAliases(20)) }),
  ];
  const bad: (() => Op)[] = [
    () => ({ kind: 'bad', body: q('{ tasks(first: ) { totalCount }'), expect: { code: 'GRAPHQL_PARSE_FAILED' } }),
    () => ({ kind: 'bad', body: q('{ tasks(first: -1) { totalCount } }'), expect: { code: 'BAD_USER_INPUT' } }),
    () => ({ kind: 'bad', body: q('{ tasks(first: 1000000) { nodes { title } } }'), expect: { code: 'QUERY_TOO_COMPLEX' } }),
    // The flood of issue 18 (2,000 aliased graphStats, about 60 KB): refused by MAX_ROOT_FIELDS before any read.
    () => ({ kind: 'bad', body: floodBody, expect: { status: 400, code: 'QUERY_TOO_COMPLEX' } }),
    () => ({ kind: 'bad', body: '{"query": ', expect: { status: 400 } }),
    () => ({ kind: 'bad', body: q('{ node(id: "task_\'; MATCH (n) DETACH DELETE n //") { id } }'), expect: { code: 'BAD_USER_INPUT' } }),
    () => ({ kind: 'bad', body: q('mutation { deleteDocument(id: "doc_0000000000000000") }'), headers: { 'x-api-key': 'wrong' }, expect: { code: key ? 'UNAUTHENTICATED' : 'FORBIDDEN' } }),
  ];

  const report: WorkerReport = { requests: 0, errors: 0, errorSamples: [], deliberate: 0, deliberateUnexpected: 0, mutations: 0, byKind: {}, latenciesMs: [], seconds: 0 };
  const fail = (what: string) => {
    report.errors++;
    if (report.errorSamples.length < 5) report.errorSamples.push(what.slice(0, 200));
  };
  const timed = async (op: Op) => {
    const t0 = performance.now();
    const r = await post(op.body, op.headers);
    report.latenciesMs.push(performance.now() - t0);
    report.requests++;
    report.byKind[op.kind] = (report.byKind[op.kind] ?? 0) + 1;
    return r;
  };

  let n = 0;
  const mutate = async () => {
    const fileName = `soak-${process.pid}-${n++}.txt`;
    const text = `测试市民政局2025年工作要点\n一、兜底保障\n1.加强孤儿保障。落实《中华人民共和国慈善法》,为孤儿提供基本生活保障。{牵头科室:社会福利科}\n2.推进殡葬改革${n}。\n`;
    const headers = { 'x-api-key': key! };
    const added = await timed({ kind: 'ingest', body: q('mutation($t: String!, $f: String!) { ingestDocument(text: $t, fileName: $f) { document { id } } }', { t: text, f: fileName }), headers });
    const id = (added.json.data as { ingestDocument?: { document: { id: string } } } | null)?.ingestDocument?.document.id;
    if (added.status !== 200 || added.json.errors || !id) return fail(`ingest: ${added.status} ${added.text}`);
    const removed = await timed({ kind: 'delete', body: q('mutation($id: ID!) { deleteDocument(id: $id) }', { id }), headers });
    if (removed.status !== 200 || removed.json.errors) return fail(`delete: ${removed.status} ${removed.text}`);
    report.mutations++;
  };

  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const roll = Math.random();
      try {
        if (roll < 0.02 && key) {
          await mutate();
          continue;
        }
        const op = roll < 0.07 ? pick(bad)() : pick(reads)();
        const r = await timed(op);
        const code = r.json.errors?.[0]?.extensions?.code;
        if (op.expect) {
          report.deliberate++;
          const ok = (op.expect.status === undefined || r.status === op.expect.status) && (op.expect.code === undefined || code === op.expect.code);
          if (!ok) report.deliberateUnexpected++;
        } else if (r.status !== 200 || r.json.errors || r.json.data == null) {
          fail(`${op.kind}: ${r.status} ${r.text}`);
        }
      } catch (error) {
        fail(`network: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  report.seconds = (performance.now() - t0) / 1000;
  process.send!(report, () => process.exit(0));
}
