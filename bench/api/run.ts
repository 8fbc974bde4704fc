// npm run bench:api [-- --sizes 100,2000 --requests 200 --max-seconds 60 --seconds 5 --connections 1,8,32]
//
// Our GraphQL API side by side with @neo4j/graphql and with hand-written Cypher:
// one throwaway Neo4j, the seeds plus generated work plans grown to each size, the
// same five questions (questions.ts). Per size: every system's answer is checked
// against the Cypher one first (nothing is timed if any differs); then database
// hits from PROFILE, sequential latency (systems interleaved, so drift hits all
// alike) and throughput under load from a separate process at each concurrency.
// Prints tables and writes bench/results/api-latest.json (+ a dated copy).
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { sizeInBytes } from '../../src/config.js';
import { graphCounts } from '../../src/graph/read/aggregate.js';
import { createServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { RESULTS_DIR, writeResults } from '../results.js';
import { openBenchDatabase } from '../throwaway-neo4j.js';
import { CYPHER_QUESTIONS, cypherParameters, startCypherServer } from './cypher-server.js';
import { loadCorpus, loadSeedsOnly, pickParameters } from './data.js';
import { SYSTEM_NAMES, type MemoryFigures, type QuestionFigures, type SizeFigures, type SystemFigures, type SystemName } from './figures.js';
import type { LoadJob, LoadResult } from './load.js';
import { NEO4J_GRAPHQL_QUESTIONS, startNeo4jGraphqlServer } from './neo4j-graphql.js';
import { OUR_QUESTIONS } from './ours.js';
import { profileDbHits, recordingDriver, type RecordingDriver, type Statement } from './profile.js';
import { QUESTION_IDS, QUESTION_TITLES, type QuestionId, type QuestionParameters, type SystemQuestions } from './questions.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,2000' },
    requests: { type: 'string', default: '200' },
    // The sequential phase of one question ends after --requests per system or this many seconds, whichever first.
    'max-seconds': { type: 'string', default: '60' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,8,32' },
    questions: { type: 'string', default: QUESTION_IDS.join(',') },
  },
});
const numbers = (list: string) => list.split(',').map(Number);
const sizes = numbers(values.sizes);
const requests = Number(values.requests);
const maxSeconds = Number(values['max-seconds']);
const seconds = Number(values.seconds);
const connectionCounts = numbers(values.connections);
const questions = values.questions.split(',') as QuestionId[];
if (
  sizes.some((n) => !Number.isInteger(n) || n < 0) ||
  !(requests > 0) ||
  !(maxSeconds > 0) ||
  !(seconds > 0) ||
  connectionCounts.some((n) => !Number.isInteger(n) || n < 1) ||
  questions.some((q) => !QUESTION_IDS.includes(q))
) {
  console.error('usage: npm run bench:api -- [--sizes 100,2000] [--requests 200] [--max-seconds 60] [--seconds 5] [--connections 1,8,32] [--questions q1,q2,…]');
  process.exit(2);
}



/** One system under test: where a question goes, and how its response becomes the canonical answer. */
interface System {
  name: SystemName;
  url(q: QuestionId): string;
  body(q: QuestionId, p: QuestionParameters): string;
  answer(q: QuestionId, response: unknown, p: QuestionParameters): unknown;
  /** The Cypher one request sends: recorded from the driver (GraphQL systems) or known (Cypher). */
  statements(q: QuestionId, p: QuestionParameters, send: () => Promise<unknown>): Promise<Statement[]>;
}

const db = await openBenchDatabase();
const servers: Array<{ close(): Promise<void> }> = [];
try {
  console.log(`bench:api  sizes ${sizes.join(', ')} generated documents (+ the seeds), ${requests} sequential requests (at most ${maxSeconds} s a question), load ${seconds} s at ${connectionCounts.join('/')} connections, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`);
  await db.reset();
  // Through transactions the seeds go first and each size adds to the last; the bulk load loads each size whole.
  if (!db.bulkLoad) await loadSeedsOnly(db);

  const ours = recordingDriver(db.driver);
  const library = recordingDriver(db.driver);
  const ourServer = await createServer({ graph: { driver: ours.driver, database: db.database }, neo4jUri: db.uri, port: 0, logger: createLogger({ level: 'warn' }) });
  servers.push(ourServer);
  const libraryServer = await startNeo4jGraphqlServer(library.driver, db.database);
  servers.push(libraryServer);
  const cypherServer = await startCypherServer(db.driver, db.database);
  servers.push(cypherServer);

  const systems: System[] = [
    {
      name: 'cypher',
      url: (q) => `${cypherServer.url}/${q}`,
      body: (_q, p) => JSON.stringify(p),
      answer: (_q, response) => (response as { answer: unknown }).answer,
      statements: async (q, p) => [{ query: CYPHER_QUESTIONS[q], params: cypherParameters(p) }],
    },
    graphqlSystem('ours', ourServer.url, OUR_QUESTIONS, ours),
    graphqlSystem('@neo4j/graphql', libraryServer.url, NEO4J_GRAPHQL_QUESTIONS, library),
  ];

  const results: SizeFigures[] = [];
  let loaded = 0;
  for (const size of sizes) {
    const { ingestSeconds } = size > loaded || db.bulkLoad ? await loadCorpus(db, loaded, size) : { ingestSeconds: 0 };
    loaded = Math.max(loaded, size);
    const counts = await graphCounts(db);
    const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    const parameters = await pickParameters(db);
    const figures: SizeFigures = {
      generatedDocuments: size,
      nodes: total(counts.labels),
      relationships: total(counts.relationships),
      ingestSeconds,
      parameters,
      memory: await memoryFigures(),
      questions: [],
    };
    console.log(`\n## seeds + ${size} generated documents: ${figures.nodes} nodes, ${figures.relationships} relationships`);
    console.log(`memory: ${describeMemory(figures.memory!)}`);
    for (const q of questions) figures.questions.push(await measureQuestion(q, parameters, systems));
    // The servers' RSS after they answered every question at this size.
    figures.memory!.serverRssMb = rssMb(process.memoryUsage().rss);
    results.push(figures);
  }

  const command = `npm run bench:api -- --sizes ${sizes.join(',')} --requests ${requests} --max-seconds ${maxSeconds} --seconds ${seconds} --connections ${connectionCounts.join(',')}`;
  console.log(`\nwrote ${writeResults('api', command, { requests, maxSeconds, seconds, connections: connectionCounts, nodeEnv: process.env.NODE_ENV ?? null, sizes: results })}`);
} finally {
  for (const server of servers.reverse()) await server.close();
  await db.close();
}

function graphqlSystem(name: SystemName, url: string, asked: SystemQuestions, recorder: RecordingDriver): System {
  return {
    name,
    url: () => url,
    body: (q, p) => JSON.stringify({ query: asked[q].query, variables: asked[q].variables(p) }),
    answer(q, response, p) {
      const { data, errors } = response as { data?: unknown; errors?: Array<{ message: string }> };
      if (errors?.length) throw new Error(`${name} ${q}: ${errors[0]!.message}`);
      return asked[q].answer(data, p);
    },
    async statements(_q, _p, send) {
      const stop = recorder.record();
      await send().finally(stop);
      return stop();
    },
  };
}

async function send(system: System, q: QuestionId, p: QuestionParameters, body = system.body(q, p)): Promise<string> {
  const res = await fetch(system.url(q), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${system.name} ${q}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return text;
}

/**
 * Waits (two minutes at most) until Neo4j runs no transaction but this check: a request
 * the load generator gave up on still runs to its end in Neo4j (@neo4j/graphql's Q4 at
 * 20,000 documents: 7 s each), and the next question must not start in its shadow (our
 * server answered it DATABASE_BUSY).
 */
async function quietDatabase(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const { records } = await db.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running",
      {},
      { database: db.database },
    );
    if (Number(records[0]!.get('running')) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function measureQuestion(q: QuestionId, p: QuestionParameters, systems: System[]): Promise<QuestionFigures> {
  await quietDatabase();
  // 1. The same answer from every system, or nothing is timed.
  const responses = new Map<SystemName, string>();
  const answers = new Map<SystemName, unknown>();
  for (const system of systems) {
    const text = await send(system, q, p);
    responses.set(system.name, text);
    answers.set(system.name, system.answer(q, JSON.parse(text), p));
  }
  const reference = answers.get('cypher');
  for (const [name, answer] of answers) {
    if (!isDeepStrictEqual(answer, reference)) {
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, `mismatch-${q}.json`), JSON.stringify({ cypher: reference, [name]: answer }, null, 2));
      throw new Error(`${q}: the answer of ${name} differs from the Cypher answer (both in bench/results/mismatch-${q}.json); nothing timed`);
    }
  }
  const answerSize = Array.isArray(reference) ? reference.length : 1;

  // 2. What each system asks of the database for one request.
  const cost = new Map<SystemName, { dbHits: number; cypherStatements: number }>();
  for (const system of systems) {
    const statements = await system.statements(q, p, () => send(system, q, p));
    let dbHits = 0;
    for (const statement of statements) dbHits += await profileDbHits(db.driver, db.database, statement);
    cost.set(system.name, { dbHits, cypherStatements: statements.length });
  }

  // 3. Sequential latency, the systems interleaved request by request.
  const bodies = new Map(systems.map((s) => [s.name, s.body(q, p)]));
  const latencies = new Map<SystemName, number[]>(systems.map((s) => [s.name, []]));
  // At most `requests` each, or until `maxSeconds` have passed (warm-up included): a
  // system that takes seconds a request at a large size cannot hold the run for hours.
  const warmup = Math.min(20, requests);
  const until = performance.now() + maxSeconds * 1000;
  for (let i = 0; i < warmup + requests && (i < 2 || performance.now() < until); i++) {
    for (const system of systems) {
      const t0 = performance.now();
      await send(system, q, p, bodies.get(system.name));
      latencies.get(system.name)!.push(performance.now() - t0);
    }
  }
  // The warm-up is dropped; when time ran out within it, only the first (cold) request.
  for (const list of latencies.values()) list.splice(0, list.length > warmup ? warmup : Math.min(1, list.length - 1));
  const timed = latencies.get('cypher')!.length;
  if (timed < requests) console.log(`${q}: ${timed} sequential requests per system in ${maxSeconds} s (of ${requests})`);

  // 4. Throughput under load from another process; every response checked against the answer above.
  const load = new Map<SystemName, Record<number, LoadResult>>(systems.map((s) => [s.name, {}]));
  for (const connections of connectionCounts) {
    for (const system of systems) {
      load.get(system.name)![connections] = await runLoad({
        url: system.url(q),
        body: bodies.get(system.name)!,
        expectBody: responses.get(system.name)!,
        connections,
        seconds,
      });
    }
  }

  const figures: QuestionFigures = {
    question: q,
    title: QUESTION_TITLES[q],
    answerSize,
    systems: Object.fromEntries(
      systems.map((s) => {
        const sorted = [...latencies.get(s.name)!].sort((a, b) => a - b);
        const at = (pct: number) => sorted[Math.min(sorted.length - 1, Math.floor(pct * sorted.length))]!;
        return [
          s.name,
          {
            p50Ms: round(at(0.5)),
            p99Ms: round(at(0.99)),
            meanMs: round(sorted.reduce((a, b) => a + b, 0) / sorted.length),
            sequentialRequests: sorted.length,
            ...cost.get(s.name)!,
            responseBytes: Buffer.byteLength(responses.get(s.name)!),
            load: load.get(s.name)!,
          },
        ];
      }),
    ) as Record<SystemName, SystemFigures>,
  };
  printQuestion(figures);
  return figures;
}

function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((done, fail) => {
    const child = fork(join(import.meta.dirname, 'load.ts'), [], { execArgv: process.execArgv });
    let result: LoadResult | undefined;
    child.on('message', (m) => (result = m as LoadResult));
    child.on('error', fail);
    child.on('exit', (code) => (result ? done(result) : fail(new Error(`the load process exited with ${code} and no result`))));
    child.send(job);
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function printQuestion(f: QuestionFigures): void {
  const base = f.systems.cypher;
  console.log(`\n${f.question.toUpperCase()} ${f.title} (answer: ${f.answerSize} item${f.answerSize === 1 ? '' : 's'})`);
  const header = ['system', 'p50 ms', 'p99 ms', 'p50 ×cypher', ...connectionCounts.map((c) => `req/s @${c}`), 'db hits', 'statements'];
  const rows = SYSTEM_NAMES.map((name) => {
    const s = f.systems[name];
    const bad = Object.entries(s.load)
      .filter(([, r]) => r.bad > 0)
      .map(([c, r]) => `@${c}: ${Object.entries(r.badKinds ?? {}).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
    return [
      name,
      s.p50Ms.toFixed(2),
      s.p99Ms.toFixed(2),
      (s.p50Ms / base.p50Ms).toFixed(2),
      ...connectionCounts.map((c) => s.load[c]!.requestsPerSecond.toFixed(0)),
      String(s.dbHits),
      `${s.cypherStatements}${bad.length ? ` (bad responses under load! ${bad.join('; ')})` : ''}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}

function rssMb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

/** Neo4j's memory settings and store, and the RSS of Neo4j and of the bench process (which hosts the three servers). */
async function memoryFigures(): Promise<MemoryFigures> {
  const { records } = await db.driver.executeQuery(
    "CALL dbms.listConfig() YIELD name, value WHERE name IN ['server.memory.heap.max_size', 'server.memory.pagecache.size'] RETURN name, value",
    {},
    { database: db.database, routing: neo4j.routing.READ },
  );
  const setting = (name: string) => (records.find((r) => r.get('name') === name)?.get('value') as string | undefined) ?? null;
  return {
    // The local launcher sets the heap on the JVM's command line, not in Neo4j's settings.
    neo4jHeap: setting('server.memory.heap.max_size') || (db.pid === null ? null : `${rssMb(javaMaxHeap(db.pid) ?? 0)} MiB (-Xmx)`),
    neo4jPageCache: setting('server.memory.pagecache.size'),
    storeMb: db.storeBytes() === null ? null : rssMb(db.storeBytes()!),
    neo4jRssMb: processRssMb(db.pid),
    serverRssMb: rssMb(process.memoryUsage().rss),
  };
}

function describeMemory(m: MemoryFigures): string {
  return `store ${m.storeMb ?? '?'} MiB, Neo4j heap ${m.neo4jHeap ?? '?'}, page cache ${m.neo4jPageCache ?? '?'}, Neo4j RSS ${m.neo4jRssMb ?? '?'} MiB, bench process (servers) RSS ${m.serverRssMb} MiB`;
}

/** A process's resident set from /proc, in MiB; null where unavailable. */
function processRssMb(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Math.round(Number(line[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The -Xmx on a JVM's command line, in bytes; null when absent. */
function javaMaxHeap(pid: number): number | null {
  try {
    const m = /-Xmx(\d+[kmg])/i.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    return m ? sizeInBytes(m[1]!) : null;
  } catch {
    return null;
  }
}
