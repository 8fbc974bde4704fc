import { describe, expect, it } from 'vitest';
import { localNeo4jStatus, startLocalNeo4j } from '../../src/neo4j-local/local.js';
import { testInfo } from '../setup/db.js';

// Only meaningful when the global setup started the throwaway local Neo4j.
const home = testInfo().localHome;

describe.skipIf(home === null)('local Neo4j', () => {
  it('reuses the running instance instead of starting a second one', async () => {
    const info = testInfo();
    const again = await startLocalNeo4j({ home: home! });
    expect(again.reused).toBe(true);
    expect(again.uri).toBe(info.uri);
    expect(again.password).toBe(info.password);
  });

  it('reports itself running', async () => {
    const s = await localNeo4jStatus({ home: home! });
    expect(s.state).toBe('running');
    expect(s.state === 'running' && s.uri).toBe(testInfo().uri);
  });
});
