// neo4j-admin database import into a local Neo4j's folder (src/neo4j-local/import.ts):
// bad import files end in one message that says what is wrong, and no half-built
// database is left for the next start to trip on; a value longer than the tool's read
// buffer (a long document's whole text) is imported all the same.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminImport } from '../../src/neo4j-local/import.js';
import { LocalNeo4jError } from '../../src/neo4j-local/provision.js';

const home = mkdtempSync(join(tmpdir(), 'prg-admin-import-test-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('adminImport', () => {
  it('fails on two nodes of one id with the tool\'s reason, and leaves no database behind', async () => {
    const nodes = join(home, 'nodes.csv');
    writeFileSync(nodes, 'id:ID,:LABEL,name\n"doc_1",Document,"一"\n"doc_1",Document,"二"\n');
    const failure = adminImport({ home, nodes: [nodes], relationships: [], arrayDelimiter: '\u001F' });
    await expect(failure).rejects.toThrow(LocalNeo4jError);
    await expect(failure).rejects.toThrow("neo4j-admin import failed: Id 'doc_1' is defined more than once in group 'global id space'");
    expect(existsSync(join(home, 'db', 'data', 'databases', 'neo4j'))).toBe(false);
    expect(existsSync(join(home, 'db', 'data', 'transactions', 'neo4j'))).toBe(false);
  }, 120_000);

  it('imports a value longer than its 4 MiB read buffer: a long document\'s whole text', async () => {
    const nodes = join(home, 'long.csv');
    const line = `"doc_2",Document,"${'文'.repeat(4_500_000)}"`;
    writeFileSync(nodes, `id:ID,:LABEL,text\n${line}\n`);
    expect(Buffer.byteLength(line)).toBeGreaterThan(13_000_000);
    await adminImport({ home, nodes: [nodes], relationships: [], arrayDelimiter: '\u001F' });
    expect(existsSync(join(home, 'db', 'data', 'databases', 'neo4j'))).toBe(true);
  }, 120_000);
});
