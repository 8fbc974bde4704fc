// Every setting the project takes from its environment, read and validated here and
// nowhere else: no other file of src/ touches process.env (tests/foundation/config.test.ts
// checks that, and that the README's tables and .env.example name exactly the
// variables read here).
//
// `loadConfig()` reads them all into one typed object; the entry points (src/server/main.ts,
// the CLI) load what they need once at start and pass it down. The readers of each part
// are exported too: library code that was given no setting (a test's server, a request
// context built without a timeout) falls back to them, at the same moment it always has.
//
// When NEO4J_URI is unset the project uses its own local Neo4j (src/neo4j-local), so
// `neo4jConfigFromEnv` returns null rather than failing.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export type Env = Record<string, string | undefined>;

// ---------------------------------------------------------------------------
// Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const DEFAULT_USER = 'neo4j';
export const DEFAULT_DATABASE = 'neo4j';

const SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

// Neo4j database names: ASCII letter first, then letters, digits, dots, dashes (3–63 chars).
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

/** The external Neo4j from the environment, or null when NEO4J_URI is unset. Throws ConfigError when a value is bad. */
export function neo4jConfigFromEnv(env: Env = process.env): Neo4jConfig | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  validateUri(uri);

  const user = env.NEO4J_USER?.trim() || DEFAULT_USER;

  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_PASSWORD is missing (required when NEO4J_URI is set)');
  }

  const database = env.NEO4J_DATABASE?.trim() || DEFAULT_DATABASE;
  if (!DATABASE_NAME.test(database)) {
    throw new ConfigError(
      `NEO4J_DATABASE is malformed: ${JSON.stringify(database)} (expected 3–63 letters, digits, dots or dashes, starting with a letter)`,
    );
  }

  return { uri, user, password, database };
}

function validateUri(uri: string): void {
  const malformed = () =>
    new ConfigError(
      `NEO4J_URI is malformed: ${JSON.stringify(maskCredentials(uri))} (expected bolt://, neo4j://, neo4j+s://… with a host)`,
    );
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw malformed();
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!SCHEMES.includes(scheme) || !uri.slice(scheme.length).startsWith('://') || url.hostname === '') {
    throw malformed();
  }
  // Credentials belong in NEO4J_USER/NEO4J_PASSWORD, not in the URI (they would end up in logs).
  if (url.username || url.password) {
    throw new ConfigError(`NEO4J_URI must not contain credentials; use NEO4J_USER and NEO4J_PASSWORD`);
  }
}

/** Hide a `user:password@` part before echoing a value in an error message. */
function maskCredentials(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//***@');
}

// ---------------------------------------------------------------------------
// Transaction timeout: NEO4J_TX_TIMEOUT_MS

export const DEFAULT_TX_TIMEOUT_MS = 15_000;

/**
 * How long one transaction may run before Neo4j ends it (NEO4J_TX_TIMEOUT_MS,
 * default 15 s): a slow query ends in an error instead of a hung request.
 * Every read and write of src/graph passes it as the transaction's `timeout`.
 */
export function txTimeoutMsFromEnv(env: Env = process.env): number {
  const raw = env.NEO4J_TX_TIMEOUT_MS?.trim();
  if (raw === undefined || raw === '') return DEFAULT_TX_TIMEOUT_MS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`NEO4J_TX_TIMEOUT_MS is malformed: ${JSON.stringify(raw)} (expected a positive integer of milliseconds)`);
  return n;
}

// ---------------------------------------------------------------------------
// The local Neo4j (src/neo4j-local): NEO4J_LOCAL_PORT, NEO4J_LOCAL_HEAP, NEO4J_LOCAL_PAGECACHE (at its
// start), NEO4J_MAVEN_REPO (provisioning)

/** NEO4J_LOCAL_PORT: the local Neo4j's fixed Bolt port, or undefined (a free port at each start). */
export function localNeo4jPortFromEnv(env: Env = process.env): number | undefined {
  const raw = env.NEO4J_LOCAL_PORT?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ConfigError(`NEO4J_LOCAL_PORT is malformed: ${JSON.stringify(raw)} (expected a port number 1–65535)`);
  }
  return n;
}

/** The local Neo4j's memory: its JVM heap (-Xmx) and its page cache (the store's cache). Sizes like 512m, 4g. */
export interface LocalNeo4jMemory {
  heap: string;
  pageCache: string;
  /** pageCache in bytes, as Neo4j takes it. */
  pageCacheBytes: number;
}

/** A dev/test box with small graphs; README "Memory" says what 20,000 documents need (6 GiB page cache, 4 GiB heap). */
export const DEFAULT_LOCAL_HEAP = '1g';
export const DEFAULT_LOCAL_PAGECACHE = '256m';

const SIZE_UNITS: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };

/** A JVM-style size (512m, 4g, 64k; any case) in bytes; null when it is not one. */
export function sizeInBytes(size: string): number | null {
  const match = /^(\d+)([kmg])$/i.exec(size);
  return match ? Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]! : null;
}

function sizeBytes(name: string, raw: string): number {
  const bytes = sizeInBytes(raw) ?? 0;
  if (bytes < 16 * 2 ** 20) throw new ConfigError(`${name} is malformed: ${JSON.stringify(raw)} (expected a size of at least 16m, such as 512m or 4g)`);
  return bytes;
}

/** NEO4J_LOCAL_HEAP and NEO4J_LOCAL_PAGECACHE, or their defaults. */
export function localNeo4jMemoryFromEnv(env: Env = process.env): LocalNeo4jMemory {
  const heap = env.NEO4J_LOCAL_HEAP?.trim() || DEFAULT_LOCAL_HEAP;
  const pageCache = env.NEO4J_LOCAL_PAGECACHE?.trim() || DEFAULT_LOCAL_PAGECACHE;
  sizeBytes('NEO4J_LOCAL_HEAP', heap);
  return { heap, pageCache, pageCacheBytes: sizeBytes('NEO4J_LOCAL_PAGECACHE', pageCache) };
}

/** NEO4J_MAVEN_REPO: Maven's local repository while provisioning, or undefined (Maven's default). */
export function mavenRepoFromEnv(env: Env = process.env): string | undefined {
  return env.NEO4J_MAVEN_REPO || undefined;
}

/**
 * The environment a child process runs with: this process's own (PATH, JAVA_HOME …)
 * plus `extra`. Not a setting of ours; here so that process.env stays in this file.
 */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

export interface Neo4jSettings {
  /** NEO4J_URI …: an external Neo4j, or null for the project's local one. */
  external: Neo4jConfig | null;
  /** NEO4J_LOCAL_PORT (used when `external` is null). */
  localPort?: number;
  /** NEO4J_LOCAL_HEAP, NEO4J_LOCAL_PAGECACHE (used when `external` is null). */
  localMemory?: LocalNeo4jMemory;
  /** NEO4J_MAVEN_REPO (provisioning the local Neo4j, when `external` is null). */
  mavenRepo?: string;
  /** NEO4J_TX_TIMEOUT_MS. */
  txTimeoutMs: number;
}

/**
 * What every command that talks to Neo4j needs (the CLI loads only this). The local
 * Neo4j's variables are read only when it is the one used (NEO4J_URI unset).
 */
export function neo4jSettingsFromEnv(env: Env = process.env): Neo4jSettings {
  const external = neo4jConfigFromEnv(env);
  const txTimeoutMs = txTimeoutMsFromEnv(env);
  if (external) return { external, txTimeoutMs };
  const localPort = localNeo4jPortFromEnv(env);
  const mavenRepo = mavenRepoFromEnv(env);
  return {
    external,
    ...(localPort !== undefined && { localPort }),
    localMemory: localNeo4jMemoryFromEnv(env),
    ...(mavenRepo !== undefined && { mavenRepo }),
    txTimeoutMs,
  };
}

// ---------------------------------------------------------------------------
// The server: HOST, PORT, LOG_LEVEL, NODE_ENV, INGEST_API_KEY

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4000;

/** pino's levels. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function hostFromEnv(env: Env = process.env): string {
  return env.HOST?.trim() || DEFAULT_HOST;
}

/** PORT: 0–65535 (0 = any free port). */
export function portFromEnv(env: Env = process.env): number {
  const raw = env.PORT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`PORT is malformed: ${JSON.stringify(raw)} (expected 0–65535)`);
  return n;
}

export function logLevelFromEnv(env: Env = process.env): LogLevel {
  const raw = env.LOG_LEVEL?.trim();
  if (raw === undefined || raw === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(`LOG_LEVEL is malformed: ${JSON.stringify(raw)} (expected one of ${LOG_LEVELS.join(', ')})`);
  }
  return raw as LogLevel;
}

/** NODE_ENV=production: no x-query-count header, introspection and playground off by default. */
export function isProductionFromEnv(env: Env = process.env): boolean {
  return env.NODE_ENV === 'production';
}

/** INGEST_API_KEY: the key the mutations need; undefined = mutations disabled. */
export function ingestApiKeyFromEnv(env: Env = process.env): string | undefined {
  const key = env.INGEST_API_KEY;
  return key === undefined || key === '' ? undefined : key;
}

// ---------------------------------------------------------------------------
// Limits and access: MAX_QUERY_DEPTH, MAX_QUERY_COST, READ_API_KEY, CORS_ORIGINS,
// ENABLE_INTROSPECTION, ENABLE_PLAYGROUND, ENABLE_EXPLORER (and NODE_ENV for the last three's default)

export const DEFAULT_MAX_QUERY_DEPTH = 12;
export const DEFAULT_MAX_QUERY_COST = 20_000;
export const DEFAULT_MAX_ROOT_FIELDS = 20;

export interface QueryLimits {
  /** Deepest nesting of object fields (introspection fields not counted). */
  maxDepth: number;
  /** Highest estimated cost (see src/server/plugins/queryCost.ts). */
  maxCost: number;
  /** Most root fields (aliases counted, fragments expanded) in one operation; unset: DEFAULT_MAX_ROOT_FIELDS. */
  maxRootFields?: number;
}

export interface AccessSettings {
  /** When set, every GraphQL request needs this key (or the ingest key). */
  readApiKey?: string;
  /** Origins allowed to call the API from a browser; empty = same-origin only. */
  corsOrigins: string[];
  introspection: boolean;
  playground: boolean;
  /** The graph explorer page (/explore); absent = off. */
  explorer?: boolean;
}

export function queryLimitsFromEnv(env: Env = process.env): QueryLimits {
  return {
    maxDepth: positiveInt('MAX_QUERY_DEPTH', env.MAX_QUERY_DEPTH, DEFAULT_MAX_QUERY_DEPTH),
    maxCost: positiveInt('MAX_QUERY_COST', env.MAX_QUERY_COST, DEFAULT_MAX_QUERY_COST),
    maxRootFields: positiveInt('MAX_ROOT_FIELDS', env.MAX_ROOT_FIELDS, DEFAULT_MAX_ROOT_FIELDS),
  };
}

// ---------------------------------------------------------------------------
// The server's share of Neo4j: MAX_READS_PER_REQUEST, NEO4J_MAX_POOL_SIZE,
// NEO4J_POOL_RESERVE, NEO4J_ACQUISITION_TIMEOUT_MS, MAX_CONCURRENT_EXPORTS (see src/graph/admission.ts)

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxReadsPerRequest: 4,
  poolSize: 100,
  poolReserve: 10,
  acquisitionTimeoutMs: 2_000,
  maxExports: 4,
};

export interface ReadLimits {
  /** Reads one request may have in flight at once; the rest wait inside the request. */
  maxReadsPerRequest: number;
  /** The driver's connection pool (maxConnectionPoolSize). */
  poolSize: number;
  /** Connections API reads (exports among them) never take, kept for writes and /health: reads in flight ≤ poolSize − poolReserve. */
  poolReserve: number;
  /** How long a read waits for a slot, and the driver for a pooled connection, before DATABASE_BUSY. */
  acquisitionTimeoutMs: number;
  /**
   * Exports streaming at once. Each holds one of the reads' connections for as long as
   * its client takes to download (up to 30 minutes), so without a bound a few stalled
   * downloads would hold the connections every other request needs.
   */
  maxExports: number;
}

export function readLimitsFromEnv(env: Env = process.env): ReadLimits {
  const d = DEFAULT_READ_LIMITS;
  const poolSize = positiveInt('NEO4J_MAX_POOL_SIZE', env.NEO4J_MAX_POOL_SIZE, d.poolSize);
  const poolReserve = nonNegativeInt('NEO4J_POOL_RESERVE', env.NEO4J_POOL_RESERVE, d.poolReserve);
  if (poolReserve >= poolSize) {
    throw new ConfigError(`NEO4J_POOL_RESERVE (${poolReserve}) must be smaller than NEO4J_MAX_POOL_SIZE (${poolSize}): reads need at least one connection`);
  }
  // Exports hold reads' connections: by default they leave other reads at least one.
  const readSlots = poolSize - poolReserve;
  const maxExports = positiveInt('MAX_CONCURRENT_EXPORTS', env.MAX_CONCURRENT_EXPORTS, Math.min(d.maxExports, Math.max(1, readSlots - 1)));
  if (maxExports >= readSlots && readSlots > 1) {
    throw new ConfigError(`MAX_CONCURRENT_EXPORTS (${maxExports}) must be smaller than NEO4J_MAX_POOL_SIZE − NEO4J_POOL_RESERVE (${readSlots}): exports hold reads' connections, and other reads need at least one`);
  }
  return {
    maxReadsPerRequest: positiveInt('MAX_READS_PER_REQUEST', env.MAX_READS_PER_REQUEST, d.maxReadsPerRequest),
    poolSize,
    poolReserve,
    acquisitionTimeoutMs: positiveInt('NEO4J_ACQUISITION_TIMEOUT_MS', env.NEO4J_ACQUISITION_TIMEOUT_MS, d.acquisitionTimeoutMs),
    maxExports,
  };
}

function nonNegativeInt(name: string, value: string | undefined, fallback: number): number {
  const raw = value?.trim();
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name} is malformed: ${JSON.stringify(raw)} (expected a whole number, 0 or more)`);
  return n;
}

export function accessFromEnv(env: Env = process.env): AccessSettings {
  const production = isProductionFromEnv(env);
  const readApiKey = env.READ_API_KEY;
  return {
    ...(readApiKey !== undefined && readApiKey !== '' && { readApiKey }),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter((o) => o !== ''),
    introspection: flag('ENABLE_INTROSPECTION', env.ENABLE_INTROSPECTION, !production),
    playground: flag('ENABLE_PLAYGROUND', env.ENABLE_PLAYGROUND, !production),
    explorer: flag('ENABLE_EXPLORER', env.ENABLE_EXPLORER, !production),
  };
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  const raw = value?.trim();
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name} is malformed: ${JSON.stringify(raw)} (expected a positive integer)`);
  return n;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  const raw = value?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} is malformed: ${JSON.stringify(raw)} (expected true or false)`);
}

export interface ServerSettings {
  host: string;
  /** 0 = any free port. */
  port: number;
  logLevel: LogLevel;
  /** NODE_ENV=production. */
  production: boolean;
  /** Unset: the mutations are disabled. */
  ingestApiKey?: string;
  limits: QueryLimits;
  /** The server's share of the connection pool (MAX_READS_PER_REQUEST, NEO4J_MAX_POOL_SIZE …). */
  reads: ReadLimits;
  access: AccessSettings;
}

export function serverSettingsFromEnv(env: Env = process.env): ServerSettings {
  const ingestApiKey = ingestApiKeyFromEnv(env);
  return {
    host: hostFromEnv(env),
    port: portFromEnv(env),
    logLevel: logLevelFromEnv(env),
    production: isProductionFromEnv(env),
    ...(ingestApiKey !== undefined && { ingestApiKey }),
    limits: queryLimitsFromEnv(env),
    reads: readLimitsFromEnv(env),
    access: accessFromEnv(env),
  };
}

// ---------------------------------------------------------------------------
// All of it

export interface Config {
  neo4j: Neo4jSettings;
  server: ServerSettings;
}

/** Every variable, validated: throws ConfigError naming the first bad one. */
export function loadConfig(env: Env = process.env): Config {
  return { neo4j: neo4jSettingsFromEnv(env), server: serverSettingsFromEnv(env) };
}
