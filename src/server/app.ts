// The HTTP server: node:http plus Apollo Server's integration API
// (executeHTTPGraphQLRequest), which is all an integration needs: we turn the
// Node request into an HTTPGraphQLRequest (method, HeaderMap, search, parsed
// body) and copy Apollo's answer back. Around it: the playground page and its
// local assets, /health, request ids and one log line per request, CORS and
// the optional read key (READ_API_KEY); depth and cost limits are an Apollo
// plugin (plugins/queryCost.ts).
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import { createApiContext, type ApiContext } from '../api/request/context.js';
import { BOOKMARK_HEADER, formatBookmarks, parseBookmarks } from '../api/bookmarks.js';
import { keyMatches } from '../api/request/api-key.js';
import { buildApiSchema } from '../api/schema.js';
import { accessFromEnv, ingestApiKeyFromEnv, isProductionFromEnv, queryLimitsFromEnv, readLimitsFromEnv, type AccessSettings, type QueryLimits, type ReadLimits } from '../config.js';
import { ReadAdmission } from '../graph/admission.js';
import { bookmarksOf, withBookmarks, type Graph } from '../graph/connection.js';
import { describeError } from '../graph/errors.js';
import { createApollo } from './apollo.js';
import type { CompiledExecution } from './compiled-execution.js';
import { ASSET_PREFIX, serveAsset } from './assets.js';
import { BodyError, readJsonBody } from './body.js';
import { checkHealth, publicUri } from './health.js';
import { EXPLORE_ASSET_PREFIX, EXPLORE_PATH, serveExploreAsset, serveExplorePage } from './explore.js';
import { EXPORT_STALL_MS, exportFormatOf, serveExport } from './export.js';
import { EncodedAnswers, sendBody, sendJson } from './json-response.js';
import { createLogger, type Logger } from './logger.js';
import { PLAYGROUND_CSP, playgroundHtml } from './playground.js';
import { attachRecord, type RequestRecord } from './request-record.js';
import { apiKeyFrom, requestIdFrom } from './request-meta.js';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/health';

export interface ServerOptions {
  graph: Graph;
  /** Where the graph lives, shown (without credentials) by /health. */
  neo4jUri?: string;
  host?: string;
  /** 0 = any free port. */
  port?: number;
  logger?: Logger;
  /** Default: the API's schema (buildApiSchema). */
  schema?: GraphQLSchema;
  /** x-query-count response header; default on unless NODE_ENV=production. */
  exposeQueryCount?: boolean;
  maxBodyBytes?: number;
  healthTimeoutMs?: number;
  /** An export whose client takes nothing for this long is cut (default EXPORT_STALL_MS, a minute). */
  exportStallMs?: number;
  /** Default: MAX_QUERY_DEPTH / MAX_QUERY_COST (see src/config.ts). */
  limits?: QueryLimits;
  /** Default: MAX_READS_PER_REQUEST, NEO4J_MAX_POOL_SIZE, NEO4J_POOL_RESERVE, NEO4J_ACQUISITION_TIMEOUT_MS, MAX_CONCURRENT_EXPORTS (see src/config.ts); the graph's driver should have that pool (connect.ts serverDriverConfig). */
  reads?: ReadLimits;
  /** Default: READ_API_KEY, CORS_ORIGINS, ENABLE_INTROSPECTION, ENABLE_PLAYGROUND (see src/config.ts). */
  access?: AccessSettings;
  /** The key of the mutations (also opens reads under READ_API_KEY); default: INGEST_API_KEY as it is at each request. */
  ingestApiKey?: string;
  /** Each database transaction's timeout; default the graph's, else NEO4J_TX_TIMEOUT_MS (15 s). */
  txTimeoutMs?: number;
  /** Default 'compiled': graphql-jit runs an operation seen before (compiled-execution.ts); 'interpreted': graphql-js runs all; or the caller's compiledExecution. */
  execution?: 'compiled' | 'interpreted' | CompiledExecution;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Scheme, host and port, e.g. http://127.0.0.1:4000. */
  origin: string;
  port: number;
  /** Stops taking requests, lets running ones finish (10 s grace), closes the port. Leaves the driver open. */
  close(): Promise<void>;
}

export async function createServer(opts: ServerOptions): Promise<RunningServer> {
  const logger = opts.logger ?? createLogger();
  const host = opts.host ?? '127.0.0.1';
  const maxBodyBytes = opts.maxBodyBytes ?? 16 * 1024 * 1024; // room for ingestDocument with a whole document
  const schema = opts.schema ?? (await buildApiSchema());
  const limits = opts.limits ?? queryLimitsFromEnv();
  const access = opts.access ?? accessFromEnv();
  const reads = opts.reads ?? readLimitsFromEnv();
  // One admission for the server's reads: they never hold more than the pool less its reserve (graph/admission.ts).
  const admission = new ReadAdmission({ slots: reads.poolSize - reads.poolReserve, waitMs: reads.acquisitionTimeoutMs });
  // Exports are reads too, holding one of those slots while they stream; at most maxExports of them (server/export.ts).
  const exports = new ReadAdmission({ slots: reads.maxExports, waitMs: reads.acquisitionTimeoutMs });

  const httpServer = createHttpServer();
  const answers = new EncodedAnswers();
  const apollo = createApollo({
    schema,
    stringifyResult: answers.stringify,
    logger,
    exposeQueryCount: opts.exposeQueryCount ?? !isProductionFromEnv(),
    limits,
    introspection: access.introspection,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    ...(opts.execution && { execution: opts.execution }),
  });
  await apollo.start();

  const handler = requestHandler({ ...opts, logger, maxBodyBytes, apollo, answers, access, reads, admission, exports });
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => void handler(req, res));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port ?? 4000, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });

  const { port } = httpServer.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: origin + GRAPHQL_PATH,
    origin,
    port,
    // apollo.stop() runs the drain plugin, which closes httpServer.
    close: () => (closing ??= apollo.stop()),
  };
}

interface HandlerDeps extends ServerOptions {
  logger: Logger;
  maxBodyBytes: number;
  apollo: ApolloServer<ApiContext>;
  /** The bytes behind the bodies Apollo returns. */
  answers: EncodedAnswers;
  access: AccessSettings;
  reads: ReadLimits;
  admission: ReadAdmission;
  /** Exports streaming at once (ReadLimits.maxExports). */
  exports: ReadAdmission;
}

function requestHandler(deps: HandlerDeps) {
  const neo4jUri = publicUri(deps.neo4jUri ?? 'unknown');
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const record: RequestRecord = { id: requestIdFrom(req.headers), errorCodes: [] };
    res.setHeader('x-request-id', record.id);
    let path = req.url ?? '/';
    res.on('close', () => logRequest(deps.logger, req, res, path, record, started));

    try {
      const url = new URL(req.url ?? '/', 'http://server'); // only for path and query; the host is irrelevant
      path = url.pathname;
      if (url.pathname === GRAPHQL_PATH) {
        await graphql(deps, req, res, url, record);
      } else if (deps.access.playground && url.pathname.startsWith(ASSET_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
        if (!serveAsset(url.pathname.slice(ASSET_PREFIX.length), req, res)) sendJson(res, 404, { error: 'not found' });
      } else if (deps.access.explorer && url.pathname === EXPLORE_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
        serveExplorePage(res, GRAPHQL_PATH);
      } else if (deps.access.explorer && url.pathname.startsWith(EXPLORE_ASSET_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
        if (!(await serveExploreAsset(url.pathname.slice(EXPLORE_ASSET_PREFIX.length), req, res))) sendJson(res, 404, { error: 'not found' });
      } else if (exportFormatOf(url.pathname) !== null && (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS')) {
        if (!applyCors(deps.access, req, res, req.method) || !readKeyAccepted(deps, req, res, record)) return;
        const bookmarks = bookmarksAccepted(req, res, record);
        if (bookmarks === null) return;
        const graph = bookmarks.length > 0 ? withBookmarks(deps.graph, bookmarks) : deps.graph;
        await serveExport(graph, exportFormatOf(url.pathname)!, url, req, res, {
          gates: { exports: deps.exports, reads: deps.admission },
          stallMs: deps.exportStallMs ?? EXPORT_STALL_MS,
          record,
          onError: (error) => logInternalError(deps.logger, error, record.id),
        });
      } else if (url.pathname === HEALTH_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
        const health = await checkHealth(deps.graph, neo4jUri, deps.healthTimeoutMs);
        res.setHeader('Cache-Control', 'no-store');
        sendJson(res, health.status === 'ok' ? 200 : 503, health);
      } else if (url.pathname === '/' && req.method === 'GET') {
        res.writeHead(302, { Location: GRAPHQL_PATH }).end();
      } else {
        sendJson(res, 404, { error: 'not found' });
      }
    } catch (error) {
      // Apollo answers GraphQL errors itself; reaching here is a bug, an unparsable URL or a broken socket.
      deps.logger.error({ reqId: record.id, error: error instanceof Error ? error.message : String(error) }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    }
  };
}

async function graphql(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, url: URL, record: RequestRecord): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  if (!applyCors(deps.access, req, res, method)) return;
  if (method !== 'GET' && method !== 'POST') {
    res.setHeader('Allow', 'GET, POST');
    sendJson(res, 405, { errors: [{ message: `${method} is not supported; use GET or POST`, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  if (method === 'GET' && deps.access.playground && wantsPlayground(req, url)) {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': PLAYGROUND_CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(playgroundHtml(GRAPHQL_PATH));
    return;
  }

  if (!readKeyAccepted(deps, req, res, record)) return;
  const bookmarks = bookmarksAccepted(req, res, record);
  if (bookmarks === null) return;

  let body: unknown;
  if (method === 'POST') {
    try {
      body = await readJsonBody(req, deps.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      record.errorCodes.push('BAD_REQUEST');
      sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }

  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    // Node lower-cases names; repeated headers are joined like the Fetch API's Headers.
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let context: ApiContext | undefined;
  const execute = () =>
    deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      // Runs only after Apollo's CSRF check has passed.
      context: async () => {
        context = createApiContext(deps.graph, {
          presentedApiKey: apiKeyFrom(req.headers),
          requestId: record.id,
          bookmarks,
          ...(deps.ingestApiKey !== undefined && { ingestApiKey: deps.ingestApiKey }),
          ...(deps.txTimeoutMs !== undefined && { txTimeoutMs: deps.txTimeoutMs }),
          reads: { maxInFlight: deps.reads.maxReadsPerRequest, admission: deps.admission },
          onInternalError: (error, reqId) => logInternalError(deps.logger, error, reqId),
        });
        attachRecord(context, record);
        return context;
      },
    });
  // The request log plugin records every error's code as it happens: a GRAPH_CHANGED
  // among those of the last pass is what to look for (not a scan of the whole body).
  let seen = record.errorCodes.length;
  const graphChangedDuring = () => record.errorCodes.indexOf('GRAPH_CHANGED', seen) >= 0;
  let response = await execute();
  // A query whose reads straddled a concurrent delete (GRAPH_CHANGED) is simply read
  // again: reads have no effects, and a later pass sees the graph after the delete.
  // Waiting a little longer each time lets a burst of writes to the same nodes pass.
  for (let retry = 0; retry < GRAPH_CHANGED_RETRIES && graphChangedDuring() && isReadOnly(method, body); retry++) {
    if (response.body.kind === 'complete') deps.answers.take(response.body.string);
    await delay(10 * 2 ** retry * (1 + Math.random()));
    seen = record.errorCodes.length;
    response = await execute();
  }
  // A mutation answers with where its writes left the database: sent back as
  // x-graph-bookmark, a later request (to any replica) reads them.
  if (context !== undefined && record.operationType === 'mutation') {
    const after = await bookmarksOf(context.graph);
    if (after.length > 0) res.setHeader(BOOKMARK_HEADER, formatBookmarks(after));
  }
  for (const [key, value] of response.headers) {
    // Keep our `Vary: Origin` (CORS) next to whatever Apollo varies on.
    res.setHeader(key, key === 'vary' ? [res.getHeader('vary'), value].filter(Boolean).join(', ') : value);
  }
  res.statusCode = response.status ?? 200;
  // The pool was taken by other requests: worth sending again shortly, as the status says.
  if (record.errorCodes.indexOf('DATABASE_BUSY', seen) >= 0) {
    res.statusCode = 503;
    res.setHeader('Retry-After', String(deps.admission.retryAfterSeconds));
  }
  if (response.body.kind === 'complete') {
    sendBody(res, deps.answers.take(response.body.string));
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * Under READ_API_KEY, a read (GraphQL or an export) needs it or the ingest key (its
 * holder may also read); without one it is answered 401 here and false returned.
 */
function readKeyAccepted(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse, record: RequestRecord): boolean {
  if (deps.access.readApiKey === undefined) return true;
  const presented = apiKeyFrom(req.headers);
  if (keyMatches(presented, deps.access.readApiKey) || keyMatches(presented, deps.ingestApiKey ?? ingestApiKeyFromEnv())) return true;
  req.resume();
  record.errorCodes.push('UNAUTHENTICATED');
  res.setHeader('WWW-Authenticate', 'Bearer');
  const message = presented === null ? 'this API needs a key: send x-api-key or Authorization: Bearer' : 'wrong API key';
  sendJson(res, 401, { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
  return false;
}

/**
 * The bookmarks of the request's x-graph-bookmark header (none: empty); a malformed
 * one is answered 400 BAD_USER_INPUT here and null returned.
 */
function bookmarksAccepted(req: IncomingMessage, res: ServerResponse, record: RequestRecord): string[] | null {
  const parsed = parseBookmarks(req.headers[BOOKMARK_HEADER]);
  if ('bookmarks' in parsed) return parsed.bookmarks;
  req.resume();
  record.errorCodes.push('BAD_USER_INPUT');
  sendJson(res, 400, { errors: [{ message: parsed.error, extensions: { code: 'BAD_USER_INPUT' } }] });
  return null;
}

/** Reads again at most this many times, after 10–20, 20–40, 40–80 and 80–160 ms. */
const GRAPH_CHANGED_RETRIES = 4;

/** Queries only: Apollo refuses mutations over GET, and a POST names its operation. */
function isReadOnly(method: string, body: unknown): boolean {
  if (method === 'GET') return true;
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const operation = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined);
    return operation?.operation === 'query';
  } catch {
    return false;
  }
}

const CORS_ALLOW_HEADERS = `content-type, x-api-key, authorization, x-request-id, apollo-require-preflight, ${BOOKMARK_HEADER}`;
const CORS_EXPOSE_HEADERS = `x-request-id, x-query-count, ${BOOKMARK_HEADER}`;

/**
 * CORS for /graphql: only the origins in CORS_ORIGINS (none by default: same
 * origin only) get Access-Control-Allow-* headers. A preflight (OPTIONS) is
 * answered here: 204 for an allowed origin, 403 otherwise. Returns false when
 * the request has been answered.
 */
function applyCors(access: AccessSettings, req: IncomingMessage, res: ServerResponse, method: string): boolean {
  const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
  const allowed = origin !== undefined && access.corsOrigins.includes(origin);
  res.setHeader('Vary', 'Origin');
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', CORS_EXPOSE_HEADERS);
  }
  if (method !== 'OPTIONS') return true;
  req.resume();
  if (!allowed) {
    sendJson(res, 403, { error: origin === undefined ? 'OPTIONS is only for CORS preflight requests' : 'this origin is not allowed (CORS_ORIGINS)' });
    return false;
  }
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
    'Access-Control-Max-Age': '600',
    'Content-Length': '0',
  });
  res.end();
  return false;
}

/** A browser navigating to /graphql (HTML preferred, no operation in the URL) gets the playground. */
function wantsPlayground(req: IncomingMessage, url: URL): boolean {
  if (url.searchParams.has('query') || url.searchParams.has('extensions')) return false;
  const accept = String(req.headers.accept ?? '');
  return accept.includes('text/html');
}

function logInternalError(logger: Logger, error: unknown, reqId: string): void {
  logger.error({ reqId, error: describeError(error), stack: error instanceof Error ? error.stack : undefined }, 'internal error');
}

/** One line per request. Deliberately a fixed set of fields: never headers, bodies or variables (API key, data). */
function logRequest(logger: Logger, req: IncomingMessage, res: ServerResponse, path: string, record: RequestRecord, started: number): void {
  const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away first
  const line = {
    reqId: record.id,
    method: req.method,
    path,
    status,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    ...(record.operationName !== undefined && { operationName: record.operationName }),
    ...(record.operationType !== undefined && { operationType: record.operationType }),
    ...(record.errorCodes.length > 0 && { errors: [...new Set(record.errorCodes)] }),
    ...(record.queryCount !== undefined && { queryCount: record.queryCount }),
  };
  // warn, not error: a 503 from /health during an outage is expected; real faults are logged as errors where they happen.
  if (status >= 500) logger.warn(line, 'request');
  else logger.info(line, 'request');
}
