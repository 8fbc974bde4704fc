// What a database built by `neo4j-admin database import` (graph/bulk/import-files.ts)
// needs before it serves: the schema (constraints, indexes, full-text indexes, populated
// from the imported nodes) and the empty lists the import could not write. (The reference
// data came with the import.)
import type { Graph } from '../connection.js';
import { loadCypher } from '../cypher.js';
import { applySchema } from '../schema.js';
import type { ImportFiles } from './import-files.js';

export async function finishBulkImport(graph: Graph, imported: Pick<ImportFiles, 'emptyListRelationships'>): Promise<void> {
  await applySchema(graph.driver, graph.database);
  // CALL … IN TRANSACTIONS runs only in an auto-commit transaction: session.run.
  const session = graph.driver.session({ database: graph.database, bookmarkManager: graph.bookmarkManager });
  try {
    await session.run(loadCypher('write/bulk-empty-node-lists'));
    if (imported.emptyListRelationships) await session.run(loadCypher('write/bulk-empty-relationship-lists'));
  } finally {
    await session.close();
  }
}
