// A database for a benchmark: NEO4J_URI when set (its data is erased!), otherwise a
// throwaway local Neo4j on a temp folder and a free port, deleted afterwards.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATABASE, neo4jConfigFromEnv } from '../src/config.js';
import { createDriver, type Graph } from '../src/graph/connection.js';
import { applySchema } from '../src/graph/schema.js';
import { bulkLoad, type BulkLoadResult } from '../src/ingest/bulk.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j-local/local.js';
import { provision } from '../src/neo4j-local/provision.js';

export interface BenchDatabase extends Graph {
  uri: string;
  user: string;
  password: string;
  /** The local Neo4j's process id (null with NEO4J_URI), for CPU accounting. */
  pid: number | null;
  /** Bytes on disk of the local Neo4j's folder (store, transaction logs, indexes); null with NEO4J_URI. */
  storeBytes(): number | null;
  /**
   * Replaces the (emptied) database with `files` by the bulk load (src/ingest/bulk.ts):
   * the local Neo4j restarts on its port, so open drivers reconnect. null with NEO4J_URI.
   */
  bulkLoad: ((files: readonly string[]) => Promise<BulkLoadResult>) | null;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = neo4jConfigFromEnv();
  let connection = external;
  let stop = async () => {};
  let pid: number | null = null;
  let dataDir: string | null = null;
  let bulk: BenchDatabase['bulkLoad'] = null;
  if (!connection) {
    provision();
    const home = mkdtempSync(join(tmpdir(), 'prg-neo4j-bench-'));
    const local = await startLocalNeo4j({ home, port: 0, ownedByParent: true });
    connection = { uri: local.uri, user: local.user, password: local.password, database: DEFAULT_DATABASE };
    pid = local.pid;
    dataDir = join(home, 'db');
    bulk = async (files) => {
      const loaded = await bulkLoad(files, { home, start: { port: local.port, ownedByParent: true } });
      pid = loaded.local.pid;
      return loaded;
    };
    stop = async () => {
      await stopLocalNeo4j({ home });
      rmSync(home, { recursive: true, force: true });
    };
  }
  const driver = createDriver(connection);
  const database = connection.database;
  await applySchema(driver, database);
  return {
    driver,
    database,
    uri: connection.uri,
    user: connection.user,
    password: connection.password,
    get pid() {
      return pid;
    },
    bulkLoad: bulk,
    storeBytes: () => (dataDir === null ? null : folderBytes(dataDir)),
    reset: () => clearGraph({ driver, database }),
    async close() {
      await driver.close();
      await stop();
    },
  };
}

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where unavailable. */
export function processCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // Linux reports CPU time in clock ticks; USER_HZ is 100 on every common kernel.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Deletes every node and relationship, in batches so a big graph needs no huge transaction. Keeps the schema. */
export async function clearGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    for (;;) {
      const deleted = await session.executeWrite(async (tx) => {
        const r = await tx.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted');
        return Number(r.records[0]?.get('deleted'));
      });
      if (deleted === 0) break;
    }
  } finally {
    await session.close();
  }
}
