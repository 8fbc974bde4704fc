import 'reflect-metadata';
// The GraphQL schema, built once per process from the type-graphql classes.
// Every decorator names its GraphQL type explicitly: the code runs through
// esbuild (tsx, vitest), which emits no decorator metadata to infer them from.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isInterfaceType, isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { projectRoot } from '../paths.js';
import { wrapResolver } from './middleware.js';
import { resolvers } from './resolvers/index.js';
import { resolveNodeType } from './types/node.js';

let schema: Promise<GraphQLSchema> | undefined;

// Errors are mapped, and the request's projection set, on every resolver of the
// resolver classes (their queries, mutations and field resolvers: the fields of the
// built schema that have a resolve function), by wrapResolver (middleware.ts), not
// by a type-graphql middleware, whose async chain made every such field a promise.
// Plain property fields have no resolver: every @ObjectType says
// `simpleResolvers: true`, since without it type-graphql gives each plain field a
// resolver of its own (an object and two calls per value), a large share of
// executing a page (BENCHMARKS.md); with it the executor reads the property
// (tests/api/schema-file.test.ts checks).
// type-graphql wraps an interface's resolveType in an async function, so Node's
// type came as a promise: graphql-jit (server/compiled-execution.ts) takes it for
// the type itself and fails ("Abstract type Node must resolve to an Object type"),
// and graphql-js waits a turn for each node. The function we gave is synchronous.
function wrapResolvers(built: GraphQLSchema): GraphQLSchema {
  const node = built.getType('Node');
  if (!isInterfaceType(node)) throw new Error('the schema has no Node interface');
  node.resolveType = resolveNodeType;
  for (const type of Object.values(built.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) field.resolve = wrapResolver(field.resolve);
    }
  }
  return built;
}

/** The executable schema (cached). Arguments are checked by the resolvers, not class-validator. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    validate: false,
  })
    .then(wrapResolvers)
    .catch((error: unknown) => {
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
