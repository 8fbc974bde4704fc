// Nested requests cost a fixed number of Cypher round trips: one per relation
// asked for (DataLoader batches every parent of a level into one query), none
// per item. The reader counts every query it runs on the request's context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext } from '../../src/api/request/context.js';
import { closeTestDriver, testGraph } from '../setup/db.js';
import { execute, loadSeeds } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

// 汕尾's tasks name their leads, so every level of the request has items.
const NESTED = `query($first: Int!) {
  tasks(first: $first, filter: {region: "汕尾市"}) {
    totalCount
    nodes {
      id
      leads {
        department {
          name
          ledTasks(first: 10) { totalCount nodes { id citations { mode regulation { name } } } }
        }
      }
    }
  }
}`;

async function measure(first: number) {
  const r = await execute(NESTED, { first });
  expect(r.errors).toBeUndefined();
  const tasks = r.data.tasks.nodes;
  const leads = tasks.flatMap((t: any) => t.leads);
  const ledTasks = leads.flatMap((l: any) => l.department.ledTasks.nodes);
  const citations = ledTasks.flatMap((t: any) => t.citations);
  return { queries: r.context.queryCount, tasks: tasks.length, leads: leads.length, ledTasks: ledTasks.length, citations: citations.length };
}

describe('no N+1', () => {
  it('tasks → leads → department → ledTasks → citations → regulation runs in 4 queries for 31 tasks', async () => {
    // 1 tasks page, 1 leads of all tasks, 1 led-tasks pages of all departments, 1 citations of all those tasks.
    // 33 lead links: 局办公室 11, 局机关党办 6, 社会事务科 5, 慈善…科 and 计划财务科 3 each, 社会福利科 2, three
    // departments 1 each. Each link brings its department's first 10 led tasks:
    // 11×10 + 6×6 + 5×5 + 2×(3×3) + 2×2 + 3×(1×1) = 196 tasks, which cite 30 times in all.
    expect(await measure(50)).toEqual({ queries: 4, tasks: 31, leads: 33, ledTasks: 196, citations: 30 });
  });

  it('and in the same 4 queries for 5 tasks', async () => {
    const small = await measure(5);
    expect(small.queries).toBe(4);
    expect(small.tasks).toBe(5);
  });

  it('each further relation adds one query, not one per item', async () => {
    const r = await execute(`{
      tasks(first: 50, filter: {region: "汕尾市"}) {
        nodes { document { title } section { title } supports { department { name } } populations { population { name } } indicators { value } }
      }
    }`);
    expect(r.errors).toBeUndefined();
    // tasks (with their populations in the same statement), node(document), task-context (section), supports, indicators.
    expect(r.context.queryCount).toBe(5);
  });

  it("a page of tasks brings its tasks' citations and populations in its own statement, with the same answer", async () => {
    const fields = 'id citations { mode title regulation { id name } evidence { sentence start } } populations { mention population { name } }';
    const together = await execute(`{ tasks(first: 50, filter: {region: "汕尾市"}) { nodes { ${fields} } } }`);
    // Through a fragment and edges { node } too.
    const viaEdges = await execute(`{ tasks(first: 50, filter: {region: "汕尾市"}) { edges { node { ...T } } } } fragment T on Task { ${fields} }`);
    // One task at a time (node(id) does not embed): the lists come from their own batch reads.
    const ids = (together.data.tasks.nodes as Array<{ id: string }>).map((t) => t.id);
    const apart = await execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Task { ${fields} } } }`, { ids });
    expect([together.context.queryCount, viaEdges.context.queryCount, apart.context.queryCount]).toEqual([1, 1, 3]);
    expect(together.data.tasks.nodes).toHaveLength(31);
    expect(viaEdges.data.tasks.edges.map((e: { node: unknown }) => e.node)).toEqual(together.data.tasks.nodes);
    expect(apart.data.nodes).toEqual(together.data.tasks.nodes);
    // The four citations of the 汕尾 2024 plan, in document order, with their modes.
    const citations = (together.data.tasks.nodes as Array<{ citations: Array<{ mode: string; regulation: { name: string } }> }>).flatMap((t) => t.citations);
    expect(citations.map((c) => [c.regulation.name, c.mode])).toEqual([
      ['关于进一步加强市民政局党组理论学习中心组工作的意见', 'DRAFTS'],
      ['中共汕尾市民政局党组关于落实“第一议题”学习制度', 'REVISES'],
      ['中共汕尾市民政局党组政治要件台账工作指引', 'DRAFTS'],
      ['关于加强困境儿童心理健康关爱服务工作的指导意见', 'IMPLEMENTS'],
    ]);
  });

  it("a page reads its tasks' text only when the query asks for it, and then in the same statement", async () => {
    const withText = await execute(`{ tasks(first: 50, filter: {region: "汕尾市"}) { nodes { id text } } }`);
    const viaFragment = await execute(`{ tasks(first: 50, filter: {region: "汕尾市"}) { edges { node { ... on Node { ...T } } } } } fragment T on Task { id text }`);
    const ids = (withText.data.tasks.nodes as Array<{ id: string }>).map((t) => t.id);
    const apart = await execute(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Task { id text } } }`, { ids });
    expect([withText.context.queryCount, viaFragment.context.queryCount]).toEqual([1, 1]);
    expect(withText.data.tasks.nodes).toHaveLength(31);
    expect(viaFragment.data.tasks.edges.map((e: { node: unknown }) => e.node)).toEqual(withText.data.tasks.nodes);
    expect(apart.data.nodes).toEqual(withText.data.tasks.nodes);
    expect(withText.data.tasks.nodes[0].text).toMatch(/^[^\s]{10,}/);
  });

  it('the count survives the shallow copy of the context Apollo Server makes for each operation', async () => {
    const context = createApiContext(testGraph(), { presentedApiKey: null });
    // What @apollo/server's internalExecuteOperation does with the context it is given.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context)), context);
    const r = await execute(NESTED, { first: 5 }, { context: copy });
    expect(r.errors).toBeUndefined();
    expect([copy.queryCount, context.queryCount]).toEqual([4, 4]);
  });

  it('a page of regulations brings departments(mode) along; the same field with two different arguments is left to its loader', async () => {
    const one = await execute('query($m: CitationMode) { regulations(first: 100) { nodes { id departments(mode: $m) { department { id } taskCount } } } }', { m: 'IMPLEMENTS' });
    const ids = (one.data.regulations.nodes as Array<{ id: string }>).map((r) => r.id);
    const apart = await execute('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Regulation { id departments(mode: IMPLEMENTS) { department { id } taskCount } } } }', { ids });
    const twoModes = await execute('{ regulations(first: 100) { nodes { id a: departments(mode: IMPLEMENTS) { taskCount } b: departments(mode: DRAFTS) { taskCount } } } }');
    expect([one.context.queryCount, apart.context.queryCount, twoModes.context.queryCount]).toEqual([1, 2, 3]);
    expect(apart.data.nodes).toEqual(one.data.regulations.nodes);
    // One regulation is implemented by a task with an explicit lead in the seeds (汕尾 社会福利科, see questions.test.ts).
    expect((one.data.regulations.nodes as Array<{ departments: unknown[] }>).filter((r) => r.departments.length > 0)).toHaveLength(1);
  });
});
