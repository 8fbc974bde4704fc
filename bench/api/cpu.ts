// npm run bench:api:cpu [-- --size 100 --blocks 20 --block 100 --questions q1,q2 --keep]
//
// Node CPU per request of our GraphQL server against the hand-written Cypher
// endpoint: the figure behind `npm run bench:api`'s latency ratios that a shared
// machine blurs least. Each server runs in a process of its own (cpu-server.ts) on
// a driver of its own; this process sends the requests one at a time and, around
// each block of requests to one server, reads that server's CPU time
// (process.cpuUsage, over IPC) and Neo4j's (/proc, the throwaway instance or
// --neo4j-pid). The servers take turns block by block, so a change in the
// machine's load hits all of them alike; figures are medians over the blocks.
// user: JavaScript (HTTP, GraphQL, our code, the driver's encoding and decoding);
// sys: the kernel (socket reads and writes, whose cost varies most with the load).
// The Cypher endpoint does HTTP, one read and JSON with the same driver, so
// ours − cypher is the cost of the GraphQL layer.
//
// --also DIR adds "ours" from another checkout (e.g. the commit before a change,
// from `git worktree add` or `git archive`) as a third server, for before/after
// figures in one run. --profile PREFIX writes a V8 CPU profile of each server's
// blocks of the first question (<PREFIX>-<server>.cpuprofile).
//
// With NEO4J_URI set, the graph there is erased and loaded, unless --keep (then it
// is used as it is). Writes no results file.
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { openBenchDatabase, processCpuSeconds } from '../throwaway-neo4j.js';
import type { ServerJob, ServerReply, ServerRequest } from './cpu-server.js';
import { loadCorpus, loadSeedsOnly, pickParameters } from './data.js';
import { OUR_QUESTIONS } from './ours.js';
import { QUESTION_IDS, type QuestionId } from './questions.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100' },
    block: { type: 'string', default: '100' },
    blocks: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '200' },
    questions: { type: 'string', default: QUESTION_IDS.join(',') },
    keep: { type: 'boolean', default: false },
    also: { type: 'string' },
    'neo4j-pid': { type: 'string' },
    profile: { type: 'string' },
  },
});
const size = Number(values.size);
const blockSize = Number(values.block);
const blocks = Number(values.blocks);
const warmup = Number(values.warmup);
const questions = values.questions.split(',') as QuestionId[];
if (!Number.isInteger(size) || size < 0 || !(blockSize > 0) || !(blocks > 0) || !(warmup >= 0) || questions.some((q) => !QUESTION_IDS.includes(q))) {
  console.error('usage: npm run bench:api:cpu -- [--size 100] [--block 100] [--blocks 20] [--warmup 200] [--questions q1,…] [--keep] [--also DIR] [--neo4j-pid PID] [--profile PREFIX]');
  process.exit(2);
}

interface Server {
  name: string;
  kind: 'cypher' | 'ours';
  child: ChildProcess;
  url: string;
  ask(m: ServerRequest): Promise<ServerReply>;
}

const db = await openBenchDatabase();
const servers: Server[] = [];
try {
  if (!values.keep) {
    await db.reset();
    if (!db.bulkLoad) await loadSeedsOnly(db);
    if (size > 0 || db.bulkLoad) await loadCorpus(db, 0, size);
  }
  // Read after the load: the bulk load restarts the local Neo4j.
  const neo4jPid = values['neo4j-pid'] !== undefined ? Number(values['neo4j-pid']) : db.pid;
  const documents = (await db.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: db.database })).records[0]!.get('n');
  const p = await pickParameters(db);
  const here = resolve(import.meta.dirname, '..', '..');
  servers.push(await startServer('cypher', 'cypher', here), await startServer('ours', 'ours', here));
  if (values.also) servers.push(await startServer(`ours@${values.also}`, 'ours', resolve(values.also)));

  const body = (s: Server, q: QuestionId) =>
    s.kind === 'cypher' ? JSON.stringify(p) : JSON.stringify({ query: OUR_QUESTIONS[q].query, variables: OUR_QUESTIONS[q].variables(p) });
  const url = (s: Server, q: QuestionId) => (s.kind === 'cypher' ? `${s.url}/${q}` : s.url);

  console.log(
    `bench:api:cpu  ${documents} documents in the graph; per question ${blocks} blocks of ${blockSize} sequential requests per server, the servers taking turns (after ${warmup} warm-up requests each); NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`,
  );
  console.log('CPU µs per request, medians over the blocks: the server process (user, sys), Neo4j; "× cypher" is the median of the blocks\' user+sys ratios\n');
  const header = ['question', ...servers.flatMap((s) => [`${s.name} user`, 'sys', 'neo4j', ...(s.kind === 'cypher' ? [] : ['× cypher'])])];
  console.log(header.join('\t'));

  for (const [qi, q] of questions.entries()) {
    const samples = new Map<Server, Array<{ user: number; system: number; neo4j: number | null }>>(servers.map((s) => [s, []]));
    const answers = new Map<Server, unknown>();
    for (const s of servers) {
      const first = await post(url(s, q), body(s, q));
      answers.set(s, s.kind === 'cypher' ? (JSON.parse(first) as { answer: unknown }).answer : OUR_QUESTIONS[q].answer(dataOf(JSON.parse(first), s, q), p));
      for (let i = 0; i < warmup; i++) await post(url(s, q), body(s, q));
      if (values.profile && qi === 0) await s.ask({ type: 'profile-start' });
    }
    for (const s of servers) {
      if (!isDeepStrictEqual(answers.get(s), answers.get(servers[0]!))) throw new Error(`${q}: the answer of ${s.name} differs from the Cypher answer`);
    }
    const expected = new Map<Server, string>();
    for (let b = 0; b < blocks; b++) {
      for (const s of servers) {
        const u = url(s, q);
        const text = body(s, q);
        const cpu0 = (await s.ask({ type: 'cpu' })) as Extract<ServerReply, { type: 'cpu' }>;
        const neo0 = processCpuSeconds(neo4jPid);
        for (let i = 0; i < blockSize; i++) {
          const response = await post(u, text);
          if (!expected.has(s)) expected.set(s, response);
          else if (response !== expected.get(s)) throw new Error(`${q}: ${s.name} answered differently under repetition: ${response.slice(0, 200)}`);
        }
        const neo1 = processCpuSeconds(neo4jPid);
        const cpu1 = (await s.ask({ type: 'cpu' })) as Extract<ServerReply, { type: 'cpu' }>;
        samples.get(s)!.push({
          user: (cpu1.user - cpu0.user) / blockSize,
          system: (cpu1.system - cpu0.system) / blockSize,
          neo4j: neo0 !== null && neo1 !== null ? ((neo1 - neo0) * 1e6) / blockSize : null,
        });
      }
    }
    if (values.profile && qi === 0) {
      for (const s of servers) await s.ask({ type: 'profile-stop', file: `${values.profile}-${s.name.replace(/[^\w.-]+/g, '_')}.cpuprofile` });
    }
    const base = samples.get(servers[0]!)!;
    const row: string[] = [q];
    for (const s of servers) {
      const own = samples.get(s)!;
      const neo = own.map((x) => x.neo4j).filter((x): x is number => x !== null);
      row.push(fmt(median(own.map((x) => x.user))), fmt(median(own.map((x) => x.system))), neo.length ? fmt(median(neo)) : '-');
      if (s.kind !== 'cypher') row.push(median(own.map((x, i) => (x.user + x.system) / (base[i]!.user + base[i]!.system))).toFixed(2));
    }
    console.log(row.join('\t'));
  }
} finally {
  for (const s of servers) await s.ask({ type: 'close' }).catch(() => {});
  await db.close();
}

function fmt(x: number): string {
  return x.toFixed(0);
}

function dataOf(response: { data?: unknown; errors?: Array<{ message: string }> }, s: Server, q: QuestionId): any {
  if (response.errors?.length) throw new Error(`${s.name} ${q}: ${response.errors[0]!.message}`);
  return response.data;
}

async function post(target: string, body: string): Promise<string> {
  const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${target}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return text;
}

/** Starts cpu-server.ts from the checkout `root` (its own src/ and bench/). */
function startServer(name: string, kind: 'cypher' | 'ours', root: string): Promise<Server> {
  const child = fork(join(root, 'bench', 'api', 'cpu-server.ts'), [], { cwd: root, execArgv: process.execArgv });
  const waiting: Array<(m: ServerReply) => void> = [];
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => code !== 0 && fail(new Error(`${name}: the server process exited with ${code}`)));
    child.on('message', (m: ServerReply) => {
      if (m.type === 'ready') {
        done({
          name,
          kind,
          child,
          url: m.url,
          ask: (request) =>
            new Promise((answer) => {
              waiting.push(answer);
              child.send(request);
              if (request.type === 'close') child.once('exit', () => answer({ type: 'done' }));
            }),
        });
      } else waiting.shift()?.(m);
    });
    const job: ServerJob = { kind, uri: db.uri, user: db.user, password: db.password, database: db.database };
    child.send(job);
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

