// npm run bench [-- --sizes 100,2000,20000] [-- --report-only]
//
// Runs the extraction, ingestion and API benchmarks one after another (each in its
// own process, output shown as it comes), then writes BENCHMARKS.md from their
// bench/results/*-latest.json. With --report-only it only rewrites BENCHMARKS.md
// from the results already there. Only the part between the two `results` markers
// is rewritten: what is written by hand around it (the findings) stays.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SYSTEM_NAMES, type ApiResults, type SizeFigures } from './api/figures.js';
import type { IngestFigures } from './ingest-figures.js';
import { readLatest, type ResultFile } from './results.js';

const { values } = parseArgs({
  options: {
    'report-only': { type: 'boolean', default: false },
    // The corpus sizes bench:api loads (20,000 takes as long as loading 20,000 documents does).
    sizes: { type: 'string', default: '100,2000' },
  },
});

const STEPS = [
  ['bench:extract'],
  ['bench:ingest', '--', '--docs', '500'],
  ['bench:api', '--', '--sizes', values.sizes],
];

if (!values['report-only']) {
  for (const step of STEPS) {
    console.log(`\n=== npm run ${step.join(' ')}`);
    const run = spawnSync('npm', ['run', '-s', ...step], { stdio: 'inherit' });
    if (run.status !== 0) {
      console.error(`npm run ${step[0]} failed (exit ${run.status}); BENCHMARKS.md left as it was`);
      process.exit(1);
    }
  }
}

interface ExtractRow {
  input: string;
  docs: number;
  chars: number;
  charsPerSecond: number;
  docsPerSecond: number;
}
const extract = readLatest<ExtractRow[]>('extract');
const ingest = readLatest<IngestFigures>('ingest');
const api = readLatest<ApiResults>('api');
if (!extract || !ingest || !api) {
  console.error('missing results: run npm run bench (or bench:extract, bench:ingest, bench:api) first');
  process.exit(1);
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');
const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const provenance = (f: ResultFile<unknown>) => `\`${f.command}\` — ${f.date.slice(0, 16).replace('T', ' ')} UTC, ${f.machine.cpus} × ${f.machine.cpu ?? 'CPU'}, Node ${f.machine.node}`;

function apiSize(size: SizeFigures, connections: number[]): string {
  const parts = [
    `### Seeds + ${thousands(size.generatedDocuments)} generated documents (${thousands(size.nodes)} nodes, ${thousands(size.relationships)} relationships)`,
  ];
  for (const q of size.questions) {
    const base = q.systems.cypher;
    parts.push(
      `**${q.question.toUpperCase()}** ${q.title} — answer: ${q.answerSize} item${q.answerSize === 1 ? '' : 's'}, identical from all three`,
      table(
        ['system', 'p50 ms', 'p99 ms', 'p50 × Cypher', ...connections.map((c) => `req/s @${c}`), '× Cypher @8', 'db hits', 'statements'],
        SYSTEM_NAMES.map((name) => {
          const s = q.systems[name];
          return [
            name === 'ours' ? '**ours**' : name,
            fixed(s.p50Ms, 2),
            fixed(s.p99Ms, 2),
            fixed(s.p50Ms / base.p50Ms, 2),
            ...connections.map((c) => thousands(s.load[c]!.requestsPerSecond)),
            fixed(s.load[8] && base.load[8] ? s.load[8].requestsPerSecond / base.load[8].requestsPerSecond : NaN, 2),
            thousands(s.dbHits),
            String(s.cypherStatements),
          ];
        }),
      ),
    );
    const bad = SYSTEM_NAMES.flatMap((name) =>
      Object.entries(q.systems[name].load)
        .filter(([, r]) => r.bad > 0)
        .map(([c, r]) => `${name} @${c}: ${r.bad} of ${thousands(r.requests)} (${Object.entries(r.badKinds ?? {}).filter(([, n]) => n > 0).map(([kind, n]) => `${n} ${kind}`).join(', ') || 'kind not recorded'})`),
    );
    if (bad.length > 0) parts.push(`Responses under load that were not the checked answer: ${bad.join('; ')}.`);
  }
  return parts.join('\n\n');
}

/** How each question's p50 and db hits grow from the second-largest size to the largest (ours and Cypher). */
function growth(sizes: SizeFigures[]): string {
  if (sizes.length < 2) return '';
  const [from, to] = [...sizes].sort((a, b) => a.generatedDocuments - b.generatedDocuments).slice(-2) as [SizeFigures, SizeFigures];
  const [a, b] = [thousands(from.generatedDocuments), thousands(to.generatedDocuments)];
  const rows = to.questions.flatMap((q) => {
    const before = from.questions.find((x) => x.question === q.question);
    if (!before) return [];
    return [
      [
        `**${q.question.toUpperCase()}** ${q.title}`,
        ...(['ours', 'cypher'] as const).flatMap((name) => [fixed(before.systems[name].p50Ms, 2), fixed(q.systems[name].p50Ms, 2), `${fixed(q.systems[name].p50Ms / before.systems[name].p50Ms, 2)}×`]),
        `${thousands(before.systems.ours.dbHits)} → ${thousands(q.systems.ours.dbHits)}`,
        `${before.answerSize} → ${q.answerSize}`,
      ],
    ];
  });
  return `### Growth from ${a} to ${b} generated documents

p50 in ms; the ratio is ${b} / ${a}. A page-shaped question (Q1, Q3, Q4, Q5) should stay flat;
Q2 reads the derived LEADS_CITING (precomputed at ingest), so its work follows its answer
(the laws and their implementing departments), not the tasks that cite them.

${table([`question`, `ours @${a}`, `ours @${b}`, 'ours ×', `Cypher @${a}`, `Cypher @${b}`, 'Cypher ×', 'ours db hits', 'answer items'], rows)}`;
}

/** Neo4j's settings, store and resident sets, and the bench process's, per size. */
function memory(sizes: SizeFigures[]): string {
  const measured = sizes.filter((s) => s.memory);
  if (measured.length === 0) return '';
  return `### Memory

${table(
  ['generated documents', 'store MiB', 'Neo4j heap', 'Neo4j page cache', 'Neo4j RSS MiB', 'bench process RSS MiB (the three servers)'],
  measured.map((s) => {
    const m = s.memory!;
    return [thousands(s.generatedDocuments), m.storeMb === null ? '–' : thousands(m.storeMb), m.neo4jHeap ?? '–', m.neo4jPageCache ?? '–', m.neo4jRssMb === null ? '–' : thousands(m.neo4jRssMb), thousands(m.serverRssMb)];
  }),
)}`;
}

const extractRows = extract.results.map((r) => [r.input, thousands(r.docs), `${fixed(r.charsPerSecond / 1e6, 2)} M`, fixed(r.docsPerSecond, 1)]);
const i = ingest.results;
const generated = `<!-- results: written by npm run bench (bench/report.ts); edit outside these markers -->

Figures from one run on the machine named under each table (on a 2-core VM Neo4j,
the servers and the load generator share the cores: compare ratios within a table,
not absolute figures across machines). \`npm run bench -- --report-only\` rewrites
this part from \`bench/results/*-latest.json\`.

## API: our GraphQL API, @neo4j/graphql and hand-written Cypher

${provenance(api)}

One throwaway Neo4j 5.26, the five seeds plus documents from the corpus generator,
the same five questions asked of three systems (\`bench/api/questions.ts\`); every
system's answer is checked equal to the Cypher one before anything is timed.

The servers run in the bench process with \`NODE_ENV=production\`, as deployed (\`npm run
bench:api\` sets it${api.results.nodeEnv === undefined ? '' : `; this run: ${api.results.nodeEnv ?? 'unset'}`}): graphql-js skips its development-only checks.

- **cypher**: \`bench/api/cypher/q*.cypher\`, one statement per question, behind a minimal
  HTTP endpoint (JSON in, one auto-commit read in a READ session, JSON out).
- **ours**: \`npm start\`'s server (\`src/server\`), queries in \`bench/api/ours.ts\`.
- **@neo4j/graphql** 7: type definitions for the same graph (\`bench/api/neo4j-graphql.ts\`,
  a dev dependency used nowhere in \`src/\`) on Apollo Server; what its query language
  cannot express (DISTINCT over two hops, a bounded neighbourhood) is finished on the client.

p50/p99 over ${api.results.requests} sequential requests per system${api.results.maxSeconds ? ` or as many as ${api.results.maxSeconds} s allowed, whichever came first` : ''} (after a warm-up; the
systems take turns request by request); req/s from autocannon in a separate process,
${api.results.seconds} s per concurrency, every response compared with the checked
answer; db hits: PROFILE of every statement one request sends, summed.

${api.results.sizes.map((s) => apiSize(s, api.results.connections)).join('\n\n')}

${growth(api.results.sizes)}

${memory(api.results.sizes)}

## Extraction

${provenance(extract)}

${table(['input', 'documents', 'characters/s', 'documents/s'], extractRows)}

## Ingestion

${provenance(ingest)}

The first run loads an empty database on a Neo4j just started; the warm run loads the
same files again into the emptied database, on the same Neo4j (its JIT compiler has
compiled the write path by then), as a long-running server would.

${table(
  ['documents', 'concurrency', 'batch', 'documents/s', 'warm: documents/s (CPU ms/doc Node, Neo4j)', 'nodes/s', 'relationships/s', 'CPU ms/doc (Node)', 'CPU ms/doc (Neo4j)', 'no-op re-run', 'one more document (incremental)'],
  [
    [
      `${thousands(i.documents)} generated (${thousands(i.nodes)} nodes, ${thousands(i.relationships)} relationships)`,
      String(i.concurrency),
      i.batchSize === undefined ? '1' : String(i.batchSize),
      fixed(i.documentsPerSecond),
      i.warm ? `${fixed(i.warm.documentsPerSecond)} (${fixed(i.warm.cpuMsPerDocument.node)}, ${i.warm.cpuMsPerDocument.neo4j === null ? '–' : fixed(i.warm.cpuMsPerDocument.neo4j)})` : '–',
      thousands(i.nodesPerSecond),
      thousands(i.relationshipsPerSecond),
      fixed(i.cpuMsPerDocument.node),
      i.cpuMsPerDocument.neo4j === null ? '–' : fixed(i.cpuMsPerDocument.neo4j),
      `${fixed(i.noOpRerunSeconds)} s (${fixed(i.noOpRerunSeconds / i.seconds, 2)} of the first)`,
      i.incremental
        ? `${fixed(i.incremental.medianMs)} ms median of ${i.incremental.documents} (CPU: Node ${fixed(i.incremental.cpuMsNode)} ms, Neo4j ${i.incremental.cpuMsNeo4j === null ? '–' : `${fixed(i.incremental.cpuMsNeo4j)} ms`})`
        : '–',
    ],
  ],
)}

${
  i.bulk
    ? `The bulk load (\`kg ingest --bulk\`, \`src/ingest/bulk.ts\`) reads the same files into a new local
Neo4j: extraction and task matching on worker threads, the graph assembled in memory,
\`neo4j-admin database import\`, then Neo4j started on it, its schema and indexes built.
Its graph held as many nodes and relationships of each kind as the first run's: ${i.bulk.sameCounts ? 'yes' : '**no**'}.

${table(
  ['documents', 'documents/s', 'seconds', 'Node CPU ms/doc (all threads)', ...Object.keys(i.bulk.stages).map((stage) => `${stage} (s)`)],
  [[thousands(i.documents), fixed(i.bulk.documentsPerSecond), fixed(i.bulk.seconds), fixed(i.bulk.nodeCpuMsPerDocument), ...Object.values(i.bulk.stages).map((seconds) => fixed(seconds))]],
)}
`
    : ''
}
<!-- /results -->`;

const target = join(import.meta.dirname, '..', 'BENCHMARKS.md');
const current = existsSync(target) ? readFileSync(target, 'utf8') : '# Benchmarks\n\n<!-- results --><!-- /results -->\n';
const start = current.indexOf('<!-- results');
const end = current.indexOf('<!-- /results -->');
if (start < 0 || end < start) {
  console.error('BENCHMARKS.md has no <!-- results … --> … <!-- /results --> markers; add them where the figures belong');
  process.exit(1);
}
writeFileSync(target, current.slice(0, start) + generated + current.slice(end + '<!-- /results -->'.length));
console.log('\nwrote BENCHMARKS.md');
