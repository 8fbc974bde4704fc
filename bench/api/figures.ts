// The figures bench:api measures, as written to bench/results/api-latest.json.
import type { LoadResult } from './load.js';
import type { QuestionId, QuestionParameters } from './questions.js';

export const SYSTEM_NAMES = ['cypher', 'ours', '@neo4j/graphql'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

export interface ApiResults {
  requests: number;
  /** The time bound of one question's sequential phase (absent in results from before it existed). */
  maxSeconds?: number;
  seconds: number;
  connections: number[];
  /** NODE_ENV the servers ran under (`npm run bench:api` sets production); absent in results from before it was recorded. */
  nodeEnv?: string | null;
  sizes: SizeFigures[];
}

export interface SystemFigures {
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** How many sequential requests the percentiles are over (fewer than `requests` when `maxSeconds` ran out). */
  sequentialRequests?: number;
  dbHits: number;
  cypherStatements: number;
  responseBytes: number;
  load: Record<number, LoadResult>;
}

export interface QuestionFigures {
  question: QuestionId;
  title: string;
  answerSize: number;
  systems: Record<SystemName, SystemFigures>;
}

export interface SizeFigures {
  generatedDocuments: number;
  nodes: number;
  relationships: number;
  ingestSeconds: number;
  parameters: QuestionParameters;
  /** Absent in results from before it was recorded. */
  memory?: MemoryFigures;
  questions: QuestionFigures[];
}

/** Memory at one size: Neo4j's settings as in effect, its store on disk and the resident sets. */
export interface MemoryFigures {
  neo4jHeap: string | null;
  neo4jPageCache: string | null;
  storeMb: number | null;
  neo4jRssMb: number | null;
  /** The bench process, which hosts our server, @neo4j/graphql's and the Cypher endpoint: after the size's questions. */
  serverRssMb: number;
}
