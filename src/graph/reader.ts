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
    const cypher = loadCypher(name);
    this.queryCount++;
    return runRead<T>(this.graph, cypher, params, this.timeoutMs);
  }
}

/** One READ-routed transaction with a timeout; records as plain objects. Only `GraphReader.read` (named files) and tests call it. */
export async function runRead<T = Row>(graph: Graph, cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<T[]> {
  const { records } = await graph.driver.executeQuery(cypher, toNeo4jParams(params), {
    database: graph.database,
    routing: neo4j.routing.READ,
    transactionConfig: { timeout: timeoutMs },
  });
  return records.map((r) => recordToPlain(r.toObject()) as T);
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
