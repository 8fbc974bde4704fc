// The single door through which the API reads the graph: one named Cypher file,
// parameters only, a READ-routed transaction, and plain JavaScript values back
// (neo4j Integers become numbers). It counts its round trips so a request can
// show that its number of queries does not grow with the number of items.

import neo4j, { isInt, type Integer } from 'neo4j-driver';
import { txTimeoutMsFromEnv } from '../config.js';
import type { RequestReads } from './admission.js';
import type { Graph } from './connection.js';
import { loadCypher } from './cypher.js';
import { GraphChangedError } from './errors.js';
import { isNodeLabel } from './model.js';
import { projectCypher, type Projection } from './read/projection.js';

export type Row = Record<string, unknown>;

export interface ReadOptions {
  /**
   * The request's projection applies: the rows go to the API's resolvers as they
   * are, or the code that goes through them declares what it reads (the chain,
   * api/request/projection.ts FIELD_NEEDS). Other reads (aggregates, search) are whole.
   */
  projected?: boolean;
}

export class GraphReader {
  /** Cypher round trips made through this reader. */
  queryCount = 0;

  /** Each read's transaction timeout (the graph's, else NEO4J_TX_TIMEOUT_MS, unless given). */
  readonly timeoutMs: number;

  /**
   * What the request asks of each node type (set once its operation is known): the
   * reads whose rows go to the API as they are (`projected`) return only that.
   */
  projection: Projection | null = null;

  /** The request's share of the connection pool (graph/admission.ts); unset: no bound (the CLI, tests). */
  readonly reads: RequestReads | undefined;

  constructor(
    readonly graph: Graph,
    opts: { timeoutMs?: number; reads?: RequestReads } = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? graph.txTimeoutMs ?? txTimeoutMsFromEnv();
    this.reads = opts.reads;
  }

  /**
   * Runs cypher/<name>.cypher with routing READ; returns the records as plain objects.
   * `projected`: the rows only need what the request's projection asks for.
   */
  async read<T = Row>(name: string, params: Record<string, unknown> = {}, opts: ReadOptions = {}): Promise<T[]> {
    return this.readStatement<T>(loadCypher(name), params, opts);
  }

  /**
   * Runs cypher/<name>.cypher and yields its records one by one as the caller takes
   * them: the driver pulls them in batches (its fetch size), so a read of the whole
   * graph (the exports) holds one batch at a time, never the whole result.
   */
  async *stream<T = Row>(name: string, params: Record<string, unknown> = {}, opts: { timeoutMs?: number } = {}): AsyncGenerator<T> {
    this.queryCount++;
    const release = await this.reads?.hold();
    const session = this.graph.driver.session({ database: this.graph.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.graph.bookmarkManager });
    try {
      const result = session.run(loadCypher(name), toNeo4jParams(params), { timeout: opts.timeoutMs ?? this.timeoutMs });
      for await (const record of result) yield recordToPlain(record.toObject()) as T;
    } finally {
      await session.close();
      release?.();
    }
  }

  /** Runs a statement composed only of named files' text (see read/embedded.ts); values still only as parameters. */
  async readStatement<T = Row>(cypher: string, params: Record<string, unknown>, opts: ReadOptions = {}): Promise<T[]> {
    this.queryCount++;
    const statement = opts.projected && this.projection ? projectCypher(cypher, this.projection) : cypher;
    if (!this.reads) return runRead<T>(this.graph, statement, params, this.timeoutMs);
    return this.reads.run(() => runRead<T>(this.graph, statement, params, this.timeoutMs));
  }
}

/**
 * One read: an auto-commit statement with a timeout in a READ-mode session (so a
 * cluster routes it to a reader; with the request's bookmarks, see withBookmarks in connection.ts). Records as plain objects. Not executeQuery: its
 * managed transaction costs three Bolt messages written one by one (BEGIN, RUN,
 * COMMIT), and each write to Neo4j's socket is what a read costs most here (waking
 * the server's thread); auto-commit is one (BENCHMARKS.md, "Measured choices"). What is given up is the
 * driver's retry of transient errors, which a read-only request can simply send again.
 * Only `GraphReader.read` (named files) and tests call it.
 */
export async function runRead<T = Row>(graph: Graph, cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<T[]> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: graph.bookmarkManager });
  try {
    const { records } = await withoutCallerStack(() => session.run(cypher, toNeo4jParams(params), { timeout: timeoutMs }));
    return records.map((r) => recordToPlain(r.toObject()) as T);
  } finally {
    await session.close();
  }
}

/**
 * The driver records the caller's stack trace for every statement it runs (new
 * Error().stack, grafted onto the stack of a failure); under tsx each frame goes
 * through a source map: ≈90 µs of CPU a statement on the 2-core VM, against ≈5 µs
 * without frames. A failed read is still logged with its code and message
 * (describeError); its stack then starts in the driver.
 */
function withoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A record's columns as plain values (see toPlain); the record itself is not a node projection. */
function recordToPlain(record: Record<string, unknown>): Row {
  for (const key in record) record[key] = toPlain(record[key]);
  return record;
}

/**
 * Integers, lists and maps as plain values, converted in place: the driver built
 * these objects for this read alone, and a copy per map (Object.fromEntries) was
 * the largest share of the server's CPU for a page of a few thousand items
 * (BENCHMARKS.md). Our queries return maps
 * (projections), never Node objects. A node projection without an id is a node
 * that a concurrent write deleted while the query ran (reads are read-committed):
 * GraphChangedError. Whole (`n {.*, label: 'Task'}`, `{id: n.id, label:
 * labels(n)[0]}`), such a node has a label key and no id; projected (`n {.id,
 * .title}`, read/projection.ts), its id is there and null. No other map of ours
 * has an `id` key that can be null.
 */
function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const map = value as Record<string, unknown>;
  if (map.id === null || ('label' in map && map.id === undefined && (map.label == null || isNodeLabel(map.label)))) {
    throw new GraphChangedError(typeof map.label === 'string' ? `a ${map.label}` : 'a node');
  }
  return recordToPlain(map);
}

/**
 * JavaScript numbers arrive in Cypher as floats; SKIP/LIMIT and integer
 * comparisons want integers, so whole numbers are sent as neo4j Integers.
 */
function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (v: unknown): unknown => {
    if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
    if (Array.isArray(v)) return v.map(convert);
    if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x)]));
    }
    return v;
  };
  return convert(params) as Record<string, unknown>;
}
