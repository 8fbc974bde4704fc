// Compiled execution: an operation that comes back is run by graphql-jit, which
// turns it once into a JavaScript function that walks exactly the fields it
// selects (no per-field dispatch over the schema, no ResolveInfo built for a field
// that is a plain property), instead of graphql-js's interpreter. Apollo Server 4
// and later have no executor option; its `gateway` option is the hook that still
// takes one (load() hands Apollo the schema and an executor). Everything before
// execution stays Apollo's own: parsing, validation, the plugins (cost and depth
// limits, request log), the context; everything after too: formatError, HTTP status.
//
// graphql-js's execute runs an operation instead when
// - it is the first time the server sees its text (compiled on the second: a
//   one-off query, or a client sending ever new texts, costs no compilation);
// - Apollo resolved no operation (unknown operationName): execute gives the errors
//   Apollo turns into its own response;
// - graphql-jit cannot compile it (compileQuery answers with errors, or throws);
// - its variables do not coerce: graphql-jit answers that before any resolver runs,
//   with messages of its own and no AST nodes, so execute is asked again for
//   graphql-js's errors, which Apollo recognises as BAD_USER_INPUT.
// graphql-jit's errors are brought to graphql-js's GraphQLError (its own class has
// no extensions when the original error had none, and Apollo reads
// error.extensions.code).
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];

/** Operations (text and operation name) whose compiled form is kept. */
export const COMPILED_CACHE_SIZE = 500;

/** Sightings of one operation text: compiled on the second. */
interface Entry {
  seen: number;
  /** Null: graphql-jit could not compile it (graphql-js runs it). */
  compiled?: CompiledQuery | null;
}

export interface CompiledExecutionStats {
  compiled: number;
  interpreted: number;
  cached: number;
}

export interface CompiledExecution {
  /** The `gateway` option of ApolloServer: the schema and the executor. */
  gateway: Gateway;
  /** Requests run compiled and by graphql-js since start (tests, benchmarks). */
  stats(): CompiledExecutionStats;
}

/** What one execution needs (Apollo's request context has all of it). */
export interface ExecutionRequest {
  document: DocumentNode;
  /** The operation's text: with operationName, the cache key. */
  source: string;
  operationName?: string | null;
  /** Apollo resolved the operation (false: operationName names none, or the document has several and none was named). */
  operationResolved: boolean;
  variables?: Record<string, unknown>;
  context: unknown;
}

export interface CompiledExecutor {
  execute(request: ExecutionRequest): Promise<ExecutionResult>;
  /** Requests run compiled and by graphql-js since start (tests, benchmarks). */
  stats(): CompiledExecutionStats;
  clear(): void;
}

export interface CompiledExecutorOptions {
  /** Operations (text and operation name) remembered; default COMPILED_CACHE_SIZE. */
  cacheSize?: number;
  /** Compiled when seen this many times (default 2: a one-off text is never compiled). */
  compileOnSighting?: number;
}

export function compiledExecutor(schema: GraphQLSchema, opts: CompiledExecutorOptions = {}): CompiledExecutor {
  const cacheSize = opts.cacheSize ?? COMPILED_CACHE_SIZE;
  const compileOnSighting = opts.compileOnSighting ?? 2;
  // A Map keeps insertion order: a hit moves its key to the end, the oldest is first.
  const cache = new Map<string, Entry>();
  const counts = { compiled: 0, interpreted: 0 };

  const entryFor = (key: string): Entry => {
    let entry = cache.get(key);
    if (entry) {
      cache.delete(key);
    } else {
      entry = { seen: 0 };
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, entry);
    entry.seen++;
    return entry;
  };

  const interpret = (request: ExecutionRequest): Promise<ExecutionResult> | ExecutionResult => {
    counts.interpreted++;
    return execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.variables,
      operationName: request.operationName,
    });
  };

  return {
    async execute(request) {
      if (!request.operationResolved) return interpret(request);
      const entry = entryFor(`${request.operationName ?? ''}\n${request.source}`);
      if (entry.compiled === undefined && entry.seen >= compileOnSighting) entry.compiled = compile(schema, request.document, request.operationName);
      if (!entry.compiled) return interpret(request);
      const result = await entry.compiled.query(undefined, request.context, request.variables ?? {});
      // No data: the variables did not coerce and nothing ran (see the top of this file).
      if (result.data === undefined) return interpret(request);
      counts.compiled++;
      return result.errors ? { ...result, errors: result.errors.map(upstreamError) } : result;
    },
    stats: () => ({ ...counts, cached: cache.size }),
    clear: () => cache.clear(),
  };
}

/** The `gateway` option of ApolloServer that runs operations through compiledExecutor. */
export function compiledExecution(schema: GraphQLSchema, opts: CompiledExecutorOptions = {}): CompiledExecution {
  const executor = compiledExecutor(schema, opts);
  return {
    gateway: {
      // Apollo expects the schema announced through this callback by the time load() resolves.
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: '' });
        return () => {};
      },
      load: async () => ({
        executor: (request) =>
          executor.execute({
            document: request.document,
            source: request.source,
            operationName: request.request.operationName ?? null,
            // Apollo hands over no operation when it resolved none (its type says otherwise).
            operationResolved: request.operation != null,
            variables: request.request.variables,
            context: request.context,
          }),
      }),
      stop: async () => executor.clear(),
    },
    stats: executor.stats,
  };
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null {
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    return null;
  }
}

/** A graphql-jit error as graphql-js's GraphQLError: same message, locations, path, original error and extensions. */
function upstreamError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const original = error.originalError ?? undefined;
  const upstream = new GraphQLError(error.message, {
    ...(error.path && { path: error.path }),
    ...(original && { originalError: original }),
    ...(error.extensions && { extensions: error.extensions }),
  });
  // graphql-jit keeps the locations, not the AST nodes they come from.
  if (error.locations) Object.defineProperty(upstream, 'locations', { value: error.locations, enumerable: true, writable: true, configurable: true });
  return upstream;
}
