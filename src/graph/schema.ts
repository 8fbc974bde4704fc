// The database schema: the constraints and indexes of cypher/write/schema.cypher.

import type { Driver } from 'neo4j-driver';
import { DEFAULT_DATABASE } from '../config.js';
import { loadCypher, splitStatements } from './cypher.js';
import { deriveMissing } from './derived.js';

/**
 * Creates the constraints and indexes of cypher/write/schema.cypher (each statement is
 * IF NOT EXISTS, so this is idempotent), one write transaction per statement
 * because Neo4j does not mix schema changes in one transaction, then waits until
 * the indexes are online, and derives what a graph loaded before the derived relationships
 * lacks (derived.ts deriveMissing). Returns the number of statements run.
 */
export async function applySchema(driver: Driver, database: string = DEFAULT_DATABASE): Promise<number> {
  const statements = splitStatements(loadCypher('write/schema'));
  const session = driver.session({ database });
  try {
    for (const statement of statements) {
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.executeRead((tx) => tx.run('CALL db.awaitIndexes(300)'));
  } finally {
    await session.close();
  }
  // A graph loaded before the derived relationships existed gets them once.
  await deriveMissing(driver, database);
  return statements.length;
}
