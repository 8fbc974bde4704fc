import { describe, expect, it } from 'vitest';
import { ConfigError, neo4jConfigFromEnv } from '../../src/config.js';

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
