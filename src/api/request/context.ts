// What every resolver receives: the graph, the request's loaders and read counter,
// the API key the request presented and the one configured (checked only by mutations).
import { randomUUID } from 'node:crypto';
import { ingestApiKeyFromEnv } from '../../config.js';
import { withBookmarks, type Graph } from '../../graph/connection.js';
import { RequestReads, type ReadAdmission } from '../../graph/admission.js';
import { GraphReader } from '../../graph/reader.js';
import { createLoaders, type Loaders } from './loaders.js';

/** A name argument that matched nothing, with the closest names the graph has (extensions.suggestions). */
export interface NameSuggestion {
  /** The argument as the query wrote it: filter.department, organization … */
  argument: string;
  value: string;
  /** Closest first; empty when nothing of that kind shares a character with it. */
  suggestions: string[];
}

export interface ApiContext {
  /** The graph as this request sees it: its reads and writes carry the request's bookmarks (see withBookmarks). */
  graph: Graph;
  loaders: Loaders;
  presentedApiKey: string | null;
  /** INGEST_API_KEY: the key mutations need; undefined = mutations disabled. */
  readonly ingestApiKey: string | undefined;
  /** Cypher read round trips this request has made (every API read goes through `reader`). */
  readonly queryCount: number;
  requestId: string;
  /** The request's read door. */
  reader: GraphReader;
  /** Name arguments that matched nothing, for the response's extensions.suggestions (shared by every copy of the context). */
  readonly suggestions: NameSuggestion[];
  /** Called with an unexpected error before the client gets a bare INTERNAL_SERVER_ERROR; defaults to console.error. */
  onInternalError?: (error: unknown, requestId: string) => void;
}

export interface ApiContextOptions {
  presentedApiKey: string | null;
  /** The key mutations need; default INGEST_API_KEY as it is when a mutation checks it. */
  ingestApiKey?: string;
  /** Each database transaction's timeout; default the graph's, else NEO4J_TX_TIMEOUT_MS (15 s). */
  txTimeoutMs?: number;
  /** Bookmarks the client sent (x-graph-bookmark): every read and write of the request waits for them. */
  bookmarks?: readonly string[];
  requestId?: string;
  onInternalError?: (error: unknown, requestId: string) => void;
  /** The request's share of the pool: at most `maxInFlight` reads at once, through the server's admission (graph/admission.ts). Unset: no bound. */
  reads?: { maxInFlight: number; admission?: ReadAdmission };
}

class RequestContext implements ApiContext {
  readonly loaders: Loaders;
  readonly reader: GraphReader;
  readonly requestId: string;
  readonly presentedApiKey: string | null;
  readonly configuredIngestKey: string | undefined;
  readonly onInternalError?: (error: unknown, requestId: string) => void;
  readonly suggestions: NameSuggestion[] = [];

  constructor(
    readonly graph: Graph,
    opts: ApiContextOptions,
  ) {
    this.reader = new GraphReader(graph, {
      ...(opts.txTimeoutMs !== undefined && { timeoutMs: opts.txTimeoutMs }),
      ...(opts.reads && { reads: new RequestReads(opts.reads.maxInFlight, opts.reads.admission) }),
    });
    this.loaders = createLoaders(this.reader);
    this.presentedApiKey = opts.presentedApiKey;
    this.configuredIngestKey = opts.ingestApiKey;
    this.requestId = opts.requestId ?? randomUUID();
    if (opts.onInternalError) this.onInternalError = opts.onInternalError;
  }

  // A getter on the prototype, reading the shared reader: Apollo Server hands
  // resolvers and plugins a shallow copy of the context (same prototype, same
  // reader), and every copy must see the same count.
  get queryCount(): number {
    return this.reader.queryCount;
  }

  /** Read only when a mutation asks (the environment's, unless the server was given one). */
  get ingestApiKey(): string | undefined {
    return this.configuredIngestKey ?? ingestApiKeyFromEnv();
  }
}

export function createApiContext(graph: Graph, opts: ApiContextOptions): ApiContext {
  return new RequestContext(withBookmarks(graph, opts.bookmarks), opts);
}
