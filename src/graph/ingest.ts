import { createHash } from 'node:crypto';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import type { ExtractedDocument } from '../extract/types.js';
import { populationTaxonomy } from '../extract/populations.js';
import { buildDocumentGraph, documentIdFor } from './document-graph.js';
import { txConfig, type Graph } from './connection.js';
import { loadCypher } from './cypher.js';
import { nodeId } from './ids.js';

export type IngestStatus = 'loaded' | 'replaced' | 'skipped';

export interface IngestResult {
  documentId: string;
  status: IngestStatus;
  tasks: number;
}

export interface IngestOptions {
  /** Runs inside the write transaction just before it commits; a throw rolls the document back (tests use it). */
  beforeCommit?: (tx: ManagedTransaction) => Promise<void>;
}

/** Ids of the taxonomy's populations: reference data, never removed with a document (compounds such as 散居孤儿 are). */
const TAXONOMY_IDS = populationTaxonomy.map((p) => nodeId('Population', p.name));

/** Writes the population taxonomy (reference data) so every TARGETS has its node. Idempotent. */
export async function ensureReferenceData(graph: Graph): Promise<void> {
  const populations = populationTaxonomy.map((p) => ({
    id: nodeId('Population', p.name),
    name: p.name,
    aliases: p.aliases,
    parentIds: p.parents.map((parent) => nodeId('Population', parent)),
  }));
  await graph.driver.executeQuery(loadCypher('write/ensure-populations'), { populations }, {
    database: graph.database,
    routing: 'WRITE',
    transactionConfig: txConfig(graph),
  });
}

/**
 * Loads one extracted document in one write transaction. An unchanged document
 * (the same graph under the same source key) is skipped; a changed one replaces
 * its previous version whole, in the same transaction.
 */
export async function ingestDocument(
  graph: Graph,
  doc: ExtractedDocument,
  sourceKey: string,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const documentId = documentIdFor(sourceKey);
  const rows = buildDocumentGraph(doc, sourceKey);
  // Skip on the hash of what would be written, not only of the file: the same file
  // read by a changed extractor must replace its stale graph.
  rows.document.contentHash = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  // A shared node merged here may be deleted by a concurrent delete between our index
  // seek and our lock on it (EntityNotFound): the whole transaction is run again, and
  // its MERGE then creates the node anew.
  for (let attempt = 1; ; attempt++) {
    const session = graph.driver.session({ database: graph.database });
    try {
      const status = await session.executeWrite(async (tx): Promise<IngestStatus> => {
        const existing = await tx.run(loadCypher('write/document-content-hash'), { documentId });
        const previous = existing.records[0]?.get('contentHash') as string | null | undefined;
        if (previous === rows.document.contentHash) return 'skipped';
        if (previous !== undefined) await tx.run(loadCypher('write/remove-document-content'), { documentId, taxonomy: TAXONOMY_IDS });
        await tx.run(loadCypher('write/ingest-document'), { g: rows });
        await options.beforeCommit?.(tx);
        return previous === undefined ? 'loaded' : 'replaced';
      }, txConfig(graph));
      return { documentId, status, tasks: doc.tasks.length };
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound')) throw error;
    } finally {
      await session.close();
    }
  }
}

/**
 * The full-text indexes are eventually consistent (cheaper ingestion, see
 * cypher/write/schema.cypher): after loading, wait until searches see what was loaded.
 */
export async function refreshSearchIndexes(graph: Graph): Promise<void> {
  await graph.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', {}, {
    database: graph.database,
    transactionConfig: txConfig(graph),
  });
}

/** Removes a document and every shared node that only it referred to. Returns false when no such document exists. */
export async function deleteDocument(graph: Graph, documentId: string): Promise<boolean> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(loadCypher('write/remove-document-content'), { documentId, taxonomy: TAXONOMY_IDS });
      const result = await tx.run(loadCypher('write/delete-document'), { documentId });
      return Number(result.records[0]?.get('deleted') ?? 0) > 0;
    }, txConfig(graph));
  } finally {
    await session.close();
  }
}
