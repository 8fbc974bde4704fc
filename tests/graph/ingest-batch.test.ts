// A batch writes what the same documents write one by one: ingest-documents.cypher
// writes each kind of row for the whole batch at once, so shared nodes (departments,
// regulations, bodies that are also issuers, populations) must still come out with the
// same properties, aliases and relationships as when each document had its own
// transaction. Compared node by node and relationship by relationship, every property
// with its type (integer or float), over the seeds and generated plans that share them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../src/formats/index.js';
import { ensureReferenceData, ingestDocuments, type IngestItem } from '../../src/graph/ingest.js';
import { closeTestDriver, resetDatabase, testGraph } from '../setup/db.js';
import { dumpGraph, labelled, sampleCorpus, typed, type GraphDump } from './sample-corpus.js';

const ingestedAt = new Date('2026-01-01T00:00:00Z');
const dump = () => dumpGraph(testGraph());

let items: IngestItem[];
let oneByOne: GraphDump;

beforeAll(async () => {
  const files = sampleCorpus();
  items = await Promise.all(files.map(async (f) => ({ doc: await extractFile(f.bytes, f.name), sourceName: f.name })));
  await resetDatabase();
  await ensureReferenceData(testGraph());
  for (const item of items) {
    const [outcome] = await ingestDocuments(testGraph(), [item], { ingestedAt });
    if (!outcome!.ok) throw outcome!.error;
  }
  oneByOne = await dump();
}, 300_000);
afterAll(closeTestDriver);

describe('a batch writes what its documents write one by one', () => {
  it('the same nodes and relationships, property for property, loaded as one batch', async () => {
    expect(items.length).toBe(47);
    await resetDatabase();
    await ensureReferenceData(testGraph());
    const outcomes = await ingestDocuments(testGraph(), items, { ingestedAt });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const batched = await dump();
    expect(batched.nodes.length).toBe(oneByOne.nodes.length);
    expect(batched.relationships.length).toBe(oneByOne.relationships.length);
    expect(batched).toEqual(oneByOne);
  }, 300_000);

  it('the graph holds what the comparison is about: shared departments, regulations and outside bodies', () => {
    const counts = Object.fromEntries(['Document', 'Department', 'Organization', 'Regulation', 'Population', 'Task'].map((l) => [l, labelled(oneByOne, l)]));
    const relationships = Object.fromEntries(['LEADS', 'SUPPORTS', 'CITES', 'PART_OF', 'ACCOUNTABLE_FOR', 'HAS_INDICATOR', 'HAS_DEADLINE', 'LEADS_CITING'].map((t) => [t, typed(oneByOne, t)]));
    const bodies = oneByOne.nodes.filter((n) => ['Organization', 'Department'].every((l) => (JSON.parse(n) as { labels: string[] }).labels.includes(l))).length;
    expect(counts).toEqual({ Document: 47, Department: 363, Organization: 24, Regulation: 32, Population: 53, Task: 1279 });
    // 广州市民政局 (an issuer too) and 深圳市卫生健康委员会.
    expect(bodies).toBe(2);
    expect(relationships).toEqual({
      LEADS: 1132, SUPPORTS: 1435, CITES: 342, PART_OF: 345, ACCOUNTABLE_FOR: 330, HAS_INDICATOR: 842, HAS_DEADLINE: 170, LEADS_CITING: 290,
    });
  });
});
