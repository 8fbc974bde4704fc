// One code path to Neo4j: NEO4J_URI (Aura, a cluster, docker compose) when set,
// otherwise the project's own local Neo4j (started on demand, see src/neo4j-local).

import { readFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { DEFAULT_DATABASE, neo4jConfigFromEnv } from '../config.js';
import { readLocalState, startLocalNeo4j } from '../neo4j-local/local.js';
import { projectRoot } from '../paths.js';

/** What the rest of the code needs to talk to the graph. */
export interface Graph {
  driver: Driver;
  database: string;
}

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
  source: 'env' | 'local';
}

/**
 * NEO4J_URI… when set; else the local instance, started if it is not running
 * (with `startLocal: false` only a running one is used).
 */
export async function resolveConnection(opts: { startLocal?: boolean } = {}): Promise<Connection> {
  const cfg = neo4jConfigFromEnv();
  if (cfg) return { ...cfg, source: 'env' };
  if (opts.startLocal === false) {
    const running = readLocalState();
    if (!running) throw new Error('NEO4J_URI is not set and the local Neo4j is not running (run `npm run neo4j:start`)');
    return { uri: running.uri, user: running.user, password: running.password, database: DEFAULT_DATABASE, source: 'local' };
  }
  // stderr: keeps stdout clean for commands that print JSON; provisioning can take a minute.
  const local = await startLocalNeo4j({ log: (line) => console.error(line) });
  return { uri: local.uri, user: local.user, password: local.password, database: DEFAULT_DATABASE, source: 'local' };
}

/**
 * neo4j-driver leaves Nagle's algorithm on for its Bolt sockets and has no option to
 * turn it off: a message written while the previous one waits for its ACK is held
 * back until the server's delayed ACK (~40 ms on Linux). Measured on a request of
 * three reads: mean 26.8 → 16.1 ms, the 40–50 ms outliers gone. So every TCP
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

/** Resolves the connection, opens a driver and checks that the database answers. */
export async function openGraph(opts: { startLocal?: boolean; config?: Config } = {}): Promise<Graph & { uri: string; source: Connection['source'] }> {
  const c = await resolveConnection(opts);
  const driver = createDriver(c, opts.config);
  try {
    await driver.verifyConnectivity({ database: c.database });
  } catch (e) {
    await driver.close();
    throw e;
  }
  return { driver, database: c.database, uri: c.uri, source: c.source };
}

// ---------------------------------------------------------------------------
// Transaction timeout

export const DEFAULT_TX_TIMEOUT_MS = 15_000;

/**
 * How long one transaction may run before Neo4j ends it (NEO4J_TX_TIMEOUT_MS,
 * default 15 s): a slow query ends in an error instead of a hung request.
 * Every read and write of src/graph passes it as the transaction's `timeout`.
 */
export function txTimeoutMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NEO4J_TX_TIMEOUT_MS?.trim();
  if (raw === undefined || raw === '') return DEFAULT_TX_TIMEOUT_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`NEO4J_TX_TIMEOUT_MS is malformed: ${JSON.stringify(raw)} (expected a positive integer of milliseconds)`);
  return n;
}

/** The transaction config every query of src/graph runs with. */
export function txConfig(timeoutMs: number = txTimeoutMs()): { timeout: number } {
  return { timeout: timeoutMs };
}

// ---------------------------------------------------------------------------
// Named Cypher files

const cypherCache = new Map<string, string>();
const partsCache = new Map<string, ReadonlyMap<string, string>>();

/** The text of cypher/<name>.cypher, read once. Names are plain (no paths) so nothing outside cypher/ is reachable. */
export function loadCypher(name: string): string {
  let text = cypherCache.get(name);
  if (text === undefined) {
    text = compactCypher(readCypherFile(name));
    cypherCache.set(name, text);
  }
  return text;
}

/**
 * The parts of a file that is composed per request rather than sent whole (see
 * cypher/tasks-page.cypher): each part starts at a line `// @<kind> [<name>]` and is
 * keyed `<kind>` or `<kind> <name>`; what comes before the first marker is comment.
 */
export function loadCypherParts(name: string): ReadonlyMap<string, string> {
  let parts = partsCache.get(name);
  if (parts === undefined) {
    const found = new Map<string, string>();
    for (const chunk of readCypherFile(name).split(/^\/\/ @/m).slice(1)) {
      const newline = chunk.indexOf('\n');
      const key = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
      if (found.has(key)) throw new Error(`cypher/${name}.cypher: part "${key}" appears twice`);
      found.set(key, compactCypher(newline < 0 ? '' : chunk.slice(newline + 1)));
    }
    parts = found;
    partsCache.set(name, parts);
  }
  return parts;
}

function readCypherFile(name: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name)) throw new Error(`invalid Cypher file name: ${JSON.stringify(name)}`);
  try {
    return readFileSync(join(projectRoot(), 'cypher', `${name}.cypher`), 'utf8');
  } catch {
    throw new Error(`Cypher file not found: cypher/${name}.cypher`);
  }
}

/**
 * The statement as sent: without `//` comment lines, indentation and blank lines, so
 * that the comments explaining a query stay in its file and are not packed, sent and
 * read by Neo4j with every request (the driver also writes a message over 1,400 bytes
 * in several socket writes). Safe for our files: no string literal spans lines or
 * starts a line with `//`.
 */
export function compactCypher(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/** Statements of a multi-statement file: `//` comment lines dropped, split on `;`, blanks skipped. */
export function splitStatements(text: string): string[] {
  return compactCypher(text)
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Creates the constraints and indexes of cypher/schema.cypher (each statement is
 * IF NOT EXISTS, so this is idempotent), one write transaction per statement
 * because Neo4j does not mix schema changes in one transaction, then waits until
 * the indexes are online. Returns the number of statements run.
 */
export async function applySchema(driver: Driver, database: string = DEFAULT_DATABASE): Promise<number> {
  const statements = splitStatements(loadCypher('schema'));
  const session = driver.session({ database });
  try {
    for (const statement of statements) {
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.executeRead((tx) => tx.run('CALL db.awaitIndexes(300)'));
  } finally {
    await session.close();
  }
  return statements.length;
}
