// Running GraphQL operations against the test database, as the server would.
import { join } from 'node:path';
import { graphql, type GraphQLFormattedError } from 'graphql';
import { createApiContext, type ApiContext } from '../../src/api/request/context.js';
import { buildApiSchema } from '../../src/api/schema.js';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { ingestFiles, listDocumentFiles } from '../../src/ingest/files.js';
import { resetDatabase, testGraph } from '../setup/db.js';

export const SEEDS = join(import.meta.dirname, '../../seeds');

/** A fresh database with the five seeds loaded. */
export async function loadSeeds(): Promise<void> {
  await resetDatabase();
  await ensureReferenceData(testGraph());
  const outcomes = await ingestFiles(testGraph(), await listDocumentFiles([SEEDS]));
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`seed ingest failed: ${JSON.stringify(failed)}`);
}

export interface Result<T> {
  data: T;
  errors: GraphQLFormattedError[] | undefined;
  context: ApiContext;
}

/** Executes one operation with a fresh request context. */
export async function execute<T = any>(
  source: string,
  variableValues: Record<string, unknown> = {},
  opts: { apiKey?: string | null; context?: ApiContext } = {},
): Promise<Result<T>> {
  const schema = await buildApiSchema();
  const context = opts.context ?? createApiContext(testGraph(), { presentedApiKey: opts.apiKey ?? null, onInternalError: () => {} });
  const result = await graphql({ schema, source, variableValues, contextValue: context });
  return {
    data: result.data as T,
    errors: result.errors?.map((e) => e.toJSON()),
    context,
  };
}

/** Executes and fails on any error. */
export async function query<T = any>(source: string, variableValues: Record<string, unknown> = {}): Promise<T> {
  const result = await execute<T>(source, variableValues);
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The extensions.code of each error, in order. */
export const codes = (r: Result<unknown>) => (r.errors ?? []).map((e) => e.extensions?.code);
