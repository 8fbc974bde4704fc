// Connecting to Neo4j: the driver (with TCP_NODELAY on its sockets) and the
// transaction settings every query of src/graph runs with. Which Neo4j to connect
// to (NEO4J_URI, or the project's local instance, started if needed) is decided by
// the start-up code (src/neo4j-local/connection.ts, called by the server and the
// CLI): src/graph never starts processes.

import net from 'node:net';
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { txTimeoutMsFromEnv } from '../config.js';

/** What the rest of the code needs to talk to the graph. */
export interface Graph {
  driver: Driver;
  database: string;
  /** Each transaction's timeout; unset: NEO4J_TX_TIMEOUT_MS as read when the transaction starts (see txConfig). */
  txTimeoutMs?: number;
}

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
  source: 'env' | 'local';
}

/**
 * neo4j-driver leaves Nagle's algorithm on for its Bolt sockets and has no option to
 * turn it off: a message written while the previous one waits for its ACK is held
 * back until the server's delayed ACK (BENCHMARKS.md, "Measured choices"). So every TCP
 * connection this process opens gets TCP_NODELAY (Node's own HTTP client sets it too).
 */
function disableNagle(): void {
  const connect = net.connect as (...args: unknown[]) => net.Socket;
  if ((connect as { noDelay?: boolean }).noDelay) return;
  const withNoDelay = Object.assign((...args: unknown[]) => connect(...args).setNoDelay(true), { noDelay: true });
  (net as { connect: unknown }).connect = withNoDelay;
  (net as { createConnection: unknown }).createConnection = withNoDelay;
}

export function createDriver(c: Pick<Connection, 'uri' | 'user' | 'password'>, config: Config = {}): Driver {
  disableNagle();
  return neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { userAgent: 'policy-responsibility-graph', ...config });
}

export type ConnectedGraph = Graph & { uri: string; source: Connection['source'] };

/** Opens a driver on a resolved connection and checks that the database answers. */
export async function openGraph(c: Connection, opts: { config?: Config; txTimeoutMs?: number } = {}): Promise<ConnectedGraph> {
  const driver = createDriver(c, opts.config);
  try {
    await driver.verifyConnectivity({ database: c.database });
  } catch (e) {
    await driver.close();
    throw e;
  }
  return connectedGraph(driver, c, opts.txTimeoutMs);
}

export function connectedGraph(driver: Driver, c: Connection, txTimeoutMs?: number): ConnectedGraph {
  return { driver, database: c.database, uri: c.uri, source: c.source, ...(txTimeoutMs !== undefined && { txTimeoutMs }) };
}

/**
 * The transaction config every query of src/graph runs with: Neo4j ends a
 * transaction after the graph's `txTimeoutMs`, else NEO4J_TX_TIMEOUT_MS (see src/config.ts).
 */
export function txConfig(graph: Pick<Graph, 'txTimeoutMs'>): { timeout: number } {
  return { timeout: graph.txTimeoutMs ?? txTimeoutMsFromEnv() };
}
