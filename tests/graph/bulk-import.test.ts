// A bulk load (neo4j-admin import of the assembled corpus, src/ingest/bulk.ts) gives the
// graph that loading the same files one by one (in two runs) gives, plan-to-plan links included:
// compared node by node and relationship by relationship, every property with its type
// (integer or float), on a local Neo4j of its own. A second file of a document already
// in the import goes the transactional way (skipped here: the same text), a file that
// cannot be read fails alone, and a database that holds documents is refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, type Graph } from '../../src/graph/connection.js';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { BulkLoadError, bulkLoad, type BulkLoadResult } from '../../src/ingest/bulk.js';
import { ingestFiles } from '../../src/ingest/files.js';
import { stopLocalNeo4j } from '../../src/neo4j-local/local.js';
import { closeTestDriver, resetDatabase, testGraph } from '../setup/db.js';
import { dumpGraph, labelled, sampleCorpus, typed, type GraphDump } from './sample-corpus.js';

const folder = mkdtempSync(join(tmpdir(), 'prg-bulk-test-files-'));
const home = mkdtempSync(join(tmpdir(), 'prg-bulk-test-neo4j-'));
const files: string[] = [];
let normal: GraphDump;
let bulk: GraphDump;
let result: BulkLoadResult;
let bulkGraph: Graph;

/** When each version was read differs between the two loads: the rest of a version must not. */
const withoutReadingTimes = (dump: GraphDump): GraphDump => ({
  nodes: dump.nodes.map((n) => n.replace(/\\"ingestedAt\\":\\"[^\\]+\\"/g, '\\"ingestedAt\\":\\"…\\"')),
  relationships: dump.relationships,
});

beforeAll(async () => {
  const corpus = sampleCorpus();
  // Another file of the first seed (the same document: skipped), and a file that is no document.
  corpus.push({ name: 'copy-of-first-seed.txt', bytes: corpus[0]!.bytes }, { name: 'broken.txt', bytes: Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x00, 0xd8]) });
  for (const f of corpus) {
    const path = join(folder, f.name);
    writeFileSync(path, f.bytes);
    files.push(path);
  }
  await resetDatabase();
  await ensureReferenceData(testGraph());
  // In two loads, each linking its plans as kg ingest does: the links must not depend on
  // how the plans came (the generated plans tie by the dozen on issuer and year).
  await ingestFiles(testGraph(), files.slice(0, 25), { concurrency: 1, batchSize: 1 });
  await ingestFiles(testGraph(), files.slice(25), { concurrency: 1, batchSize: 1 });
  normal = withoutReadingTimes(await dumpGraph(testGraph()));

  result = await bulkLoad(files, { home, start: { port: 0, ownedByParent: true }, workers: 2 });
  bulkGraph = { driver: createDriver(result.local), database: 'neo4j' };
  bulk = withoutReadingTimes(await dumpGraph(bulkGraph));
}, 300_000);

afterAll(async () => {
  await bulkGraph?.driver.close();
  await stopLocalNeo4j({ home });
  rmSync(home, { recursive: true, force: true });
  rmSync(folder, { recursive: true, force: true });
  await closeTestDriver();
});

describe('a bulk load', () => {
  it('writes the graph a load of the same files one by one writes', () => {
    expect(bulk.nodes.length).toBe(normal.nodes.length);
    expect(bulk.relationships.length).toBe(normal.relationships.length);
    expect(bulk).toEqual(normal);
  });

  it('holds what the comparison is about: shared nodes, derived and plan-to-plan relationships', () => {
    const counts = Object.fromEntries(['Document', 'Task', 'Department', 'Regulation', 'Population'].map((l) => [l, labelled(bulk, l)]));
    expect(counts).toEqual({ Document: 47, Task: 1279, Department: 363, Regulation: 32, Population: 53 });
    expect(Object.fromEntries(['LEADS_CITING', 'CONTINUES', 'SUBGROUP_OF'].map((t) => [t, typed(bulk, t)]))).toEqual({ LEADS_CITING: 290, CONTINUES: 115, SUBGROUP_OF: 42 });
    // Empty lists survive the import (neo4j-admin cannot write them): taxonomy groups without aliases.
    expect(bulk.nodes.filter((n) => n.includes('"aliases":[]')).length).toBe(27);
    expect(bulk.nodes.some((n) => n.includes('BulkEmptyList') || n.includes('bulkEmptyLists'))).toBe(false);
  });

  it('reports each file as kg ingest does: loaded, the second file of a document skipped, an unreadable one failed', () => {
    const statuses = result.outcomes.map((o) => o.status);
    expect(statuses.filter((s) => s === 'loaded').length).toBe(47);
    expect(result.outcomes.at(-2)).toMatchObject({ status: 'skipped', documentId: result.outcomes[0]!.documentId });
    expect(result.outcomes.at(-1)).toMatchObject({ status: 'failed' });
    expect(result.outcomes.at(-1)!.error).toBe('undecodable text: invalid utf-16le after its byte order mark');
    expect(result.nodes).toBe(bulk.nodes.length);
  });

  it('refuses a database that holds documents, and leaves it as it was', async () => {
    await expect(bulkLoad(files.slice(0, 1), { home, start: { port: 0, ownedByParent: true } })).rejects.toThrow(BulkLoadError);
    await expect(bulkLoad(files.slice(0, 1), { home, start: { port: 0, ownedByParent: true } })).rejects.toThrow(/holds 47 document/);
    expect(withoutReadingTimes(await dumpGraph(bulkGraph))).toEqual(bulk);
  });
});
