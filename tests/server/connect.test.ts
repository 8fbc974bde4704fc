// Start-up connection: wait (with backoff) for a Neo4j that does not answer yet,
// fail at once on a mistake that waiting cannot fix.
import { createServer as createNetServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { connectWithRetry, retryDelayMs } from '../../src/server/connect.js';
import { testInfo } from '../setup/db.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

function useNeo4j(uri: string, password: string) {
  process.env.NEO4J_URI = uri;
  process.env.NEO4J_USER = testInfo().user;
  process.env.NEO4J_PASSWORD = password;
  process.env.NEO4J_DATABASE = testInfo().database;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as { port: number };
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

describe('connectWithRetry', () => {
  it('backs off 1, 2, 4, 8 s, then every 15 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });

  it('retries an unreachable Neo4j with a clear line per attempt', async () => {
    const port = await closedPort();
    useNeo4j(`bolt://127.0.0.1:${port}`, 'secret-password-123');
    const lines: string[] = [];
    await expect(connectWithRetry({ maxAttempts: 2, log: (l) => lines.push(l) })).rejects.toThrow(/connect/i);
    expect(lines).toEqual([`neo4j not reachable at bolt://127.0.0.1:${port}, retrying in 1 s (attempt 1): connect ECONNREFUSED 127.0.0.1:${port}`]);
  });

  it('connects when Neo4j answers', async () => {
    useNeo4j(testInfo().uri, testInfo().password);
    const graph = await connectWithRetry({ log: () => {} });
    try {
      expect(graph).toMatchObject({ uri: testInfo().uri, source: 'env', database: testInfo().database });
    } finally {
      await graph.driver.close();
    }
  });

  it('does not retry a wrong password', async () => {
    useNeo4j(testInfo().uri, 'not-the-password');
    const lines: string[] = [];
    await expect(connectWithRetry({ maxAttempts: 5, log: (l) => lines.push(l) })).rejects.toThrow(/auth|unauthorized/i);
    expect(lines).toEqual([]);
  });
});
