// The derived LEADS_CITING (graph/model.ts DERIVED_RELATIONSHIPS) equals what it derives
// from, (Department)-[:LEADS]->(Task)-[:CITES]->(Regulation), after loading the seeds,
// deleting a plan, replacing one and restoring them; Regulation.departments read from it
// equals the same answer read through the paths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInt } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument, loadMaterial } from '../../bench/corpus.js';
import { extractDocument } from '../../src/extract/index.js';
import { CITATION_MODES, leadsCitingCount, type CitationMode } from '../../src/graph/model.js';
import { documentIdOf } from '../../src/graph/document-graph.js';
import { deriveMissing } from '../../src/graph/derived.js';
import { deleteDocument, ensureReferenceData, ingestDocument } from '../../src/graph/ingest.js';
import { listsByIds } from '../../src/graph/read/batch.js';
import { regulationReads } from '../../src/graph/read/regulation.js';
import { GraphReader } from '../../src/graph/reader.js';
import { ingestFiles, listDocumentFiles } from '../../src/ingest/files.js';
import { closeTestDriver, resetDatabase, testGraph } from '../setup/db.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const seed = (name: string) => readFileSync(join(SEEDS, name));

async function read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const graph = testGraph();
  const { records } = await graph.driver.executeQuery(cypher, params, { database: graph.database, routing: 'READ' });
  return JSON.parse(JSON.stringify(records.map((r) => r.toObject()), (_, v) => (isInt(v) ? v.toNumber() : v))) as T[];
}

type Pair = { dep: string; reg: string; taskCount: number; drafts: number; revises: number; implements: number; references: number };
const ORDER = 'ORDER BY dep, reg';

/** What LEADS_CITING holds. */
const derived = () =>
  read<Pair>(`MATCH (d:Department)-[r:LEADS_CITING]->(g:Regulation)
    RETURN d.id AS dep, g.id AS reg, r.taskCount AS taskCount, r.draftsTaskCount AS drafts, r.revisesTaskCount AS revises,
           r.implementsTaskCount AS implements, r.referencesTaskCount AS references ${ORDER}`);

/** What it should hold, counted from the paths. */
const recomputed = () =>
  read<Pair>(`MATCH (d:Department)-[:LEADS]->(t:Task)-[c:CITES]->(g:Regulation)
    WITH d, g, t, collect(c.mode) AS modes
    RETURN d.id AS dep, g.id AS reg, count(t) AS taskCount,
           count(CASE WHEN 'DRAFTS' IN modes THEN 1 END) AS drafts, count(CASE WHEN 'REVISES' IN modes THEN 1 END) AS revises,
           count(CASE WHEN 'IMPLEMENTS' IN modes THEN 1 END) AS implements, count(CASE WHEN 'REFERENCES' IN modes THEN 1 END) AS references ${ORDER}`);

/** Regulation.departments as it was read before LEADS_CITING: through every citing task. */
const throughPaths = (ids: string[], mode: CitationMode | null) =>
  read<{ id: string; items: Array<{ id: string; taskCount: number }> }>(
    `UNWIND $ids AS id MATCH (reg:Regulation {id: id})
     CALL (reg) {
       MATCH (dep:Department)-[:LEADS]->(t:Task)-[c:CITES]->(reg)
       WHERE $mode IS NULL OR c.mode = $mode
       WITH dep, count(DISTINCT t) AS taskCount ORDER BY taskCount DESC, dep.name, dep.id
       RETURN collect({id: dep.id, taskCount: taskCount}) AS items
     }
     RETURN id, items ORDER BY id`,
    { ids, mode },
  );

async function expectDerivedExact(): Promise<number> {
  const expected = await recomputed();
  expect(await derived()).toEqual(expected);
  const ids = (await read<{ id: string }>('MATCH (r:Regulation) RETURN r.id AS id ORDER BY id')).map((r) => r.id);
  const reader = new GraphReader(testGraph());
  for (const mode of [null, ...CITATION_MODES]) {
    const lists = await listsByIds(reader, regulationReads.departments, ids, { countKey: leadsCitingCount(mode), first: null });
    const counts = await listsByIds(reader, regulationReads.departmentCount, ids, { countKey: leadsCitingCount(mode) });
    const old = new Map((await throughPaths(ids, mode)).map((r) => [r.id, r.items]));
    expect(lists.map((l) => l.map((d) => ({ id: d.id, taskCount: d.taskCount }))), String(mode)).toEqual(ids.map((id) => old.get(id) ?? []));
    expect(counts.map((c) => c[0])).toEqual(ids.map((id) => (old.get(id) ?? []).length));
  }
  return expected.length;
}

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
});
afterAll(closeTestDriver);

const plan = 'shanwei-2024-work-plan.txt';
const generated: Array<ReturnType<typeof generateDocument>> = [];
const replaced = 'qinzhou-2022-work-plan.txt';

// Loading 45 documents takes a while on a loaded machine.
describe('LEADS_CITING, derived in the writing transaction', { timeout: 600_000 }, () => {
  it('equals the paths after loading the seeds and 40 generated plans', async () => {
    await ingestFiles(testGraph(), await listDocumentFiles([SEEDS]));
    const material = loadMaterial(SEEDS);
    for (let i = 0; i < 40; i++) {
      const g = generateDocument(material, i);
      generated.push(g);
      await ingestDocument(testGraph(), extractDocument(Buffer.from(g.bytes), g.fileName), g.fileName);
    }
    expect(await expectDerivedExact()).toBe(289);
    // IMPLEMENTS, as bench:api Q2 asks: the pairs and the tasks behind them.
    const [implementing] = await read<{ pairs: number; tasks: number }>(
      'MATCH ()-[r:LEADS_CITING]->() WHERE r.implementsTaskCount > 0 RETURN count(r) AS pairs, sum(r.implementsTaskCount) AS tasks',
    );
    expect(implementing).toEqual({ pairs: 176, tasks: 180 });
  });

  it('after deleting plans, and loading them again', async () => {
    expect(await deleteDocument(testGraph(), documentIdOf(extractDocument(seed(plan), plan)))).toBe(true);
    expect(await expectDerivedExact()).toBe(286);
    const g = generated[3]!;
    expect(await deleteDocument(testGraph(), documentIdOf(extractDocument(Buffer.from(g.bytes), g.fileName)))).toBe(true);
    expect(await expectDerivedExact()).toBe(283);
    expect((await ingestDocument(testGraph(), extractDocument(seed(plan), plan), plan)).status).toBe('loaded');
    expect((await ingestDocument(testGraph(), extractDocument(Buffer.from(g.bytes), g.fileName), g.fileName)).status).toBe('loaded');
    expect(await expectDerivedExact()).toBe(289);
  });

  it('after replacing a plan with a shorter version, and restoring it', async () => {
    const original = seed(replaced).toString('utf8');
    const cut = extractDocument(Buffer.from(original.slice(0, original.indexOf('(二十一)'))), replaced);
    expect((await ingestDocument(testGraph(), cut, replaced)).status).toBe('replaced');
    // Its eight last tasks named no lead of their own: the same pairs.
    expect(await expectDerivedExact()).toBe(289);
    // A generated plan in UTF-8 (one in ten is GB18030), cut in half.
    const utf8 = (d: (typeof generated)[number]) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(d.bytes);
        return true;
      } catch {
        return false;
      }
    };
    const g = generated.find((d, i) => i >= 5 && utf8(d))!;
    const text = new TextDecoder('utf-8', { fatal: true }).decode(g.bytes);
    const shorter = extractDocument(Buffer.from(text.slice(0, Math.floor(text.length / 2))), g.fileName);
    expect((await ingestDocument(testGraph(), shorter, g.fileName)).status).toBe('replaced');
    // The same pairs: other plans' tasks give them too.
    expect(await expectDerivedExact()).toBe(289);
    expect((await ingestDocument(testGraph(), extractDocument(Buffer.from(g.bytes), g.fileName), g.fileName)).status).toBe('replaced');
    expect((await ingestDocument(testGraph(), extractDocument(seed(replaced), replaced), replaced)).status).toBe('replaced');
    expect(await expectDerivedExact()).toBe(289);
  });

  it('is derived whole for a graph loaded before it existed', async () => {
    const before = await derived();
    await testGraph().driver.executeQuery('MATCH ()-[r:LEADS_CITING]->() DELETE r', {}, { database: testGraph().database });
    const [documents] = await read<{ n: number }>('MATCH (d:Document) RETURN count(d) AS n');
    expect(await deriveMissing(testGraph().driver, testGraph().database)).toBe(documents!.n);
    expect(await derived()).toEqual(before);
    expect(await deriveMissing(testGraph().driver, testGraph().database)).toBe(0);
  });
});
