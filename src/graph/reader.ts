// The single door through which the API reads the graph: one named Cypher file,
// parameters only, a READ-routed transaction, and plain JavaScript values back
// (neo4j Integers become numbers). It counts its round trips so a request can
// show that its number of queries does not grow with the number of items.

import neo4j, { isInt, type Integer } from 'neo4j-driver';
import { loadCypher, txTimeoutMs, type Graph } from './driver.js';
import { GraphChangedError } from './errors.js';
import { NODE_LABELS } from './ids.js';

export type Row = Record<string, unknown>;

export class GraphReader {
  /** Cypher round trips made through this reader. */
  queryCount = 0;

  /** Each read's transaction timeout (NEO4J_TX_TIMEOUT_MS unless given). */
  readonly timeoutMs: number;

  constructor(
    readonly graph: Graph,
    opts: { timeoutMs?: number } = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? txTimeoutMs();
  }

  /** Runs cypher/<name>.cypher with routing READ; returns the records as plain objects. */
  async read<T = Row>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.readStatement<T>(loadCypher(name), params);
  }

  /** Runs a statement composed only of named files' text (see read/embedded.ts); values still only as parameters. */
  async readStatement<T = Row>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    this.queryCount++;
    return runRead<T>(this.graph, cypher, params, this.timeoutMs);
  }
}

/**
 * One read: an auto-commit statement with a timeout in a READ-mode session (so a
 * cluster routes it to a reader). Records as plain objects. Not executeQuery: its
 * managed transaction costs three Bolt messages written one by one (BEGIN, RUN,
 * COMMIT), and each write to Neo4j's socket is what a read costs most here (≈0.5 ms
 * on the 2-core VM: waking the server's thread); auto-commit is one. Measured for
 * `RETURN 1`: 1 write and 1.0 ms against 3 writes and 5.3 ms. What is given up is the
 * driver's retry of transient errors, which a read-only request can simply send again.
 * Only `GraphReader.read` (named files) and tests call it.
 */
export async function runRead<T = Row>(graph: Graph, cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<T[]> {
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(cypher, toNeo4jParams(params), { timeout: timeoutMs });
    return records.map((r) => recordToPlain(r.toObject()) as T);
  } finally {
    await session.close();
  }
}

/** A record's columns as plain values (see toPlain); the record itself is not a node projection. */
function recordToPlain(record: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toPlain(v)]));
}

/**
 * Integers, lists and maps as plain values. Our queries return maps (projections),
 * never Node objects. A node projection (`n {.*, label: 'Task'}`, `{id: n.id, label:
 * labels(n)[0]}`) without an id is a node that a concurrent write deleted while the
 * query ran (reads are read-committed): GraphChangedError.
 */
function toPlain(value: unknown): unknown {
  if (isInt(value)) return (value as Integer).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    const map = value as Record<string, unknown>;
    if ('label' in map && map.id == null && (map.label == null || NODE_LABELS.has(map.label as string))) {
      throw new GraphChangedError(typeof map.label === 'string' ? `a ${map.label}` : 'a node');
    }
    return recordToPlain(map);
  }
  return value;
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
