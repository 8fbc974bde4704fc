// Per-file helpers for tests that use the database the global setup provides.

import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { clearGraph } from '../../bench/throwaway-neo4j.js';
import { createDriver, type Graph } from '../../src/graph/connection.js';

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

/** Every test file starts from an empty database (the schema stays). */
export async function resetDatabase(): Promise<void> {
  await clearGraph(testGraph());
}
