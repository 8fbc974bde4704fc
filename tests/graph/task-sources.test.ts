// tasks(filter) draws its candidates from the most selective filter (a department's
// tasks, a regulation's, the full-text hits …) instead of all tasks, and checks only
// the filters that source does not already apply. Each such source must give exactly
// what filtering all tasks by every filter gives: the same query with the source
// forced to ALL is the reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageOrWithLists } from '../../src/graph/read/page.js';
import type { NodeRow } from '../../src/graph/read/rows.js';
import { taskPageStatement, type TaskOrdering, type TaskQuery, type TaskSource } from '../../src/graph/read/task.js';
import { GraphReader } from '../../src/graph/reader.js';
import { loadSeeds } from '../api/helpers.js';
import { closeTestDriver, testGraph } from '../setup/db.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

const WINDOW = { skip: 0, limit: 100 };

async function page(q: TaskQuery, orderBy: TaskOrdering, source?: TaskSource) {
  const statement = taskPageStatement(q, orderBy, source === undefined ? {} : { source });
  const { page } = await readPageOrWithLists<NodeRow>(new GraphReader(testGraph()), statement.cypher, statement.params, WINDOW, []);
  return { source: statement.source, page };
}

async function both(q: TaskQuery, orderBy: TaskOrdering = 'DOCUMENT_ORDER') {
  const chosen = await page(q, orderBy);
  const reference = await page(q, orderBy, 'ALL');
  const ids = (p: typeof chosen.page) => ({ totalCount: p.totalCount, ids: p.items.map((t) => t.id) });
  return { source: chosen.source, chosen: ids(chosen.page), reference: ids(reference.page) };
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

  it('expands only the role\'s relationships from a department (LEAD: LEADS), all three for ANY', () => {
    // The source comes first in the statement: its expand is the first [r:…].
    const expand = (q: TaskQuery) => taskPageStatement(q, 'DOCUMENT_ORDER').cypher.match(/\[r:[A-Z|]+\]/)?.[0];
    expect(expand({ department: 'dept_0123456789abcdef', role: 'LEAD' })).toBe('[r:LEADS]');
    expect(expand({ department: '社会事务科', role: 'SUPPORT' })).toBe('[r:SUPPORTS]');
    expect(expand({ department: 'dept_0123456789abcdef', role: 'ANY' })).toBe('[r:LEADS|SUPPORTS|INVOLVES]');
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

  it('several filters at once, in each ordering: the same as checking each on all tasks', async () => {
    const cases: Array<[TaskQuery, TaskOrdering, TaskSource, number]> = [
      [{ department: '各县(市、区)民政局', role: 'SUPPORT', year: 2024, region: '汕尾市' }, 'YEAR', 'DEPARTMENT_NAME', 27],
      [{ population: '儿童', includeSubgroups: true, leadSource: 'ISSUER' }, 'DOCUMENT_ORDER', 'POPULATION', 8],
      [{ regulation: '地名管理条例', citationMode: 'IMPLEMENTS', region: '厦门市' }, 'YEAR', 'REGULATION_NAME', 1],
      [{ department: '社会事务科', population: '残疾人', includeSubgroups: true }, 'RELEVANCE', 'DEPARTMENT_NAME', 1],
    ];
    const found: number[] = [];
    for (const [q, orderBy, source] of cases) {
      const r = await both(q, orderBy);
      expect(r.source).toBe(source);
      expect(r.chosen).toEqual(r.reference);
      found.push(r.chosen.totalCount);
    }
    expect(found).toEqual(cases.map((c) => c[3]));
  });

  it('a filter its source already applies is not checked again', () => {
    const byDepartment = taskPageStatement({ department: 'dept_0123456789abcdef', role: 'LEAD' }, 'DOCUMENT_ORDER');
    expect(byDepartment.source).toBe('DEPARTMENT_ID');
    expect(byDepartment.cypher).not.toContain('EXISTS');
    expect(byDepartment.cypher).not.toContain('fulltext');
    const withMode = taskPageStatement({ regulation: '地名管理条例', citationMode: 'IMPLEMENTS' }, 'DOCUMENT_ORDER').cypher;
    expect(withMode).toContain('c.mode = $citationMode');
  });

  it('words are always the source (the index is the only way to match them): with a region, the region filters the hits', async () => {
    expect(taskPageStatement({ text: '养老', department: '社会事务科' }, 'RELEVANCE').source).toBe('TEXT');
    const all = (await page({ text: '养老' }, 'RELEVANCE')).page;
    const xiamen = (await page({ text: '养老', region: '厦门市' }, 'RELEVANCE')).page;
    expect(all.totalCount).toBeGreaterThan(xiamen.totalCount);
    expect(xiamen.totalCount).toBeGreaterThan(0);
    expect(xiamen.items.map((t) => t.id)).toEqual(all.items.filter((t) => t.region === '厦门市').map((t) => t.id));
  });
});
