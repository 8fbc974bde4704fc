// Relay connections, node(id) and argument errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver, testGraph } from '../setup/db.js';
import { createApiContext } from '../../src/api/request/context.js';
import { loadCypher } from '../../src/graph/cypher.js';
import { windowedPage } from '../../src/graph/read/window.js';
import { taskPageStatement } from '../../src/graph/read/task.js';
import { codes, execute, loadSeeds, query } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

const TASKS_PAGE = `query($first: Int, $after: String) {
  tasks(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } }
}`;

/** Runs a query and returns its data with the statements it sent to Neo4j. */
async function withStatements(source: string, variables: Record<string, unknown>) {
  const context = createApiContext(testGraph(), { presentedApiKey: null, onInternalError: () => {} });
  const statements: string[] = [];
  const read = context.reader.readStatement.bind(context.reader);
  context.reader.readStatement = (cypher, ...rest) => (statements.push(cypher), read(cypher, ...rest));
  const r = await execute(source, variables, { context });
  expect(r.errors).toBeUndefined();
  return { data: r.data as any, statements };
}

describe('connections', () => {
  it('first defaults to 20; the next page after endCursor does not overlap and totalCount stays', async () => {
    const one = (await query(TASKS_PAGE)).tasks;
    expect(one.totalCount).toBe(129);
    expect(one.edges).toHaveLength(20);
    expect(one.nodes.map((n: any) => n.id)).toEqual(one.edges.map((e: any) => e.node.id));
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: one.edges[19].cursor });

    const two = (await query(TASKS_PAGE, { first: 20, after: one.pageInfo.endCursor })).tasks;
    expect(two.totalCount).toBe(129);
    expect(two.pageInfo.hasPreviousPage).toBe(true);
    const first = new Set(one.nodes.map((n: any) => n.id));
    expect(two.nodes.filter((n: any) => first.has(n.id))).toEqual([]);
    // The second page continues the same ordering: it is items 20–39 of a 40-item page.
    const forty = (await query(TASKS_PAGE, { first: 40 })).tasks;
    expect([...one.nodes, ...two.nodes]).toEqual(forty.nodes);
  });

  it('walking every page visits each task once and ends without a next page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const t: any = (await query(TASKS_PAGE, { first: 50, after })).tasks;
      seen.push(...t.nodes.map((n: any) => n.id));
      if (!t.pageInfo.hasNextPage) break;
      after = t.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(129);
    expect(new Set(seen).size).toBe(129);
  });

  it('without totalCount a page reads only its window and one more, and answers the same', async () => {
    const search = (count: string) => `query($first: Int, $after: String) {
      tasks(filter: {text: "养老"}, orderBy: RELEVANCE, first: $first, after: $after) { ${count} pageInfo { hasNextPage endCursor } nodes { id } }
    }`;
    const [COUNTED, UNCOUNTED] = [search('totalCount'), search('')];
    expect((await query(COUNTED, { first: 100 })).tasks.totalCount).toBe(13);
    const fifth = (await query(COUNTED, { first: 5 })).tasks.pageInfo.endCursor;
    const tenth = (await query(COUNTED, { first: 10 })).tasks.pageInfo.endCursor;
    for (const [first, after] of [[5, null], [5, fifth], [12, null], [13, null], [0, null], [5, tenth]] as const) {
      const { totalCount, ...counted } = (await query(COUNTED, { first, after })).tasks;
      expect((await query(UNCOUNTED, { first, after })).tasks, `first ${first} after ${after}`).toEqual(counted);
    }
    const last = (await query(UNCOUNTED, { first: 5, after: tenth })).tasks;
    expect([last.nodes.length, last.pageInfo.hasNextPage]).toEqual([3, false]);
    // Only the uncounted request limits its ordering (a top-N sort in the plan, not a sort of all 13 hits).
    const limited = async (source: string, variables: Record<string, unknown>) => {
      const { data, statements } = await withStatements(source, variables);
      return { limits: statements.map((cypher) => cypher.includes('LIMIT $skip + $limit + 1')), totalCount: data.tasks.totalCount };
    };
    expect([(await limited(COUNTED, { first: 5 })).limits, (await limited(UNCOUNTED, { first: 5 })).limits]).toEqual([[false], [true]]);
    // A totalCount that @include or @skip leaves out is not counted either.
    const directed = (directive: string) => `query($first: Int, $flag: Boolean!) { tasks(filter: {text: "养老"}, first: $first) { totalCount ${directive} nodes { id } } }`;
    for (const [directive, flag, counted] of [['@include(if: $flag)', false, false], ['@include(if: $flag)', true, true], ['@skip(if: $flag)', true, false], ['@skip(if: $flag)', false, true]] as const) {
      expect(await limited(directed(directive), { first: 5, flag }), `${directive} ${flag}`).toEqual({ limits: [!counted], totalCount: counted ? 13 : undefined });
    }
    const plan = await testGraph().driver.executeQuery(`EXPLAIN ${windowedPage(taskPageStatement({ text: '养老' }, 'RELEVANCE').cypher, { skip: 0, limit: 5, counted: false })}`, {}, { database: testGraph().database });
    const operators = (p: { operatorType: string; children: any[] }): string[] => [p.operatorType.split('@')[0]!, ...p.children.flatMap(operators)];
    expect(operators(plan.summary.plan as any)).toContain('Top');
  });

  it('first: 0 gives the count only', async () => {
    const t = (await query(TASKS_PAGE, { first: 0 })).tasks;
    expect([t.totalCount, t.nodes, t.pageInfo.endCursor, t.pageInfo.hasNextPage]).toEqual([129, [], null, true]);
  });

  it.each([
    ['first: 101', { first: 101 }],
    ['a negative first', { first: -1 }],
    ['a cursor that is not ours', { after: 'bm90LWEtY3Vyc29y' }],
    ['a cursor that is not base64', { after: '!!!' }],
  ])('%s is BAD_USER_INPUT', async (_name, variables) => {
    const r = await execute(TASKS_PAGE, variables);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.data).toBeNull();
  });

  it('nested connections page too: Document.tasks', async () => {
    const data = await query(`{ documents(region: "汕尾市") { nodes { title tasks(first: 3) { totalCount nodes { path } pageInfo { endCursor } } } } }`);
    const doc = data.documents.nodes[0];
    expect(doc.title).toBe('汕尾市民政局2024年工作要点');
    expect(doc.tasks.totalCount).toBe(31);
    expect(doc.tasks.nodes.map((t: any) => t.path.join(''))).toEqual(['一(一)', '一(二)', '一(三)']);
    const next = await query(`query($after: String) { documents(region: "汕尾市") { nodes { tasks(first: 2, after: $after) { nodes { path } } } } }`, {
      after: doc.tasks.pageInfo.endCursor,
    });
    expect(next.documents.nodes[0].tasks.nodes.map((t: any) => t.path.join(''))).toEqual(['一(四)', '二(一)']);
  });

  it('a nested list without totalCount reads only its window and one more, per parent, and answers the same', async () => {
    const ledTasks = (count: string) => `query($first: Int, $after: String) {
      departments(first: 40) { nodes { id ledTasks(first: $first, after: $after) { ${count} pageInfo { hasNextPage endCursor } nodes { id } } } }
    }`;
    const [COUNTED, UNCOUNTED] = [ledTasks('totalCount'), ledTasks('')];
    const counted = (await query(COUNTED, { first: 100 })).departments.nodes;
    // The seeds' 30 departments, by name: pages of 0 to 6 fall before, at and after each one's end.
    expect(counted.map((d: any) => d.ledTasks.totalCount)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 11, 6, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 5, 1, 2, 1, 0, 3, 0]);
    for (const first of [0, 2, 3, 5, 6]) {
      const withCount = (await query(COUNTED, { first })).departments.nodes.map((d: any) => ({ id: d.id, pageInfo: d.ledTasks.pageInfo, nodes: d.ledTasks.nodes }));
      const without = (await query(UNCOUNTED, { first })).departments.nodes.map((d: any) => ({ id: d.id, pageInfo: d.ledTasks.pageInfo, nodes: d.ledTasks.nodes }));
      expect(without, `first ${first}`).toEqual(withCount);
    }
    const { statements } = await withStatements(UNCOUNTED, { first: 2 });
    expect(statements.filter((cypher) => cypher.includes('UNWIND $ids')).map((cypher) => cypher.includes('LIMIT $skip + $limit + 1'))).toEqual([true]);
  });

  it("a department's nested tasks expand only the links of the role asked", async () => {
    const graph = testGraph();
    const run = (cypher: string, params: Record<string, unknown>) => graph.driver.executeQuery(cypher, params, { database: graph.database });
    // The department with the most links to tasks, of more than one kind.
    const [top] = (
      await run('MATCH (d:Department)-[r]-(:Task) WITH d, collect(DISTINCT type(r)) AS kinds, count(r) AS n WHERE size(kinds) > 1 RETURN d.id AS id ORDER BY n DESC, id LIMIT 1', {})
    ).records;
    const id = top!.get('id') as string;
    const links = await run('MATCH (:Department {id: $id})-[r]-(:Task) RETURN type(r) AS type, count(*) AS n ORDER BY type', { id });
    const byType = Object.fromEntries(links.records.map((r) => [r.get('type') as string, Number(r.get('n'))]));
    expect(byType).toEqual({ LEADS: 6, SUPPORTS: 1 });
    const expanded = async (role: string) => {
      const profile = await run(`PROFILE ${loadCypher('read/department/tasks')}`, { ids: [id], role, skip: 0, limit: 20 });
      const rows = (p: any): number => (p.operatorType.startsWith('Expand') ? p.rows : 0) + p.children.reduce((n: number, c: any) => n + rows(c), 0);
      return rows(profile.summary.profile);
    };
    expect([await expanded('LEAD'), await expanded('SUPPORT'), await expanded('ANY')]).toEqual([byType.LEADS, byType.SUPPORTS, byType.LEADS! + byType.SUPPORTS! + (byType.INVOLVES ?? 0)]);
  });

  it('top-level lists with their filters', async () => {
    const data = await query(`{
      documents { totalCount nodes { title year } }
      xiamen: documents(region: "厦门市") { totalCount }
      plans2022: documents(year: 2022, kind: WORK_PLAN) { nodes { title } }
      organizations { totalCount nodes { name level } }
      external: departments(kind: EXTERNAL) { totalCount }
      shanwei: departments(organization: "汕尾市民政局") { totalCount }
      laws: regulations(kind: LAW) { nodes { name } }
      lawsAndRegulations: regulations(kind: [LAW, REGULATION]) { totalCount nodes { kind } }
      noKind: regulations(kind: []) { totalCount }
      children: populations(nameContains: "儿童") { nodes { name } }
      initiatives(nameContains: "殡葬") { nodes { name tasks { nodes { title } } } }
    }`);
    expect(data.documents.totalCount).toBe(5);
    expect(data.documents.nodes.map((d: any) => d.year)).toEqual([2024, 2024, 2022, 2022, null]);
    expect(data.xiamen.totalCount).toBe(2);
    expect(data.plans2022.nodes.map((d: any) => d.title).sort()).toEqual(['2022年全市民政工作要点', '2022年钦州民政工作要点']);
    expect(data.organizations.nodes).toEqual([
      { name: '厦门市民政局', level: 'MUNICIPAL' },
      { name: '汕尾市民政局', level: 'MUNICIPAL' },
      { name: '福州市民政局', level: 'MUNICIPAL' },
      { name: '钦州市民政局', level: 'MUNICIPAL' },
    ]);
    expect(data.shanwei.totalCount).toBe(14);
    expect(data.laws.nodes.map((r: any) => r.name)).toEqual(['中华人民共和国慈善法', '中华人民共和国未成年人保护法']);
    // kind is a list: any of these kinds; an empty list matches nothing.
    expect(data.lawsAndRegulations.totalCount).toBe(5);
    expect(data.lawsAndRegulations.nodes.map((r: any) => r.kind).sort()).toEqual(['LAW', 'LAW', 'REGULATION', 'REGULATION', 'REGULATION']);
    expect(data.noKind.totalCount).toBe(0);
    expect(data.initiatives.nodes).toEqual([{ name: '绿美殡葬', tasks: { nodes: [{ title: '开展“绿美殡葬”系列行动' }] } }]);
    expect(data.children.nodes.map((p: any) => p.name)).toContain('困境儿童');
  });
});

describe('node(id)', () => {
  it('fetches every kind of entity by id', async () => {
    const { records } = await testGraph().driver.executeQuery(
      `MATCH (n) WITH labels(n)[0] AS label, min(n.id) AS id RETURN label, id ORDER BY label`,
      {},
      { database: testGraph().database, routing: 'READ' },
    );
    const samples = records.map((r) => ({ label: r.get('label') as string, id: r.get('id') as string }));
    expect(samples.map((s) => s.label)).toEqual([
      'Deadline', 'Department', 'Document', 'Indicator', 'Initiative', 'Organization', 'Population', 'Regulation', 'Section', 'Task',
    ]);
    const data = await query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: samples.map((s) => s.id) });
    expect(data.nodes).toEqual(samples.map((s) => ({ __typename: s.label, id: s.id })));
    for (const s of samples) {
      const one = await query(`query($id: ID!) { node(id: $id) { __typename id } }`, { id: s.id });
      expect(one.node).toEqual({ __typename: s.label, id: s.id });
    }
  });

  it('an indicator fetched on its own knows its task and evidence', async () => {
    const { records } = await testGraph().driver.executeQuery(
      `MATCH (t:Task)-[:HAS_INDICATOR]->(i:Indicator) WHERE i.text CONTAINS '1780' RETURN i.id AS id, t.id AS task`,
      {},
      { database: testGraph().database, routing: 'READ' },
    );
    const [row] = records;
    const data = await query(`query($id: ID!) { node(id: $id) { ... on Indicator { value unit task { id } evidence { mention document { title } } } } }`, {
      id: row!.get('id'),
    });
    expect(data.node).toMatchObject({ value: 1780, unit: '户', task: { id: row!.get('task') }, evidence: { document: { title: '汕尾市民政局2024年工作要点' } } });
    expect(data.node.evidence.mention).toContain('1780');
  });

  it('an unknown but well-formed id is null; a malformed one is BAD_USER_INPUT', async () => {
    expect((await query(`{ node(id: "task_0000000000000000") { id } }`)).node).toBeNull();
    expect((await query(`{ nodes(ids: ["task_0000000000000000"]) { id } }`)).nodes).toEqual([null]);
    for (const id of ['nope', 'task_123', 'xyz_0123456789abcdef', "task_0123456789abcdef' OR 1=1"]) {
      const r = await execute(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
