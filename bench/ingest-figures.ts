// What npm run bench:ingest records (bench/results/ingest-latest.json) and bench/report.ts reads.
import type { BulkLoadStages } from '../src/ingest/bulk.js';

export interface IngestFigures {
  documents: number;
  concurrency: number;
  /** Documents per write transaction at most (absent in results from before batching). */
  batchSize?: number;
  withoutFulltext?: boolean;
  seconds: number;
  documentsPerSecond: number;
  nodes: number;
  relationships: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  cpuMsPerDocument: { node: number; neo4j: number | null };
  noOpRerunSeconds: number;
  /** One new document into the loaded graph, alone (ingestDocument): median wall ms and CPU ms (absent before it was measured). */
  incremental?: { documents: number; medianMs: number; cpuMsNode: number; cpuMsNeo4j: number | null } | null;
  /** The same load again into the emptied database, Neo4j warm (absent before it was measured). */
  warm?: { seconds: number; documentsPerSecond: number; cpuMsPerDocument: { node: number; neo4j: number | null }; failed?: number };
  /** The same files by kg ingest --bulk into a new local database (absent before it existed, null with NEO4J_URI). */
  bulk?: { seconds: number; documentsPerSecond: number; nodeCpuMsPerDocument: number; stages: BulkLoadStages; sameCounts: boolean } | null;
  failed: number;
}
