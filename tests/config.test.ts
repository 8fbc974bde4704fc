import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  DEFAULT_READ_LIMITS,
  DEFAULT_TX_TIMEOUT_MS,
  hostFromEnv,
  ingestApiKeyFromEnv,
  loadConfig,
  localNeo4jMemoryFromEnv,
  localNeo4jPortFromEnv,
  logLevelFromEnv,
  neo4jConfigFromEnv,
  portFromEnv,
  readLimitsFromEnv,
  txTimeoutMsFromEnv,
} from '../src/config.js';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    neo4jConfigFromEnv(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('neo4jConfigFromEnv', () => {
  it('returns null without NEO4J_URI (the local Neo4j is used)', () => {
    expect(neo4jConfigFromEnv({})).toBeNull();
    expect(neo4jConfigFromEnv({ NEO4J_URI: '  ', NEO4J_PASSWORD: 'x' })).toBeNull();
  });

  it('applies the defaults for user and database', () => {
    expect(neo4jConfigFromEnv({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_PASSWORD: 'secret' })).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'secret',
      database: 'neo4j',
    });
  });

  it('accepts every Neo4j scheme', () => {
    for (const scheme of ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc']) {
      const env = { NEO4J_URI: `${scheme}://db.example:7687`, NEO4J_USER: 'app', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'policy' };
      expect(neo4jConfigFromEnv(env)).toEqual({ uri: `${scheme}://db.example:7687`, user: 'app', password: 'pw', database: 'policy' });
    }
  });

  it('names NEO4J_URI when it is malformed', () => {
    const e = errorOf({ NEO4J_URI: 'htp://x', NEO4J_PASSWORD: 'pw' });
    expect(e.name).toBe('ConfigError');
    expect(e.message).toBe('NEO4J_URI is malformed: "htp://x" (expected bolt://, neo4j://, neo4j+s://… with a host)');
    expect(errorOf({ NEO4J_URI: 'bolt://', NEO4J_PASSWORD: 'pw' }).message).toBe(
      'NEO4J_URI is malformed: "bolt://" (expected bolt://, neo4j://, neo4j+s://… with a host)',
    );
    expect(errorOf({ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'pw' }).message).toBe(
      'NEO4J_URI is malformed: "localhost:7687" (expected bolt://, neo4j://, neo4j+s://… with a host)',
    );
  });

  it('never echoes credentials from a URI', () => {
    expect(errorOf({ NEO4J_URI: 'htp://me:hunter2@x', NEO4J_PASSWORD: 'pw' }).message).toBe(
      'NEO4J_URI is malformed: "htp://***@x" (expected bolt://, neo4j://, neo4j+s://… with a host)',
    );
    expect(errorOf({ NEO4J_URI: 'bolt://me:hunter2@x', NEO4J_PASSWORD: 'pw' }).message).toBe(
      'NEO4J_URI must not contain credentials; use NEO4J_USER and NEO4J_PASSWORD',
    );
  });

  it('names NEO4J_PASSWORD when it is missing', () => {
    expect(errorOf({ NEO4J_URI: 'bolt://localhost:7687' }).message).toBe(
      'NEO4J_PASSWORD is missing (required when NEO4J_URI is set)',
    );
  });

  it('names NEO4J_DATABASE when it is malformed', () => {
    expect(errorOf({ NEO4J_URI: 'bolt://localhost', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'my db' }).message).toBe(
      'NEO4J_DATABASE is malformed: "my db" (expected 3–63 letters, digits, dots or dashes, starting with a letter)',
    );
  });
});

describe('the other variables', () => {
  it('validate with messages that name them', () => {
    expect(portFromEnv({})).toBe(4000);
    expect(portFromEnv({ PORT: '0' })).toBe(0);
    expect(() => portFromEnv({ PORT: '70000' })).toThrow('PORT is malformed: "70000" (expected 0–65535)');
    expect(hostFromEnv({ HOST: ' 0.0.0.0 ' })).toBe('0.0.0.0');
    expect(logLevelFromEnv({})).toBe('info');
    expect(logLevelFromEnv({ LOG_LEVEL: 'silent' })).toBe('silent');
    expect(() => logLevelFromEnv({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(txTimeoutMsFromEnv({})).toBe(DEFAULT_TX_TIMEOUT_MS);
    expect(() => txTimeoutMsFromEnv({ NEO4J_TX_TIMEOUT_MS: '1.5' })).toThrow(/NEO4J_TX_TIMEOUT_MS is malformed/);
    expect(localNeo4jPortFromEnv({ NEO4J_LOCAL_PORT: '7687' })).toBe(7687);
    expect(() => localNeo4jPortFromEnv({ NEO4J_LOCAL_PORT: '0' })).toThrow(/NEO4J_LOCAL_PORT is malformed/);
    expect(localNeo4jMemoryFromEnv({})).toEqual({ heap: '1g', pageCache: '256m', pageCacheBytes: 268_435_456 });
    expect(localNeo4jMemoryFromEnv({ NEO4J_LOCAL_HEAP: '4g', NEO4J_LOCAL_PAGECACHE: '6G' })).toEqual({ heap: '4g', pageCache: '6G', pageCacheBytes: 6_442_450_944 });
    expect(() => localNeo4jMemoryFromEnv({ NEO4J_LOCAL_HEAP: '4 GB' })).toThrow(/NEO4J_LOCAL_HEAP is malformed/);
    expect(() => localNeo4jMemoryFromEnv({ NEO4J_LOCAL_PAGECACHE: '1m' })).toThrow(/NEO4J_LOCAL_PAGECACHE is malformed/);
    expect(ingestApiKeyFromEnv({ INGEST_API_KEY: '' })).toBeUndefined();
  });

  it("reads the server's share of the pool, refusing a reserve that leaves reads nothing and exports that leave other reads nothing", () => {
    expect(readLimitsFromEnv({})).toEqual(DEFAULT_READ_LIMITS);
    expect(readLimitsFromEnv({ MAX_READS_PER_REQUEST: '2', NEO4J_MAX_POOL_SIZE: '8', NEO4J_POOL_RESERVE: '0', NEO4J_ACQUISITION_TIMEOUT_MS: '500', MAX_CONCURRENT_EXPORTS: '7' })).toEqual({
      maxReadsPerRequest: 2,
      poolSize: 8,
      poolReserve: 0,
      acquisitionTimeoutMs: 500,
      maxExports: 7,
    });
    // By default at most 4 exports, and always fewer than the reads' connections.
    expect(readLimitsFromEnv({ NEO4J_MAX_POOL_SIZE: '6', NEO4J_POOL_RESERVE: '3' }).maxExports).toBe(2);
    expect(readLimitsFromEnv({ NEO4J_MAX_POOL_SIZE: '2', NEO4J_POOL_RESERVE: '1' }).maxExports).toBe(1);
    expect(() => readLimitsFromEnv({ NEO4J_MAX_POOL_SIZE: '20', NEO4J_POOL_RESERVE: '10', MAX_CONCURRENT_EXPORTS: '10' })).toThrow(
      "MAX_CONCURRENT_EXPORTS (10) must be smaller than NEO4J_MAX_POOL_SIZE − NEO4J_POOL_RESERVE (10): exports hold reads' connections, and other reads need at least one",
    );
    expect(() => readLimitsFromEnv({ MAX_CONCURRENT_EXPORTS: '0' })).toThrow(/MAX_CONCURRENT_EXPORTS is malformed/);
    expect(() => readLimitsFromEnv({ NEO4J_MAX_POOL_SIZE: '10', NEO4J_POOL_RESERVE: '10' })).toThrow(
      'NEO4J_POOL_RESERVE (10) must be smaller than NEO4J_MAX_POOL_SIZE (10): reads need at least one connection',
    );
    expect(() => readLimitsFromEnv({ NEO4J_POOL_RESERVE: '-1' })).toThrow('NEO4J_POOL_RESERVE is malformed: "-1" (expected a whole number, 0 or more)');
    expect(() => readLimitsFromEnv({ MAX_READS_PER_REQUEST: '0' })).toThrow(/MAX_READS_PER_REQUEST is malformed/);
  });

  it('loadConfig reads them all into one object', () => {
    expect(loadConfig({})).toEqual({
      neo4j: { external: null, localMemory: { heap: '1g', pageCache: '256m', pageCacheBytes: 268_435_456 }, txTimeoutMs: DEFAULT_TX_TIMEOUT_MS },
      server: {
        host: '127.0.0.1',
        port: 4000,
        logLevel: 'info',
        production: false,
        limits: { maxDepth: 12, maxCost: 20_000, maxRootFields: 20 },
        reads: { maxReadsPerRequest: 4, poolSize: 100, poolReserve: 10, acquisitionTimeoutMs: 2_000, maxExports: 4 },
        access: { corsOrigins: [], introspection: true, playground: true, explorer: true },
      },
    });
    const c = loadConfig({ NEO4J_URI: 'bolt://db.example', NEO4J_PASSWORD: 'pw', NEO4J_LOCAL_PORT: 'ignored', NODE_ENV: 'production', INGEST_API_KEY: 'k' });
    expect(c.neo4j).toEqual({ external: { uri: 'bolt://db.example', user: 'neo4j', password: 'pw', database: 'neo4j' }, txTimeoutMs: DEFAULT_TX_TIMEOUT_MS });
    expect(c.server).toMatchObject({ production: true, ingestApiKey: 'k', access: { introspection: false, playground: false, explorer: false } });
  });
});

// One place reads the environment, and the documentation names exactly what it reads.
describe('the environment variables', () => {
  const root = join(import.meta.dirname, '..');
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

  /** What src/config.ts reads, from its text: every read is written `env.NAME`. */
  const written = sorted([...read('src/config.ts').matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b/g)].map((m) => m[1]!));

  /** What loadConfig really reads: every key it asks of the environment, with and without NEO4J_URI. */
  function readByLoadConfig(): string[] {
    const seen = new Set<string>();
    const recording = (values: Record<string, string>) =>
      new Proxy(values, {
        get(target, key) {
          if (typeof key === 'string') seen.add(key);
          return target[key as string];
        },
      });
    loadConfig(recording({}));
    loadConfig(recording({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'pw' }));
    return sorted(seen);
  }

  /** The `| \`NAME\` |` rows of the README's Run, Limits and access and Neo4j sections. */
  function readmeTables(): string[] {
    const sections = read('README.md').split(/^## /m);
    const wanted = sections.filter((s) => /^(Run|Limits and access|Neo4j)\n/.test(s));
    expect(wanted).toHaveLength(3);
    return sorted(wanted.flatMap((s) => [...s.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \|/gm)].map((m) => m[1]!)));
  }

  it('config.ts reads every variable its text names, in loadConfig', () => {
    expect(written.length).toBeGreaterThan(10);
    expect(readByLoadConfig()).toEqual(written);
  });

  it("the README's tables list exactly the variables config.ts reads", () => {
    expect(readmeTables()).toEqual(written);
  });

  it('.env.example names exactly the variables config.ts reads', () => {
    const names = [...read('.env.example').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
    expect(sorted(names)).toEqual(written);
  });

  it('no other file of src/ touches process.env', () => {
    const readers = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => `src/${f.split(sep).join('/')}`)
      .filter((f) => /\bprocess\.env\b/.test(read(f)));
    expect(readers).toEqual(['src/config.ts']);
  });
});
