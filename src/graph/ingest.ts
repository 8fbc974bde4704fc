import { createHash } from 'node:crypto';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import type { ExtractedDocument } from '../extract/types.js';
import { extractDocument } from '../extract/index.js';
import { populationTaxonomy } from '../extract/populations.js';
import { buildDocumentGraph, documentKey, legacyDocumentId, type DocumentGraph } from './document-graph.js';
import { txConfig, type Graph } from './connection.js';
import { loadCypher } from './cypher.js';
import { deriveDepartmentCitations } from './derived.js';
import { isDatabaseUnavailable } from './errors.js';
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
  /** Runs inside the write transaction just before it commits (once per batch); a throw rolls the batch back (tests use it). */
  beforeCommit?: (tx: ManagedTransaction) => Promise<void>;
  /** When this version was read (Document.versions' ingestedAt); now by default. */
  ingestedAt?: Date;
}

/** Ids of the taxonomy's populations: reference data, never removed with a document (compounds such as 散居孤儿 are). */
const TAXONOMY_IDS = populationTaxonomy.map((p) => nodeId('Population', p.name));

/** The population taxonomy as write/ensure-populations takes it. */
export const referencePopulations = () =>
  populationTaxonomy.map((p) => ({
    id: nodeId('Population', p.name),
    name: p.name,
    aliases: p.aliases,
    parentIds: p.parents.map((parent) => nodeId('Population', parent)),
  }));

/** Writes the population taxonomy (reference data) so every TARGETS has its node. Idempotent. */
export async function ensureReferenceData(graph: Graph): Promise<void> {
  await graph.driver.executeQuery(loadCypher('write/ensure-populations'), { populations: referencePopulations() }, {
    database: graph.database,
    bookmarkManager: graph.bookmarkManager,
    routing: 'WRITE',
    transactionConfig: txConfig(graph),
  });
  await warmIngestPlans(graph);
}

/** Drivers whose database has planned the ingest statements (see warmIngestPlans). */
const warmed = new WeakSet<object>();

/**
 * Plans the ingest statements once per driver (EXPLAIN: planned and cached, nothing run),
 * outside any write transaction: planning the big ingest statement cold costs seconds of
 * Neo4j CPU (5–7 s measured on a loaded 2-core machine), which the first batch's transaction
 * would otherwise spend inside its timeout. Parameters shaped like a real document's.
 */
async function warmIngestPlans(graph: Graph): Promise<void> {
  if (warmed.has(graph.driver)) return;
  const doc = extractDocument(Buffer.from('某市民政局2025年工作要点\n一、社会救助\n1.完善救助,贯彻《社会救助暂行办法》。{牵头科室:社会救助科}\n'), 'plan-warm-up.txt');
  const p = prepare({ doc, sourceName: 'plan-warm-up.txt' }, 0, new Date());
  const statements: Array<[string, Record<string, unknown>]> = [
    ['write/document-content-hashes', { docs: [{ documentId: p.documentId, legacyId: p.legacyId }] }],
    ['write/ingest-documents', { docs: [{ ...p.rows, version: p.version }] }],
  ];
  for (const [name, params] of statements) {
    await graph.driver.executeQuery(`EXPLAIN ${loadCypher(name)}`, params, {
      database: graph.database,
      routing: 'WRITE',
      transactionConfig: { timeout: Math.max(txConfig(graph).timeout, 300_000) },
    });
  }
  warmed.add(graph.driver);
}

/** A document of the same file name loaded before ids came from what a document is, with what tells whether it is this one. */
interface LegacyRow {
  issuer: string | null;
  docNumber: string | null;
  title: string;
  year: number | null;
  text: string | null;
}

/** One document to load: the extraction and the file name it was read from. */
export interface IngestItem {
  doc: ExtractedDocument;
  sourceName: string;
}

/** What became of one document of a batch: its result, or why it failed (alone: see ingestDocuments). */
export type IngestOutcome = { ok: true; result: IngestResult } | { ok: false; error: unknown };

/** A document ready to write: its rows (with their contentHash) and the version it would add. */
interface Prepared {
  index: number;
  doc: ExtractedDocument;
  rows: DocumentGraph;
  documentId: string;
  legacyId: string;
  version: string;
}

function prepare(item: IngestItem, index: number, ingestedAt: Date): Prepared {
  const { rows, version } = documentRows(item.doc, item.sourceName, ingestedAt);
  return { index, doc: item.doc, rows, documentId: rows.document.id, legacyId: legacyDocumentId(item.sourceName), version };
}

/** What loading a document writes: its rows (with their contentHash) and the version it adds to the document's history. */
export function documentRows(doc: ExtractedDocument, sourceName: string, ingestedAt: Date): { rows: DocumentGraph; version: string } {
  const rows = buildDocumentGraph(doc, sourceName);
  // Skip on the hash of what would be written, not only of the file: the same file
  // read by a changed extractor must replace its stale graph. What only names the file
  // (its name, its bytes' hash, its map) stays out: another file of the same text is the same document.
  const { source: _source, sha256: _sha256, origin: _origin, ...content } = rows.document;
  rows.document.contentHash = jsonSha256({ ...rows, document: content });
  const version = JSON.stringify({ sha256: doc.sha256, source: sourceName, ingestedAt: ingestedAt.toISOString() });
  return { rows, version };
}

/**
 * sha256 (hex) of JSON.stringify(value), fed to the hash a row at a time. The same
 * bytes, so the same hash, at less than half the cost: V8 gives a whole document's
 * JSON (objects with Chinese values) as a string of thousands of pieces, which hashing
 * must first copy into one (about 0.6 ms of a plan's ~8 ms of extraction).
 */
export function jsonSha256(value: object): string {
  const hash = createHash('sha256').update('{');
  let separator = '';
  for (const [key, v] of Object.entries(value) as Array<[string, unknown]>) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    hash.update(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    if (!Array.isArray(v)) {
      hash.update(JSON.stringify(v));
      continue;
    }
    hash.update('[');
    v.forEach((item: unknown, i) => hash.update(`${i === 0 ? '' : ','}${JSON.stringify(item) ?? 'null'}`));
    hash.update(']');
  }
  return hash.update('}').digest('hex');
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
  const [outcome] = await ingestDocuments(graph, [{ doc, sourceName }], options);
  if (!outcome!.ok) throw outcome!.error;
  return outcome!.result;
}

/**
 * Loads several documents in one write transaction (one statement writes them all: the
 * statement and the commit, not the rows, were most of a document's cost), each with the
 * promises of ingestDocument: skipped when unchanged, replaced whole otherwise, shared
 * nodes merged once. Atomic per document: when the batch fails, each of its documents is
 * written again alone, so only a bad one fails, with its own reason, and nothing of it
 * stays. Two files of one document in a batch are written one after the other (the
 * second sees what the first wrote). Outcomes in the order of `items`; never throws.
 */
export async function ingestDocuments(graph: Graph, items: readonly IngestItem[], options: IngestOptions = {}): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = new Array(items.length);
  const ingestedAt = options.ingestedAt ?? new Date();
  let pending: Prepared[] = [];
  items.forEach((item, index) => {
    try {
      pending.push(prepare(item, index, ingestedAt));
    } catch (error) {
      outcomes[index] = { ok: false, error };
    }
  });
  while (pending.length > 0) {
    const ids = new Set<string>();
    const round: Prepared[] = [];
    const later: Prepared[] = [];
    for (const p of pending) {
      (ids.has(p.documentId) ? later : round).push(p);
      ids.add(p.documentId);
    }
    await writeIsolated(graph, round, options, outcomes);
    pending = later;
  }
  return outcomes;
}

/** Writes a batch; if it fails, each of its documents alone (unless the database is gone: then all fail with that). */
async function writeIsolated(graph: Graph, batch: Prepared[], options: IngestOptions, outcomes: IngestOutcome[]): Promise<void> {
  try {
    const statuses = await writeBatch(graph, batch, options);
    batch.forEach((p, i) => {
      outcomes[p.index] = { ok: true, result: { documentId: p.documentId, status: statuses[i]!, tasks: p.doc.tasks.length } };
    });
  } catch (error) {
    if (batch.length === 1 || isDatabaseUnavailable(error)) {
      for (const p of batch) outcomes[p.index] = { ok: false, error };
      return;
    }
    for (const p of batch) await writeIsolated(graph, [p], options, outcomes);
  }
}

/** One write transaction for the batch (distinct document ids); the statuses in its order. */
async function writeBatch(graph: Graph, batch: Prepared[], options: IngestOptions): Promise<IngestStatus[]> {
  // A shared node merged here may be deleted by a concurrent delete between our index
  // seek and our lock on it (EntityNotFound): the whole transaction is run again, and
  // its MERGE then creates the node anew.
  for (let attempt = 1; ; attempt++) {
    const session = graph.driver.session({ database: graph.database, bookmarkManager: graph.bookmarkManager });
    try {
      return await session.executeWrite(async (tx): Promise<IngestStatus[]> => {
        const existing = await tx.run(loadCypher('write/document-content-hashes'), {
          docs: batch.map((p) => ({ documentId: p.documentId, legacyId: p.legacyId })),
        });
        const stored = new Map(existing.records.map((r) => [r.get('documentId') as string, r]));
        const statuses: IngestStatus[] = [];
        const writes: Array<DocumentGraph & { version: string | null }> = [];
        for (const p of batch) {
          const record = stored.get(p.documentId)!;
          const previous = record.get('contentHash') as string | null;
          if (previous === p.rows.document.contentHash) {
            statuses.push('skipped');
            continue;
          }
          let status: IngestStatus;
          if (previous !== null) {
            await removeContent(tx, p.documentId);
            status = record.get('textSha256') === p.rows.document.textSha256 ? 'refreshed' : 'replaced';
          } else {
            status = 'loaded';
            const legacy = record.get('legacy') as LegacyRow | null;
            const sameText = legacy?.text === p.doc.text;
            if (legacy && isSameDocument(legacy, sameText, p.rows.document.textSha256, p.doc)) {
              await removeContent(tx, p.legacyId);
              await tx.run(loadCypher('write/delete-document'), { documentId: p.legacyId });
              status = sameText ? 'refreshed' : 'replaced';
            }
          }
          // A version is a text: a new document, or a new text of a known one, adds one.
          writes.push({ ...p.rows, version: previous === null || status === 'replaced' ? p.version : null });
          statuses.push(status);
        }
        if (writes.length === 0) return statuses;
        await tx.run(loadCypher('write/ingest-documents'), { docs: writes });
        // ---- Statements after the documents are written: each takes the ids of the documents just written. ----
        const documentIds = writes.map((w) => w.document.id);
        await deriveDepartmentCitations(tx, documentIds, { without: false });
        // ----
        await options.beforeCommit?.(tx);
        return statuses;
      }, txConfig(graph));
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Neo4jError && error.code === 'Neo.ClientError.Statement.EntityNotFound')) throw error;
    } finally {
      await session.close();
    }
  }
}

/** Removes what a document owns (and shared nodes only it referred to), its LEADS_CITING counts first, while their paths can still be found. */
async function removeContent(tx: ManagedTransaction, documentId: string): Promise<void> {
  await deriveDepartmentCitations(tx, [documentId], { without: true });
  await tx.run(loadCypher('write/remove-document-content'), { documentId, taxonomy: TAXONOMY_IDS });
}

/** Whether a document loaded under a file-name id (before ids came from documentKey) is this document. */
function isSameDocument(legacy: LegacyRow, sameText: boolean, textSha256: string, doc: ExtractedDocument): boolean {
  const key = (k: string[]) => k.join('\u0000');
  return key(documentKey(legacy, sameText ? textSha256 : '')) === key(documentKey(doc.document, textSha256));
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
      await removeContent(tx, documentId);
      const result = await tx.run(loadCypher('write/delete-document'), { documentId });
      return Number(result.records[0]?.get('deleted') ?? 0) > 0;
    }, txConfig(graph));
  } finally {
    await session.close();
  }
}
