// Names that forgive, answers that explain (issue 16): region and regulation
// arguments in the forms people write them, organization arguments by id or name,
// suggestions when a name matches nothing, single characters and OR in search, a
// role without a department, outside agencies a task involves, statistics per
// document and per region, regulations of no policy kind left out unless asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closestNames } from '../../src/api/request/names.js';
import { toFulltextQuery } from '../../src/graph/read/fulltext.js';
import { regionForms, regulationName } from '../../src/graph/read/name.js';
import { closeTestDriver, testDriver, testGraph, testInfo } from '../setup/db.js';
import { gql, startTestServer } from '../server/helpers.js';
import { execute, loadSeeds, query } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

const ids = (nodes: Array<{ id: string }>) => nodes.map((n) => n.id).sort();
const cypher = async (text: string, params: Record<string, unknown> = {}) =>
  (await testDriver().executeQuery(text, params, { database: testInfo().database, routing: 'READ' })).records.map((r) => r.toObject());

describe('forms of a name', () => {
  it('a region with or without its suffix, a regulation in or out of its 《》 and by its short name', () => {
    expect(regionForms('汕尾')).toEqual(['汕尾', '汕尾市', '汕尾省', '汕尾县', '汕尾区']);
    expect(regionForms(' 汕尾市 ')).toEqual(['汕尾市', '汕尾']);
    expect(regulationName('《慈善法》')).toBe('中华人民共和国慈善法');
    expect(regulationName('慈善法')).toBe('中华人民共和国慈善法');
    expect(regulationName('《地名管理条例》')).toBe('地名管理条例');
    expect(regulationName('《》')).toBe('《》');
  });

  it('closest names: most shared characters relative to both lengths, then edit distance', () => {
    expect(closestNames('社会事物科', ['社会事务科', '社会救助科', '办公室', '社会福利科'])).toEqual(['社会事务科', '社会救助科', '社会福利科']);
    expect(closestNames('婚姻', ['办公室'])).toEqual([]);
  });
});

describe('region and regulation arguments', () => {
  it('region 汕尾 finds what 汕尾市 finds, in tasks, deadlines and indicators', async () => {
    const data = await query(`{
      a: tasks(filter: {region: "汕尾"}) { totalCount }
      b: tasks(filter: {region: "汕尾市"}) { totalCount }
      c: deadlines(filter: {region: "汕尾"}, asOf: "2024-06-30") { totalCount }
      d: deadlines(filter: {region: "汕尾市"}, asOf: "2024-06-30") { totalCount }
      e: indicators(filter: {region: "汕尾"}) { totalCount }
      f: indicators(filter: {region: "汕尾市"}) { totalCount }
    }`);
    expect([data.a.totalCount, data.c.totalCount, data.e.totalCount]).toEqual([31, data.d.totalCount, data.f.totalCount]);
    expect(data.b.totalCount).toBe(31);
    expect(data.c.totalCount).toBeGreaterThan(0);
  });

  it('《慈善法》, 慈善法 and 中华人民共和国慈善法 find the same task', async () => {
    const data = await query(`{
      a: tasks(filter: {regulation: "《慈善法》"}) { nodes { id } }
      b: tasks(filter: {regulation: "慈善法"}) { nodes { id } }
      c: tasks(filter: {regulation: "中华人民共和国慈善法"}) { nodes { id citations { regulation { name } } } }
    }`);
    expect(data.c.nodes).toHaveLength(1);
    expect(data.c.nodes[0].citations.map((c: { regulation: { name: string } }) => c.regulation.name)).toContain('中华人民共和国慈善法');
    expect(ids(data.a.nodes)).toEqual(ids(data.c.nodes));
    expect(ids(data.b.nodes)).toEqual(ids(data.c.nodes));
  });
});

describe('organization arguments by id or name', () => {
  it('coverage and departmentWorkload take the bureau by name (organization or the older organizationId) as by id', async () => {
    const [row] = await cypher(`MATCH (o:Organization {name: '汕尾市民政局'}) RETURN o.id AS id`);
    const id = row!.id as string;
    const data = await query(
      `query ($id: ID) {
        byId: coverage(organizationId: $id) { cells { taskCount } departments { id } }
        byName: coverage(organization: "汕尾市民政局") { cells { taskCount } departments { id } }
        byOldName: coverage(organizationId: "汕尾市民政局") { cells { taskCount } }
        loadById: departmentWorkload(organizationId: $id) { totalCount departments { department { id } led } }
        loadByName: departmentWorkload(organization: "汕尾市民政局") { totalCount departments { department { id } led } }
      }`,
      { id },
    );
    expect(data.byId.cells.length).toBeGreaterThan(0);
    expect(data.byName).toEqual(data.byId);
    expect(data.byOldName.cells).toEqual(data.byId.cells);
    expect(data.loadById.totalCount).toBe(14);
    expect(data.loadByName).toEqual(data.loadById);
  });

  it('accountability takes the regulation or population by name too; a name that names nothing is NOT_FOUND with suggestions', async () => {
    const [row] = await cypher(`MATCH (r:Regulation {name: '中华人民共和国慈善法'}) RETURN r.id AS id`);
    const shape = `{ subject { id } taskCount groups { department { name } tasks { task { id } } } }`;
    const data = await query(
      `query ($id: ID) {
        byId: accountability(regulationId: $id) ${shape}
        byTitle: accountability(regulationId: "《慈善法》") ${shape}
        byShortName: accountability(regulationId: "慈善法") ${shape}
        orphans: accountability(populationId: "孤儿") { subject { ... on Population { name } } taskCount }
      }`,
      { id: row!.id },
    );
    expect(data.byId.subject.id).toBe(row!.id);
    expect(data.byId.taskCount).toBe(1);
    expect([data.byTitle, data.byShortName]).toEqual([data.byId, data.byId]);
    expect(data.orphans.subject.name).toBe('孤儿');
    expect(data.orphans.taskCount).toBeGreaterThan(0);
    const missing = await execute(`{ accountability(populationId: "孤寡儿童") { taskCount } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(missing.context.suggestions.map((s) => [s.argument, s.value])).toEqual([['populationId', '孤寡儿童']]);
    expect(missing.context.suggestions[0]!.suggestions.length).toBeGreaterThan(0);
  });

  it('both arguments at once is the user’s error', async () => {
    const r = await execute(`{ coverage(organization: "汕尾市民政局", organizationId: "汕尾市民政局") { cells { taskCount } } }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a filter that matches nothing says so', () => {
  it('tasks: the name that matched no node, with the closest names; the data stays as it is', async () => {
    const r = await execute(`{ tasks(filter: {department: "社会事物科", region: "汕尾"}) { totalCount nodes { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ tasks: { totalCount: 0, nodes: [] } });
    // The region matched (汕尾市): only the department is reported.
    expect(r.context.suggestions).toEqual([
      { argument: 'filter.department', value: '社会事物科', suggestions: ['社会事务科', '社会救助科', '社会福利科', '社会组织管理科', '慈善事业促进和社会工作科'] },
    ]);
  });

  it('an empty answer whose names all match suggests nothing; an answer with items reads nothing more', async () => {
    const empty = await execute(`{ tasks(filter: {department: "社会事务科", region: "钦州"}) { totalCount } }`);
    expect(empty.data.tasks.totalCount).toBe(0);
    expect(empty.context.suggestions).toEqual([]);
    const found = await execute(`{ tasks(filter: {region: "汕尾"}) { totalCount } }`);
    expect([found.context.suggestions, found.context.queryCount]).toEqual([[], 1]);
  });

  it('regions, regulations, populations and bureaus too', async () => {
    const r = await execute(`{
      tasks(filter: {region: "汕头", regulation: "《慈善条例》", population: "失独老人"}) { totalCount }
      deadlines(filter: {organization: "汕尾民政局"}, asOf: "2024-06-30") { totalCount }
    }`);
    expect(r.data).toEqual({ tasks: { totalCount: 0 }, deadlines: { totalCount: 0 } });
    // Sorted: tasks and deadlines resolve side by side, either may explain first.
    expect([...r.context.suggestions].sort((a, b) => (a.argument < b.argument ? -1 : 1))).toMatchInlineSnapshot(`
      [
        {
          "argument": "filter.organization",
          "suggestions": [
            "汕尾市民政局",
            "厦门市民政局",
            "福州市民政局",
            "钦州市民政局",
          ],
          "value": "汕尾民政局",
        },
        {
          "argument": "filter.population",
          "suggestions": [
            "失能老人",
            "独居老人",
            "失能老年人",
            "老人",
            "独居老年人",
          ],
          "value": "失独老人",
        },
        {
          "argument": "filter.region",
          "suggestions": [
            "汕尾市",
          ],
          "value": "汕头",
        },
        {
          "argument": "filter.regulation",
          "suggestions": [
            "条例",
            "慈善法",
            "地名管理条例",
            "中华人民共和国慈善法",
            "厦门经济特区志愿服务条例",
          ],
          "value": "《慈善条例》",
        },
      ]
    `);
  });

  it('organizations by region (汕尾 as 汕尾市) and departments by bureau say so too', async () => {
    const r = await execute(`{
      a: organizations(region: "汕尾") { nodes { name } }
      b: organizations(region: "汕尾市") { nodes { name } }
      c: organizations(region: "汕头") { totalCount }
      d: departments(organization: "汕尾民政局") { totalCount }
    }`);
    expect(r.data.a).toEqual(r.data.b);
    expect(r.data.a.nodes.map((n: { name: string }) => n.name)).toContain('汕尾市民政局');
    expect([r.data.c.totalCount, r.data.d.totalCount]).toEqual([0, 0]);
    expect([...r.context.suggestions].sort((a, b) => (a.argument < b.argument ? -1 : 1)).map((s) => [s.argument, s.value, s.suggestions[0]])).toEqual([
      ['organization', '汕尾民政局', '汕尾市民政局'],
      ['region', '汕头', '汕尾市'],
    ]);
  });

  it('reach the client as extensions.suggestions', async () => {
    const server = await startTestServer({ graph: testGraph() });
    try {
      const res = await gql(server, `{ tasks(filter: {department: "社会事物科"}) { totalCount } }`);
      expect(res.body.data).toEqual({ tasks: { totalCount: 0 } });
      expect((res.body as { extensions?: unknown }).extensions).toEqual({
        suggestions: [{ argument: 'filter.department', value: '社会事物科', suggestions: ['社会事务科', '社会救助科', '社会福利科', '社会组织管理科', '慈善事业促进和社会工作科'] }],
      });
      const ok = await gql(server, `{ tasks(filter: {department: "社会事务科"}) { totalCount } }`);
      expect((ok.body as { extensions?: unknown }).extensions).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('search', () => {
  it('turns a single Chinese character into the terms that start or end with it, and OR into alternatives', () => {
    expect(toFulltextQuery('婚')).toBe('(婚* OR *婚)');
    expect(toFulltextQuery('殡葬 OR 婚姻')).toBe('("殡葬") OR ("婚姻")');
    expect(toFulltextQuery('殡葬 改革 OR 婚')).toBe('("殡葬" AND "改革") OR ((婚* OR *婚))');
    expect(toFulltextQuery('OR 殡葬 OR')).toBe('"殡葬"');
    expect(toFulltextQuery('OR')).toBeNull();
    expect(toFulltextQuery('a or b')).toBe('"a" AND "or" AND "b"');
  });

  it('婚 finds exactly the tasks whose title or text holds it', async () => {
    const contains = (await cypher(`MATCH (t:Task) WHERE t.title CONTAINS '婚' OR t.text CONTAINS '婚' RETURN t.id AS id ORDER BY id`)).map((r) => r.id);
    const data = await query(`{ search(text: "婚", first: 50) { totalCount hits { node { id __typename } } } }`);
    const tasks = data.search.hits.filter((h: { node: { __typename: string } }) => h.node.__typename === 'Task').map((h: { node: { id: string } }) => h.node.id).sort();
    expect(contains).toHaveLength(5);
    expect(tasks).toEqual(contains);
    // Every character of the seeds' tasks: the wildcard finds what CONTAINS finds.
    const chars = [...new Set(((await cypher(`MATCH (t:Task) RETURN t.title + t.text AS s`)).map((r) => r.s as string).join('').match(/\p{Script=Han}/gu) ?? []))].slice(0, 150);
    const { records } = await testDriver().executeQuery(
      `UNWIND $chars AS c
       CALL (c) { MATCH (t:Task) WHERE t.title CONTAINS c OR t.text CONTAINS c RETURN count(t) AS contains }
       CALL (c) { CALL db.index.fulltext.queryNodes('taskText', '(' + c + '* OR *' + c + ')') YIELD node RETURN count(node) AS found }
       WITH c, contains, found WHERE contains <> found
       RETURN c, contains, found`,
      { chars },
      { database: testInfo().database, routing: 'READ' },
    );
    expect(records.map((r) => r.toObject())).toEqual([]);
  });

  it('OR finds either: the union of both searches', async () => {
    const data = await query(`{
      either: search(text: "殡葬 OR 婚姻", first: 50) { totalCount hits { node { id } } }
      a: search(text: "殡葬", first: 50) { hits { node { id } } }
      b: search(text: "婚姻", first: 50) { hits { node { id } } }
    }`);
    const hit = (r: { hits: Array<{ node: { id: string } }> }) => r.hits.map((h) => h.node.id);
    expect(hit(data.either).sort()).toEqual([...new Set([...hit(data.a), ...hit(data.b)])].sort());
    expect(data.either.totalCount).toBe(13);
    const snippets = await query(`{ search(text: "殡葬 OR 婚姻", first: 50) { hits { snippet node { ... on Task { text } } } } }`);
    const taskHits = snippets.search.hits.filter((h: { node: { text?: string } }) => h.node.text);
    expect(taskHits.every((h: { snippet: string }) => /殡葬|婚姻/.test(h.snippet))).toBe(true);
  });
});

describe('roles', () => {
  it('role LEAD without a department keeps the tasks with an explicit lead', async () => {
    const data = await query(`{
      lead: tasks(filter: {role: LEAD}) { totalCount }
      explicit: tasks(filter: {leadSource: EXPLICIT}) { totalCount }
      any: tasks(filter: {role: ANY}) { totalCount }
      all: tasks { totalCount }
      support: tasks(filter: {role: SUPPORT}) { totalCount }
    }`);
    expect(data.lead.totalCount).toBe(28);
    expect(data.explicit.totalCount).toBe(28);
    expect(data.any.totalCount).toBe(data.all.totalCount);
    expect(data.support.totalCount).toBeLessThan(data.all.totalCount);
  });

  it('an outside agency a task only involves (公安部门, INVOLVES) is found under role ANY, not LEAD', async () => {
    const data = await query(`{
      any: tasks(filter: {department: "公安部门"}) { nodes { number document { region } involvedAgencies { department { name } } } }
      alias: tasks(filter: {department: "公安"}) { totalCount }
      lead: tasks(filter: {department: "公安部门", role: LEAD}) { totalCount }
    }`);
    expect(data.any.nodes).toHaveLength(1);
    expect(data.any.nodes[0].number).toBe('(十五)');
    expect(data.any.nodes[0].document.region).toBe('钦州市');
    expect(data.any.nodes[0].involvedAgencies.map((a: { department: { name: string } }) => a.department.name)).toContain('公安部门');
    expect([data.alias.totalCount, data.lead.totalCount]).toEqual([1, 0]);
    // The department's own tasks say the same.
    const dep = await query(`{ departments(nameContains: "公安部门") { nodes { tasks { totalCount } ledTasks { totalCount } workload { involved } } } }`);
    expect(dep.departments.nodes).toEqual([{ tasks: { totalCount: 1 }, ledTasks: { totalCount: 0 }, workload: { involved: 1 } }]);
  });
});

describe('fix while there', () => {
  it('a top-level task has depth 1, as Task.depth says', async () => {
    expect(await cypher(`MATCH (t:Task) WHERE NOT EXISTS { (:Task)-[:HAS_SUBTASK]->(t) } RETURN collect(DISTINCT toString(toInteger(t.depth))) AS depths`)).toEqual([{ depths: ['1'] }]);
    const data = await query(`{ tasks(first: 1) { nodes { depth subtasks { depth } } } }`);
    expect(data.tasks.nodes[0].depth).toBe(1);
  });

  it('regulations leave out titles of no policy kind (OTHER) unless asked for', async () => {
    const data = await query(`{
      policies: regulations(first: 100) { totalCount nodes { kind } }
      all: regulations(includeOther: true) { totalCount }
      other: regulations(kind: OTHER, first: 10) { nodes { name } }
    }`);
    expect(data.policies.totalCount).toBe(27);
    expect(data.policies.nodes.filter((n: { kind: string }) => n.kind === 'OTHER')).toEqual([]);
    expect(data.all.totalCount).toBe(31);
    expect(data.other.nodes.map((n: { name: string }) => n.name)).toEqual([
      '关于落实全面从严治党主体责任清单',
      '国家基本养老服务项目指导目录',
      '多名“90后”干部接受审查调查通报引发关注',
      '感悟思想伟力,凝聚奋进力量,在新起点上推动民政事业高质量发展',
    ]);
  });
});

describe('statistics per document and per region', () => {
  it('documentStats: each document with its counts, most tasks first', async () => {
    const data = await query(`{
      documentStats(asOf: "2024-06-30") {
        documentId title region year tasks explicitlyLed explicitLeadShare leadsNamed leadDepartments citations promises
        deadlines { total open dueSoon overdue undated }
        document { id }
      }
    }`);
    expect(data.documentStats.every((d: { documentId: string; document: { id: string } }) => d.document.id === d.documentId)).toBe(true);
    expect(data.documentStats.map(({ document: _, documentId: __, ...rest }: Record<string, unknown>) => rest)).toMatchInlineSnapshot(`
      [
        {
          "citations": 18,
          "deadlines": {
            "dueSoon": 0,
            "open": 0,
            "overdue": 5,
            "total": 6,
            "undated": 1,
          },
          "explicitLeadShare": 0,
          "explicitlyLed": 0,
          "leadDepartments": 0,
          "leadsNamed": 0,
          "promises": 18,
          "region": "厦门市",
          "tasks": 46,
          "title": "2022年全市民政工作要点",
          "year": 2022,
        },
        {
          "citations": 4,
          "deadlines": {
            "dueSoon": 0,
            "open": 5,
            "overdue": 0,
            "total": 5,
            "undated": 0,
          },
          "explicitLeadShare": 0.9032258064516129,
          "explicitlyLed": 28,
          "leadDepartments": 9,
          "leadsNamed": 33,
          "promises": 19,
          "region": "汕尾市",
          "tasks": 31,
          "title": "汕尾市民政局2024年工作要点",
          "year": 2024,
        },
        {
          "citations": 6,
          "deadlines": {
            "dueSoon": 0,
            "open": 0,
            "overdue": 2,
            "total": 2,
            "undated": 0,
          },
          "explicitLeadShare": 0,
          "explicitlyLed": 0,
          "leadDepartments": 0,
          "leadsNamed": 0,
          "promises": 20,
          "region": "钦州市",
          "tasks": 28,
          "title": "2022年钦州民政工作要点",
          "year": 2022,
        },
        {
          "citations": 1,
          "deadlines": {
            "dueSoon": 0,
            "open": 0,
            "overdue": 0,
            "total": 0,
            "undated": 0,
          },
          "explicitLeadShare": 0,
          "explicitlyLed": 0,
          "leadDepartments": 0,
          "leadsNamed": 0,
          "promises": 0,
          "region": "厦门市",
          "tasks": 12,
          "title": "弘扬特区精神 在学思践悟中彰显民政担当",
          "year": 2024,
        },
        {
          "citations": 4,
          "deadlines": {
            "dueSoon": 0,
            "open": 0,
            "overdue": 0,
            "total": 0,
            "undated": 0,
          },
          "explicitLeadShare": 0,
          "explicitlyLed": 0,
          "leadDepartments": 0,
          "leadsNamed": 0,
          "promises": 2,
          "region": "福州市",
          "tasks": 12,
          "title": "市民政局:念好“新、牢、实、严”四字诀 擦亮“四型机关”品牌 推动新时代福州民政事业高质量发展",
          "year": null,
        },
      ]
    `);
  });

  it('regionStats: which city names leads for most of its tasks, one query', async () => {
    const data = await query(`{
      regionStats(orderBy: EXPLICIT_LEAD_SHARE, asOf: "2024-06-30") {
        region documents tasks explicitlyLed explicitLeadShare leadsNamed citations promises deadlines { total overdue undated }
      }
    }`);
    expect(data.regionStats).toMatchInlineSnapshot(`
      [
        {
          "citations": 4,
          "deadlines": {
            "overdue": 0,
            "total": 5,
            "undated": 0,
          },
          "documents": 1,
          "explicitLeadShare": 0.9032258064516129,
          "explicitlyLed": 28,
          "leadsNamed": 33,
          "promises": 19,
          "region": "汕尾市",
          "tasks": 31,
        },
        {
          "citations": 19,
          "deadlines": {
            "overdue": 5,
            "total": 6,
            "undated": 1,
          },
          "documents": 2,
          "explicitLeadShare": 0,
          "explicitlyLed": 0,
          "leadsNamed": 0,
          "promises": 18,
          "region": "厦门市",
          "tasks": 58,
        },
        {
          "citations": 4,
          "deadlines": {
            "overdue": 0,
            "total": 0,
            "undated": 0,
          },
          "documents": 1,
          "explicitLeadShare": 0,
          "explicitlyLed": 0,
          "leadsNamed": 0,
          "promises": 2,
          "region": "福州市",
          "tasks": 12,
        },
        {
          "citations": 6,
          "deadlines": {
            "overdue": 2,
            "total": 2,
            "undated": 0,
          },
          "documents": 1,
          "explicitLeadShare": 0,
          "explicitlyLed": 0,
          "leadsNamed": 0,
          "promises": 20,
          "region": "钦州市",
          "tasks": 28,
        },
      ]
    `);
  });

  it('filters by region (汕尾), year and issuer by name', async () => {
    const data = await query(`{
      a: documentStats(filter: {region: "汕尾"}, asOf: "2024-06-30") { title tasks }
      b: documentStats(filter: {organization: "厦门市民政局", year: 2022}) { title }
      c: regionStats(filter: {documentKind: WORK_PLAN}, orderBy: TASKS) { region documents }
    }`);
    expect(data).toMatchInlineSnapshot(`
      {
        "a": [
          {
            "tasks": 31,
            "title": "汕尾市民政局2024年工作要点",
          },
        ],
        "b": [
          {
            "title": "2022年全市民政工作要点",
          },
        ],
        "c": [
          {
            "documents": 1,
            "region": "厦门市",
          },
          {
            "documents": 1,
            "region": "汕尾市",
          },
          {
            "documents": 1,
            "region": "钦州市",
          },
        ],
      }
    `);
  });
});
