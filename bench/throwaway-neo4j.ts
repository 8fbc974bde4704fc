// A database for a benchmark: NEO4J_URI when set (its data is erased!), otherwise a
// throwaway local Neo4j on a temp folder and a free port, deleted afterwards.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATABASE, neo4jConfigFromEnv } from '../src/config.js';
import { applySchema, createDriver, type Graph } from '../src/graph/driver.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j-local/local.js';
import { provision } from '../src/neo4j-local/provision.js';

export interface BenchDatabase extends Graph {
  uri: string;
  user: string;
  password: string;
  /** The local Neo4j's process id (null with NEO4J_URI), for CPU accounting. */
  pid: number | null;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = neo4jConfigFromEnv();
  let connection = external;
  let stop = async () => {};
  let pid: number | null = null;
  if (!connection) {
    provision();
    const home = mkdtempSync(join(tmpdir(), 'prg-neo4j-bench-'));
    const local = await startLocalNeo4j({ home, port: 0, ownedByParent: true });
    connection = { uri: local.uri, user: local.user, password: local.password, database: DEFAULT_DATABASE };
    pid = local.pid;
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
    pid,
    async reset() {
      const session = driver.session({ database });
      try {
        for (;;) {
          const r = await session.run('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n');
          if (Number(r.records[0]?.get('n')) === 0) break;
        }
      } finally {
        await session.close();
      }
    },
    async close() {
      await driver.close();
      await stop();
    },
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where unavailable. */
export function processCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / sysconfClockTicks;
  } catch {
    return null;
  }
}
// Linux reports CPU time in clock ticks; USER_HZ is 100 on every common kernel.
const sysconfClockTicks = 100;
