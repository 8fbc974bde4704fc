import 'reflect-metadata';
// The GraphQL schema, built once per process from the type-graphql classes.
// Every decorator names its GraphQL type explicitly: the code runs through
// esbuild (tsx, vitest), which emits no decorator metadata to infer them from.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, UseMiddleware } from 'type-graphql';
import { projectRoot } from '../paths.js';
import { projectReads } from './request/projection.js';
import { mapErrors } from './middleware.js';
import { resolvers } from './resolvers/index.js';

let schema: Promise<GraphQLSchema> | undefined;

// Errors are mapped on every resolver class (its queries, mutations and field
// resolvers), not as a global middleware: a global one also wraps every plain
// property field in an async function, so a page of 50 tasks resolved a promise
// per scalar field instead of reading the property. projectReads sets the
// request's projection before its first read (see request/projection.ts).
// Every @ObjectType says `simpleResolvers: true` for the same reason: without it
// type-graphql gives each plain field a resolver of its own (an object and two
// calls per value), a large share of executing a page (BENCHMARKS.md); with it
// graphql-js reads the property (tests/api/schema-file.test.ts checks).
for (const resolver of resolvers) UseMiddleware(projectReads, mapErrors)(resolver);

/** The executable schema (cached). Arguments are checked by the resolvers, not class-validator. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    validate: false,
  }).catch((error: unknown) => {
    schema = undefined;
    throw error;
  });
  return schema;
}

export const SCHEMA_FILE = join(projectRoot(), 'schema', 'schema.graphql');

/** The schema as SDL, types and fields sorted so the file only changes when the API does. */
export async function printApiSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}

/** Writes schema/schema.graphql (or `path`). */
export async function emitSchemaFile(path: string = SCHEMA_FILE): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await printApiSchema(), 'utf8');
}
