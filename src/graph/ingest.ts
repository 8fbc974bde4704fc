import { createHash } from 'node:crypto';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import type { ExtractedDocument } from '../extract/types.js';
import { populationTaxonomy } from '../extract/populations.js';
import { buildDocumentGraph, documentKey, legacyDocumentId } from './document-graph.js';
import { txConfig, type Graph } from './connection.js';
import { loadCypher } from './cypher.js';
import { deriveDepartmentCitations } from './derived.js';
import { nodeId } from './ids.js';

/**
 * loaded: a new document. replaced: a new version of a known document (the same issuer
 * and 文号, or title and year, with another text): its graph replaced, the version added
 * to its history. refreshed: the same text read again into another graph (a changed
 * extractor, other metadata): the graph replaced, no new version. skipped: nothing to
 * write (the same document already loaded, from this file or another name or encoding of it).
 */
export type IngestStatus = 'loaded' | 'replaced' | 'refreshed' | 'skipped';
export const INGEST_STATUSES = ['loaded', 'replaced', 'refreshed', 'skipped'] as const satisfies readonly IngestStatus[];

export interface IngestResult {
  documentId: string;
  status: IngestStatus;
  tasks: number;
}

export interface IngestOptions {
  /** Runs inside the write transaction just before it commits; a throw rolls the document back (tests use it). */
  beforeCommit?: (tx: ManagedTransaction) => Promise<void>;
  /** When this version was read (Document.versions' ingestedAt); now by default. */
  ingestedAt?: Date;
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
    bookmarkManager: graph.bookmarkManager,
    routing: 'WRITE',
    transactionConfig: txConfig(graph),
  });
}

/** A document of the same file name loaded before ids came from what a document is, with what tells whether it is this one. */
interface LegacyRow {
  issuer: string | null;
  docNumber: string | null;
  title: string;
  year: number | null;
  sameText: boolean;
}

/**
 * Loads one extracted document in one write transaction. Its id is what it is
 * (documentKey), not `sourceName`, the file name it was read from (kept as its
 * source). An unchanged document is skipped; a new version or a new reading of a
 * known one replaces its graph whole, in the same transaction (see IngestStatus).
 */
export async function ingestDocument(
  graph: Graph,
  doc: ExtractedDocument,
  sourceName: string,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const rows = buildDocumentGraph(doc, sourceName);
  const documentId = rows.document.id;
  const legacyId = legacyDocumentId(sourceName);
  // Skip on the hash of what would be written, not only of the file: the same file
  // read by a changed extractor must replace its stale graph. What only names the file
  // (its name, its bytes' hash, its map) stays out: another file of the same text is the same document.
  const { source: _source, sha256: _sha256, origin: _origin, ...content } = rows.document;
  rows.document.contentHash = createHash('sha256').update(JSON.stringify({ ...rows, document: content })).digest('hex');
  const version = JSON.stringify({ sha256: doc.sha256, source: sourceName, ingestedAt: (options.ingestedAt ?? new Date()).toISOString() });
  // A shared node merged here may be deleted by a concurrent delete between our index
  // seek and our lock on it (EntityNotFound): the whole transaction is run again, and
  // its MERGE then creates the node anew.
  for (let attempt = 1; ; attempt++) {
    const session = graph.driver.session({ database: graph.database, bookmarkManager: graph.bookmarkManager });
    try {
      const status = await session.executeWrite(async (tx): Promise<IngestStatus> => {
        const existing = await tx.run(loadCypher('write/document-content-hash'), { documentId, legacyId, text: doc.text });
        const record = existing.records[0]!;
        const previous = record.get('contentHash') as string | null;
        if (previous === rows.document.contentHash) return 'skipped';
        let status: IngestStatus;
        if (previous !== null) {
          await deriveDepartmentCitations(tx, [documentId], { without: true });
          await tx.run(loadCypher('write/remove-document-content'), { documentId, taxonomy: TAXONOMY_IDS });
          status = record.get('textSha256') === rows.document.textSha256 ? 'refreshed' : 'replaced';
        } else {
          status = 'loaded';
          const legacy = record.get('legacy') as LegacyRow | null;
          if (legacy && isSameDocument(legacy, rows.document.textSha256, doc)) {
            await deriveDepartmentCitations(tx, [legacyId], { without: true });
            await tx.run(loadCypher('write/remove-document-content'), { documentId: legacyId, taxonomy: TAXONOMY_IDS });
            await tx.run(loadCypher('write/delete-document'), { documentId: legacyId });
            status = legacy.sameText ? 'refreshed' : 'replaced';
          }
        }
        // A version is a text: a new document, or a new text of a known one, adds one.
        const newVersion = previous === null || status === 'replaced' ? version : null;
        await tx.run(loadCypher('write/ingest-document'), { g: { ...rows, version: newVersion } });
        await deriveDepartmentCitations(tx, [documentId], { without: false });
        await options.beforeCommit?.(tx);
        return status;
      }, txConfig(graph));
      return { documentId, status, tasks: doc.tasks.length };
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound')) throw error;
    } finally {
      await session.close();
    }
  }
}

/** Whether a document loaded under a file-name id (before ids came from documentKey) is this document. */
function isSameDocument(legacy: LegacyRow, textSha256: string, doc: ExtractedDocument): boolean {
  const key = (k: string[]) => k.join('\u0000');
  return key(documentKey(legacy, legacy.sameText ? textSha256 : '')) === key(documentKey(doc.document, textSha256));
}

/**
 * The full-text indexes are eventually consistent (cheaper ingestion, see
 * cypher/write/schema.cypher): after loading, wait until searches see what was loaded.
 */
export async function refreshSearchIndexes(graph: Graph): Promise<void> {
  await graph.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()', {}, {
    database: graph.database,
    bookmarkManager: graph.bookmarkManager,
    transactionConfig: txConfig(graph),
  });
}

/** Removes a document and every shared node that only it referred to. Returns false when no such document exists. */
export async function deleteDocument(graph: Graph, documentId: string): Promise<boolean> {
  const session = graph.driver.session({ database: graph.database, bookmarkManager: graph.bookmarkManager });
  try {
    return await session.executeWrite(async (tx) => {
      await deriveDepartmentCitations(tx, [documentId], { without: true });
      await tx.run(loadCypher('write/remove-document-content'), { documentId, taxonomy: TAXONOMY_IDS });
      const result = await tx.run(loadCypher('write/delete-document'), { documentId });
      return Number(result.records[0]?.get('deleted') ?? 0) > 0;
    }, txConfig(graph));
  } finally {
    await session.close();
  }
}
