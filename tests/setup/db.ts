// Per-file helpers for tests that use the database the global setup provides.

import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, type Graph } from '../../src/graph/driver.js';

let driver: Driver | undefined;

export function testInfo() {
  return inject('neo4j');
}

/** One driver per test file (files run one after another); close it in afterAll with closeTestDriver. */
export function testDriver(): Driver {
  return (driver ??= createDriver(testInfo()));
}

export function testGraph(): Graph {
  return { driver: testDriver(), database: testInfo().database };
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

/** Deletes every node and relationship, in batches so a big graph does not need one huge transaction. Keeps the schema. */
export async function resetDatabase(): Promise<void> {
  const session = testDriver().session({ database: testInfo().database });
  try {
    for (;;) {
      const deleted = await session.executeWrite(async (tx) => {
        const r = await tx.run('MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted');
        return r.records[0]?.get('deleted').toNumber() as number;
      });
      if (deleted === 0) break;
    }
  } finally {
    await session.close();
  }
}
