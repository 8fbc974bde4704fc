// tasks(filter) draws its candidates from the most selective filter (a department's
// tasks, a regulation's, the full-text hits …) instead of all tasks. Each such source
// must give exactly what filtering all tasks gives: the same query with the source
// forced to ALL is the reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../src/graph/read/lists.js';
import type { NodeRow } from '../../src/graph/read/rows.js';
import { taskPageParams, type TaskOrdering, type TaskQuery } from '../../src/graph/read/tasks.js';
import { GraphReader } from '../../src/graph/reader.js';
import { loadSeeds } from '../api/helpers.js';
import { closeTestDriver, testGraph } from '../setup/db.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

const WINDOW = { skip: 0, limit: 100 };

async function both(q: TaskQuery, orderBy: TaskOrdering = 'DOCUMENT_ORDER') {
  const reader = new GraphReader(testGraph());
  const params = taskPageParams(q, orderBy);
  const chosen = await readPage<NodeRow>(reader, 'tasks-page', params, WINDOW);
  const reference = await readPage<NodeRow>(reader, 'tasks-page', { ...params, source: 'ALL' }, WINDOW);
  const ids = (page: typeof chosen) => ({ totalCount: page.totalCount, ids: page.items.map((t) => t.id) });
  return { source: params.source, chosen: ids(chosen), reference: ids(reference) };
}

async function idOf(cypher: string): Promise<string> {
  const { records } = await testGraph().driver.executeQuery(cypher, {}, { database: testGraph().database });
  return records[0]!.get('id') as string;
}

describe('the candidate source of tasks(filter) changes nothing but the work', () => {
  it.each([
    ['a department by name, LEAD', { department: '社会事务科', role: 'LEAD' as const }, 'DEPARTMENT_NAME', null],
    ['a department by name, SUPPORT', { department: '各县(市、区)民政局', role: 'SUPPORT' as const }, 'DEPARTMENT_NAME', null],
    ['a regulation by name', { regulation: '地名管理条例' }, 'REGULATION_NAME', 2],
    ['a population with its subgroups', { population: '困境儿童', includeSubgroups: true }, 'POPULATION', null],
    ['a population alone', { population: '困境儿童' }, 'POPULATION', null],
  ])('%s', async (_name, q, source, expectedCount) => {
    const r = await both(q);
    expect(r.source).toBe(source);
    expect(r.chosen).toEqual(r.reference);
    expect(r.chosen.totalCount).toBeGreaterThan(0);
    if (expectedCount !== null) expect(r.chosen.totalCount).toBe(expectedCount);
  });

  it('by id: a department (index seek, role applied in the source), a regulation, a document, an initiative', async () => {
    const department = await idOf(
      "MATCH (:Organization {name: '汕尾市民政局'})<-[:PART_OF]-(d:Department {name: '社会事务科'}) RETURN d.id AS id",
    );
    const regulation = await idOf("MATCH (r:Regulation {name: '地名管理条例'}) RETURN r.id AS id");
    const documentId = await idOf("MATCH (d:Document {source: 'shanwei-2024-work-plan.txt'}) RETURN d.id AS id");
    const initiative = await idOf('MATCH (i:Initiative)<-[:PART_OF_INITIATIVE]-() RETURN i.id AS id ORDER BY i.id LIMIT 1');
    const cases: Array<[TaskQuery, string, number | null]> = [
      [{ department, role: 'LEAD' }, 'DEPARTMENT_ID', 5],
      [{ department, role: 'ANY', region: '汕尾市' }, 'DEPARTMENT_ID', null],
      [{ regulation }, 'REGULATION_ID', 2],
      [{ regulation, citationMode: 'IMPLEMENTS' }, 'REGULATION_ID', null],
      [{ documentId }, 'DOCUMENT', 31],
      [{ initiative }, 'INITIATIVE', null],
    ];
    for (const [q, source, count] of cases) {
      const r = await both(q);
      expect(r.source).toBe(source);
      expect(r.chosen).toEqual(r.reference);
      expect(r.chosen.totalCount).toBeGreaterThan(0);
      if (count !== null) expect(r.chosen.totalCount).toBe(count);
    }
  });

  it('words are always the source (the index is the only way to match them): with a region, the region filters the hits', async () => {
    const reader = new GraphReader(testGraph());
    const page = (q: TaskQuery) => readPage<NodeRow>(reader, 'tasks-page', taskPageParams(q, 'RELEVANCE'), WINDOW);
    expect(taskPageParams({ text: '养老', department: '社会事务科' }, 'RELEVANCE').source).toBe('TEXT');
    const all = await page({ text: '养老' });
    const xiamen = await page({ text: '养老', region: '厦门市' });
    expect(all.totalCount).toBeGreaterThan(xiamen.totalCount);
    expect(xiamen.totalCount).toBeGreaterThan(0);
    expect(xiamen.items.map((t) => t.id)).toEqual(all.items.filter((t) => t.region === '厦门市').map((t) => t.id));
  });
});
