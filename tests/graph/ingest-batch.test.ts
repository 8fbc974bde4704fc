// A batch writes what the same documents write one by one: ingest-documents.cypher
// writes each kind of row for the whole batch at once, so shared nodes (departments,
// regulations, bodies that are also issuers, populations) must still come out with the
// same properties, aliases and relationships as when each document had its own
// transaction. Compared node by node and relationship by relationship, every property
// with its type (integer or float), over the seeds and generated plans that share them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isInt } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument, loadMaterial } from '../../bench/corpus.js';
import { extractFile } from '../../src/formats/index.js';
import { ensureReferenceData, ingestDocuments, type IngestItem } from '../../src/graph/ingest.js';
import { closeTestDriver, resetDatabase, testGraph } from '../setup/db.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const ingestedAt = new Date('2026-01-01T00:00:00Z');

/** Every node and relationship as sorted text, integers told from floats. */
async function dump(): Promise<{ nodes: string[]; relationships: string[] }> {
  const graph = testGraph();
  const run = async (cypher: string) =>
    (await graph.driver.executeQuery(cypher, {}, { database: graph.database, routing: 'READ' })).records.map((r) => {
      const row = r.toObject();
      if (Array.isArray(row.labels)) row.labels = [...row.labels].sort();
      return JSON.stringify(row, (_, v) => (isInt(v) ? { int: v.toString() } : v));
    }).sort();
  return {
    nodes: await run('MATCH (n) RETURN labels(n) AS labels, n.id AS id, properties(n) AS props'),
    relationships: await run('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props'),
  };
}

let items: IngestItem[];
let oneByOne: Awaited<ReturnType<typeof dump>>;

beforeAll(async () => {
  const material = loadMaterial(SEEDS);
  const files: Array<{ name: string; bytes: Uint8Array }> = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) }));
  for (let i = 0; i < 40; i++) {
    const g = generateDocument(material, i);
    files.push({ name: g.fileName, bytes: g.bytes });
  }
  // An outside body named before the plan it issues: the batch writes every issuer before any body.
  files.push(
    { name: 'shenzhen-division.txt', bytes: Buffer.from('深圳市民政局关于印发2025年养老服务工作任务分工的通知\n一、养老服务\n1.推进居家养老服务。(牵头单位:广州市民政局、深圳市卫生健康委员会;配合单位:社会救助科)\n') },
    { name: 'guangzhou-plan.txt', bytes: Buffer.from('广州市民政局2025年工作要点\n一、社会救助\n1.完善救助,贯彻《社会救助暂行办法》。{牵头科室:社会救助科}\n') },
  );
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
    const labelled = (label: string) => oneByOne.nodes.filter((n) => (JSON.parse(n) as { labels: string[] }).labels.includes(label)).length;
    const typed = (type: string) => oneByOne.relationships.filter((r) => (JSON.parse(r) as { type: string }).type === type).length;
    const counts = Object.fromEntries(['Document', 'Department', 'Organization', 'Regulation', 'Population', 'Task'].map((l) => [l, labelled(l)]));
    const relationships = Object.fromEntries(['LEADS', 'SUPPORTS', 'CITES', 'PART_OF', 'ACCOUNTABLE_FOR', 'HAS_INDICATOR', 'HAS_DEADLINE', 'LEADS_CITING'].map((t) => [t, typed(t)]));
    const bodies = oneByOne.nodes.filter((n) => ['Organization', 'Department'].every((l) => (JSON.parse(n) as { labels: string[] }).labels.includes(l))).length;
    expect(counts).toEqual({ Document: 47, Department: 363, Organization: 24, Regulation: 32, Population: 53, Task: 1279 });
    // 广州市民政局 (an issuer too) and 深圳市卫生健康委员会.
    expect(bodies).toBe(2);
    expect(relationships).toEqual({
      LEADS: 1132, SUPPORTS: 1435, CITES: 342, PART_OF: 345, ACCOUNTABLE_FOR: 330, HAS_INDICATOR: 842, HAS_DEADLINE: 170, LEADS_CITING: 290,
    });
  });
});
