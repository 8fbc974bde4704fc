// `npm start`: connect to Neo4j (NEO4J_URI, else the project's local Neo4j,
// started if needed), make sure schema and reference data are there, load
// seeds/, then serve the GraphQL API, the playground and /health.
import 'reflect-metadata';
import { applySchema } from '../graph/driver.js';
import { describeError } from '../graph/errors.js';
import { ensureReferenceData } from '../graph/ingest.js';
import { createServer, GRAPHQL_PATH, HEALTH_PATH, type RunningServer } from './app.js';
import { connectWithRetry, type ConnectedGraph } from './connect.js';
import { publicUri } from './health.js';
import { createLogger } from './logger.js';
import { loadSeeds } from './seeds.js';

const say = (line: string) => console.log(line);

let stopping = false;

async function main(): Promise<void> {
  const t0 = performance.now();
  const host = process.env.HOST?.trim() || '127.0.0.1';
  const port = parsePort(process.env.PORT);
  const logger = createLogger();

  const startup = new AbortController();
  let graph: ConnectedGraph | undefined;
  let server: RunningServer | undefined;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(130); // a second Ctrl-C: do not wait for the drain
    }
    stopping = true;
    say(`${signal}: shutting down`);
    startup.abort();
    try {
      await server?.close();
      await graph?.driver.close();
    } finally {
      // The local Neo4j keeps running on purpose: it is shared with `npm run kg`
      // and the next `npm start` (stop it with `npm run neo4j:stop`).
      process.exit(0);
    }
  };
  process.on('SIGINT', (s) => void stop(s));
  process.on('SIGTERM', (s) => void stop(s));
  // A long-running server outlives a stray rejection (say, a driver callback
  // during a Neo4j outage): log it rather than exit.
  process.on('unhandledRejection', (reason) => logger.error({ error: describeError(reason) }, 'unhandled rejection'));

  say(
    process.env.NEO4J_URI
      ? `connecting to ${publicUri(process.env.NEO4J_URI)} …`
      : 'using the local Neo4j (starting it if needed: about 15 s; the first run also downloads it) …',
  );
  graph = await connectWithRetry({ log: say, signal: startup.signal });
  say(`neo4j: ${publicUri(graph.uri)} (${graph.source === 'env' ? 'NEO4J_URI' : 'local instance'}), database ${graph.database}`);
  await applySchema(graph.driver, graph.database);
  await ensureReferenceData(graph);
  const seeds = await loadSeeds(graph);
  say(`seeds: ${seeds.loaded} loaded, ${seeds.replaced} replaced, ${seeds.skipped} skipped (unchanged), ${seeds.failed.length} failed`);
  for (const f of seeds.failed) say(`  ${f.file}: ${f.error}`);

  server = await createServer({ graph, neo4jUri: graph.uri, host, port, logger });
  if (stopping) return; // a signal arrived while starting; stop() is already closing
  say(`GraphQL API: ${server.origin}${GRAPHQL_PATH}`);
  say(`playground:  ${server.origin}${GRAPHQL_PATH} (open it in a browser)`);
  say(`health:      ${server.origin}${HEALTH_PATH}`);
  say(process.env.INGEST_API_KEY ? 'mutations: enabled (send x-api-key)' : 'mutations: disabled (set INGEST_API_KEY to enable ingestDocument/deleteDocument)');
  say(`ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 4000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT is malformed: ${JSON.stringify(raw)} (expected 0–65535)`);
  return n;
}

main().catch((error: unknown) => {
  if (stopping) return; // interrupted during start-up; stop() exits
  console.error(`start failed: ${describeError(error)}`);
  process.exit(1);
});
