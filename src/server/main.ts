// `npm start`: read the configuration (src/config.ts), connect to Neo4j (NEO4J_URI,
// else the project's local Neo4j, started if needed), make sure schema and reference
// data are there, load seeds/, then serve the GraphQL API, the playground and /health.
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import type { ConnectedGraph } from '../graph/connection.js';
import { applySchema } from '../graph/schema.js';
import { describeError } from '../graph/errors.js';
import { ensureReferenceData } from '../graph/ingest.js';
import { createServer, GRAPHQL_PATH, HEALTH_PATH, type RunningServer } from './app.js';
import { connectWithRetry, serverDriverConfig } from './connect.js';
import { publicUri } from './health.js';
import { createLogger } from './logger.js';
import { loadSeeds } from './seeds.js';

const say = (line: string) => console.log(line);

let stopping = false;

async function main(): Promise<void> {
  const t0 = performance.now();
  const config = loadConfig();
  const { host, port } = config.server;
  const logger = createLogger({ level: config.server.logLevel });

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
    config.neo4j.external
      ? `connecting to ${publicUri(config.neo4j.external.uri)} …`
      : 'using the local Neo4j (starting it if needed: about 15 s; the first run also downloads it) …',
  );
  graph = await connectWithRetry({ settings: config.neo4j, config: serverDriverConfig(config.server.reads), log: say, signal: startup.signal });
  say(`neo4j: ${publicUri(graph.uri)} (${graph.source === 'env' ? 'NEO4J_URI' : 'local instance'}), database ${graph.database}`);
  await applySchema(graph.driver, graph.database);
  await ensureReferenceData(graph);
  const seeds = await loadSeeds(graph);
  say(`seeds: ${seeds.loaded} loaded, ${seeds.replaced} replaced (new version), ${seeds.refreshed} refreshed (read again), ${seeds.skipped} skipped (unchanged), ${seeds.failed.length} failed`);
  for (const f of seeds.failed) say(`  ${f.file}: ${f.error}`);

  server = await createServer({
    graph,
    neo4jUri: graph.uri,
    host,
    port,
    logger,
    exposeQueryCount: !config.server.production,
    limits: config.server.limits,
    reads: config.server.reads,
    access: config.server.access,
    ...(config.server.ingestApiKey !== undefined && { ingestApiKey: config.server.ingestApiKey }),
    txTimeoutMs: config.neo4j.txTimeoutMs,
  });
  if (stopping) return; // a signal arrived while starting; stop() is already closing
  say(`GraphQL API: ${server.origin}${GRAPHQL_PATH}`);
  say(`playground:  ${server.origin}${GRAPHQL_PATH} (open it in a browser)`);
  say(`health:      ${server.origin}${HEALTH_PATH}`);
  say(config.server.ingestApiKey ? 'mutations: enabled (send x-api-key)' : 'mutations: disabled (set INGEST_API_KEY to enable ingestDocument/deleteDocument)');
  say(`ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  if (stopping) return; // interrupted during start-up; stop() exits
  console.error(`start failed: ${describeError(error)}`);
  process.exit(1);
});
