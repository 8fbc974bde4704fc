// vitest globalSetup for the `neo4j` project: one real Neo4j for the whole run.
// NEO4J_URI set → that database (its data is erased by the tests!). Otherwise a
// throwaway local Neo4j on a temp folder and a free port, separate from the
// developer's `npm run neo4j:start` instance, stopped (and deleted) at teardown.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEFAULT_DATABASE, neo4jConfigFromEnv } from '../../src/config.js';
import { createDriver } from '../../src/graph/connection.js';
import { applySchema } from '../../src/graph/schema.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j-local/local.js';
import { provision } from '../../src/neo4j-local/provision.js';

export interface Neo4jTestInfo {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** The throwaway instance's folder; null when the tests use NEO4J_URI. */
  localHome: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let info: Neo4jTestInfo;
  let teardown = async () => {};

  const cfg = neo4jConfigFromEnv();
  if (cfg) {
    info = { ...cfg, localHome: null };
  } else {
    provision({ log: (l) => console.log(`[neo4j] ${l}`) });
    const home = mkdtempSync(join(tmpdir(), 'prg-neo4j-test-'));
    teardown = async () => {
      await stopLocalNeo4j({ home });
      rmSync(home, { recursive: true, force: true });
    };
    try {
      const t0 = Date.now();
      // port 0: a free port, never NEO4J_LOCAL_PORT (the developer's instance may hold it).
      const n = await startLocalNeo4j({ home, port: 0, ownedByParent: true });
      console.log(`[neo4j] test instance at ${n.uri} (pid ${n.pid}) ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      info = { uri: n.uri, user: n.user, password: n.password, database: DEFAULT_DATABASE, localHome: home };
    } catch (e) {
      await teardown();
      throw e;
    }
  }

  const driver = createDriver(info);
  try {
    await applySchema(driver, info.database);
  } catch (e) {
    await teardown();
    throw e;
  } finally {
    await driver.close();
  }

  project.provide('neo4j', info);
  return teardown;
}
