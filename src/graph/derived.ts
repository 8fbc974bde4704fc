// The derived relationships (model.ts DERIVED_RELATIONSHIPS), kept in the transaction
// that writes or removes what they derive from.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { loadCypher } from './cypher.js';

/**
 * Recounts LEADS_CITING for the (department, regulation) pairs the tasks of `documentIds`
 * link. After writing those documents: `{ without: false }`; before removing them (their
 * pairs are then still there to be found): `{ without: true }`, counting as if they were gone.
 */
export async function deriveDepartmentCitations(tx: ManagedTransaction, documentIds: readonly string[], options: { without: boolean }): Promise<void> {
  if (documentIds.length === 0) return;
  await tx.run(loadCypher('write/derive-department-citations'), { documentIds: [...documentIds], without: options.without });
}

/** Derives LEADS_CITING over a graph loaded before it existed (nothing to do otherwise), in batches of documents. Returns the documents read. */
export async function deriveMissing(driver: Driver, database: string, batch = 200): Promise<number> {
  const session = driver.session({ database });
  try {
    const missing = await session.executeRead((tx) => tx.run(loadCypher('write/derived-missing')));
    if (!missing.records[0]?.get('missing')) return 0;
    const ids = (await session.executeRead((tx) => tx.run(loadCypher('write/document-ids')))).records.map((r) => r.get('id') as string);
    for (let i = 0; i < ids.length; i += batch) {
      const slice = ids.slice(i, i + batch);
      await session.executeWrite((tx) => deriveDepartmentCitations(tx, slice, { without: false }));
    }
    return ids.length;
  } finally {
    await session.close();
  }
}
