// Connecting to Neo4j: the driver (with TCP_NODELAY on its sockets) and the
// transaction settings every query of src/graph runs with. Which Neo4j to connect
// to (NEO4J_URI, or the project's local instance, started if needed) is decided by
// the start-up code (src/neo4j-local/connection.ts, called by the server and the
// CLI): src/graph never starts processes.

import { createRequire } from 'node:module';
import net from 'node:net';
import neo4j, { type BookmarkManager, type Config, type Driver } from 'neo4j-driver';
import { txTimeoutMsFromEnv } from '../config.js';

/** What the rest of the code needs to talk to the graph. */
export interface Graph {
  driver: Driver;
  database: string;
  /** Each transaction's timeout; unset: NEO4J_TX_TIMEOUT_MS as read when the transaction starts (see txConfig). */
  txTimeoutMs?: number;
  /**
   * One request's bookmarks (see withBookmarks): every session opened on this graph
   * waits until the database member it runs on has seen them, and leaves its own
   * there. Unset: sessions start without bookmarks (executeQuery: the driver's).
   */
  bookmarkManager?: BookmarkManager;
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

interface BoltPiece {
  _buffer: Buffer;
}
interface BoltDechunker {
  _currentMessage: BoltPiece[];
  _onHeader(header: number): unknown;
}
interface BoltChunker {
  _bufferSize: number;
  _buffer: { position: number };
  _ensure(size: number): unknown;
}
/** The driver's internal modules the two patches below change (the classes, as patched). */
interface BoltInternals {
  chunking: {
    Dechunker?: { prototype: BoltDechunker & { joinsPieces?: boolean } };
    Chunker?: { prototype: BoltChunker & { writesWhole?: boolean } };
  };
  channelBuffer: { default?: new (buffer: Buffer) => BoltPiece; alloc?: (size: number) => BoltChunker['_buffer'] };
}

/** neo4j-driver's chunking and buffer modules, or null when an upgrade moved them. */
function boltInternals(): BoltInternals | null {
  const require = createRequire(import.meta.url);
  try {
    return {
      chunking: require('neo4j-driver-bolt-connection/lib/channel/chunking.js'),
      channelBuffer: require('neo4j-driver-bolt-connection/lib/channel/channel-buf.js'),
    };
  } catch {
    return null;
  }
}

/**
 * neo4j-driver keeps a Bolt message that arrived in several pieces (several chunks,
 * or a chunk split between socket reads) as a list of them, and decodes every string
 * in it by walking the whole list through a StringDecoder. An answer of a few hundred
 * KB (bench:api Q2: 1,500 departments a regulation) spent more time there than in
 * the rest of decoding. Joining the pieces once, when the message is complete, lets
 * every read take the single-buffer path. Skipped, not failed, if a driver upgrade
 * moves the class (tests/graph/bolt-messages.test.ts notices).
 */
export function joinBoltMessagePieces(): boolean {
  const internals = boltInternals();
  const proto = internals?.chunking.Dechunker?.prototype;
  const ChannelBuffer = internals?.channelBuffer.default;
  if (proto === undefined || typeof proto._onHeader !== 'function' || typeof ChannelBuffer !== 'function') return false;
  if (proto.joinsPieces) return true;
  const onHeader = proto._onHeader;
  proto._onHeader = function (this: BoltDechunker, header: number) {
    // Header 0 ends a message; its pieces are fresh slices, each wholly unread.
    if (header === 0 && this._currentMessage.length > 1) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(this._currentMessage.map((piece) => piece._buffer)))];
    }
    return onHeader.call(this, header);
  };
  proto.joinsPieces = true;
  return true;
}

/** Bytes a connection gathers its Bolt messages in before a socket write: every read statement of ours with its parameters. */
export const BOLT_WRITE_BUFFER = 16 * 1024;

/**
 * neo4j-driver gathers the messages of a request (RUN, PULL) in a buffer of 1,400 bytes
 * and writes it to the socket each time it fills: a statement of 2 KB (the responsibility
 * chain, a page of tasks with its lists) went out in two or three writes where a short one
 * takes one, and each write wakes Neo4j's thread (≈0.5 ms on 2 cores; BENCHMARKS.md,
 * "Measured choices"). A larger buffer sends a request in one write. Skipped, not failed,
 * if a driver upgrade moves the class (tests/graph/bolt-messages.test.ts notices).
 */
export function writeBoltMessagesWhole(): boolean {
  const internals = boltInternals();
  const proto = internals?.chunking.Chunker?.prototype;
  const alloc = internals?.channelBuffer.alloc;
  if (proto === undefined || typeof proto._ensure !== 'function' || typeof alloc !== 'function') return false;
  if (proto.writesWhole) return true;
  const ensure = proto._ensure;
  proto._ensure = function (this: BoltChunker, size: number) {
    // Each flush allocates the next buffer at _bufferSize; an empty first one is replaced now.
    if (this._bufferSize < BOLT_WRITE_BUFFER) {
      this._bufferSize = BOLT_WRITE_BUFFER;
      if (this._buffer.position === 0) this._buffer = alloc(BOLT_WRITE_BUFFER);
    }
    return ensure.call(this, size);
  };
  proto.writesWhole = true;
  return true;
}

export function createDriver(c: Pick<Connection, 'uri' | 'user' | 'password'>, config: Config = {}): Driver {
  disableNagle();
  joinBoltMessagePieces();
  writeBoltMessagesWhole();
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
 * The graph as one request sees it: in a cluster (neo4j://, neo4j+s://, Aura)
 * reads go to any member and writes to the leader, and a member may not have
 * applied the latest writes yet. A bookmark names a point in the database's
 * history; every read and write made through the returned graph waits for
 * `bookmarks` (the ones a client brought back from an earlier write, through any
 * replica of the API server), and each one's own bookmark replaces those it
 * started from, so a read after a write in the same request sees it and
 * `bookmarksOf` hands the client what to send next. The manager lives only as
 * long as the request: the server keeps no state between requests (the driver's
 * own executeQueryBookmarkManager would be one per process, which replicas cannot share).
 */
export function withBookmarks<G extends Graph>(graph: G, bookmarks: readonly string[] = []): G & { bookmarkManager: BookmarkManager } {
  return { ...graph, bookmarkManager: neo4j.bookmarkManager({ initialBookmarks: [...bookmarks] }) };
}

/** The bookmarks a graph of withBookmarks holds now (after its writes); empty without a manager. */
export async function bookmarksOf(graph: Pick<Graph, 'bookmarkManager'>): Promise<string[]> {
  return graph.bookmarkManager ? [...(await graph.bookmarkManager.getBookmarks())] : [];
}

/**
 * The transaction config every query of src/graph runs with: Neo4j ends a
 * transaction after the graph's `txTimeoutMs`, else NEO4J_TX_TIMEOUT_MS (see src/config.ts).
 */
export function txConfig(graph: Pick<Graph, 'txTimeoutMs'>): { timeout: number } {
  return { timeout: graph.txTimeoutMs ?? txTimeoutMsFromEnv() };
}
