// The questions analysts, auditors and drawing tools ask, answered from the five
// seeds. Expected values were read off the seed texts (see the comments).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver } from '../setup/db.js';
import { loadSeeds, query } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

/** The id of the one task matching a filter. */
async function taskId(filter: Record<string, unknown>): Promise<string> {
  const data = await query<{ tasks: { nodes: Array<{ id: string }> } }>(
    'query($f: TaskFilter) { tasks(filter: $f) { nodes { id } } }',
    { f: filter },
  );
  expect(data.tasks.nodes).toHaveLength(1);
  return data.tasks.nodes[0]!.id;
}

describe('who leads the work that cites a law', () => {
  it('《地名管理条例》 is cited by one 钦州 and one 厦门 task, both owned by their bureau by default', async () => {
    // 钦州 (二十四)加强地名管理: 宣传贯彻新修订的《地名管理条例》; 厦门 28.加强和规范地名管理: 贯彻落实新修订的《地名管理条例》…
    // Neither names a lead, so each bureau answers for its own.
    const data = await query(`{
      tasks(filter: {regulation: "地名管理条例"}) {
        totalCount
        nodes { path title region leadSource leads { department { name } } accountableOrganization { name }
                citations { regulation { name } mode evidence { sentence } } }
      }
    }`);
    const tasks = data.tasks.nodes.map((t: any) => ({
      ...t,
      citations: t.citations.filter((c: any) => c.regulation.name === '地名管理条例'),
    }));
    expect(data.tasks.totalCount).toBe(2);
    // Both plans are of 2022: by document id (what each document is), 厦门's first.
    expect(tasks).toEqual([
      {
        path: ['七', '28.'],
        title: '加强和规范地名管理',
        region: '厦门市',
        leadSource: 'ISSUER',
        leads: [],
        accountableOrganization: { name: '厦门市民政局' },
        citations: [
          {
            regulation: { name: '地名管理条例' },
            mode: 'IMPLEMENTS',
            evidence: { sentence: '贯彻落实新修订的《地名管理条例》和《福建省地名管理办法》,推进《厦门市地名管理规定》修订。' },
          },
        ],
      },
      {
        path: ['十', '(二十四)'],
        title: '加强地名管理',
        region: '钦州市',
        leadSource: 'ISSUER',
        leads: [],
        accountableOrganization: { name: '钦州市民政局' },
        citations: [{ regulation: { name: '地名管理条例' }, mode: 'IMPLEMENTS', evidence: { sentence: '宣传贯彻新修订的《地名管理条例》。' } }],
      },
    ]);
  });

  it("汕尾's 社会事务科 leads exactly the five tasks of 二(六)", async () => {
    const data = await query(`{
      departments(nameContains: "社会事务科", organization: "汕尾市民政局") {
        totalCount
        nodes { name kind organization { name } workload { led supported }
                ledTasks { totalCount nodes { path title leads { department { name } evidence { sentence } } } } }
      }
    }`);
    expect(data.departments.totalCount).toBe(1);
    const dep = data.departments.nodes[0];
    expect([dep.name, dep.kind, dep.organization.name, dep.workload]).toEqual(['社会事务科', 'INTERNAL', '汕尾市民政局', { led: 5, supported: 2 }]);
    expect(dep.ledTasks.totalCount).toBe(5);
    expect(dep.ledTasks.nodes.map((t: any) => [t.path.join(''), t.title])).toEqual([
      ['二(六)1.', '开展“绿美殡葬”系列行动'],
      ['二(六)2.', '提升殡葬管理服务水平'],
      ['二(六)3.', '加大无人认领遗体处理工作力度'],
      ['二(六)4.', '优化婚姻管理服务'],
      ['二(六)5.', '提升残疾人福利水平'],
    ]);
    expect(dep.ledTasks.nodes[0].leads).toEqual([
      { department: { name: '社会事务科' }, evidence: { sentence: '{牵头科室:社会事务科;责任科室(单位):各县(市、区)民政局}' } },
    ]);
  });

  it('the same five through tasks(filter: {department, role: LEAD})', async () => {
    const data = await query(`{ tasks(filter: {department: "社会事务科", role: LEAD, region: "汕尾市"}) { totalCount nodes { number } } }`);
    expect(data.tasks.totalCount).toBe(5);
    expect(data.tasks.nodes.map((t: any) => t.number)).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('the departments leading the work that implements a regulation: departments(mode: IMPLEMENTS)', async () => {
    // 汕尾 二(三) {牵头科室:社会福利科…}: 落实《关于加强困境儿童心理健康关爱服务工作的指导意见》 (IMPLEMENTS).
    const data = await query(`{
      regulations(nameContains: "困境儿童心理健康") {
        nodes {
          any: departments { department { name } taskCount }
          implementing: departments(mode: IMPLEMENTS) { department { name organization { name } } taskCount }
          drafting: departments(mode: DRAFTS) { department { name } }
        }
      }
    }`);
    expect(data.regulations.nodes).toEqual([
      {
        any: [{ department: { name: '社会福利科' }, taskCount: 1 }],
        implementing: [{ department: { name: '社会福利科', organization: { name: '汕尾市民政局' } }, taskCount: 1 }],
        drafting: [],
      },
    ]);
  });

  it("which laws 汕尾's 社会福利科 cites in the work it leads", async () => {
    // 二(三) {牵头科室:社会福利科…}: 落实《关于加强困境儿童心理健康关爱服务工作的指导意见》
    const data = await query(`{
      departments(nameContains: "社会福利科", organization: "汕尾市民政局") {
        nodes { regulations(role: LEAD) { regulation { name kind } taskCount modes } }
      }
    }`);
    expect(data.departments.nodes[0].regulations).toEqual([
      { regulation: { name: '关于加强困境儿童心理健康关爱服务工作的指导意见', kind: 'OPINION' }, taskCount: 1, modes: ['IMPLEMENTS'] },
    ]);
  });
});

describe('accountability', () => {
  it('for 孤儿: 社会福利科 leads 汕尾 二(三); 厦门 and 钦州 own their tasks by default', async () => {
    // 孤儿 appears in 厦门 2022 task 8 and the 厦门 2024 article (no lead named), 钦州 (十一) and (十二)
    // (no annotations at all) and 汕尾 二(三) {牵头科室:社会福利科;责任科室(单位):各县(市、区)民政局}.
    const { populations } = await query(`{ populations(nameContains: "孤儿") { nodes { id name } } }`);
    const orphan = populations.nodes.find((p: any) => p.name === '孤儿');
    const data = await query(
      `query($id: ID) { accountability(populationId: $id) {
        subject { ... on Population { name } } taskCount
        groups { department { name } organization { name } defaultOwner leadCount supportCount defaultCount
                 tasks { task { path } role evidence { mention } } }
      } }`,
      { id: orphan.id },
    );
    const a = data.accountability;
    expect(a.subject).toEqual({ name: '孤儿' });
    expect(a.taskCount).toBe(5);
    expect(
      a.groups.map((g: any) => [
        g.department?.name ?? null,
        g.organization.name,
        g.defaultOwner,
        [g.leadCount, g.supportCount, g.defaultCount],
        g.tasks.map((t: any) => `${t.task.path.join('')}:${t.role}:${t.evidence?.mention ?? '-'}`),
      ]),
    ).toEqual([
      [null, '厦门市民政局', true, [0, 0, 2], ['二8.:DEFAULT_OWNER:-', '2¶4:DEFAULT_OWNER:-']],
      [null, '钦州市民政局', true, [0, 0, 2], ['五(十一):DEFAULT_OWNER:-', '五(十二):DEFAULT_OWNER:-']],
      ['社会福利科', '汕尾市民政局', false, [1, 0, 0], ['二(三):LEAD:社会福利科']],
      ['各县(市、区)民政局', '汕尾市民政局', false, [0, 1, 0], ['二(三):SUPPORT:各县(市、区)民政局']],
    ]);
  });

  it('for a regulation: the tasks citing 《地名管理条例》 fall to their two bureaus', async () => {
    const { regulations } = await query(`{ regulations(nameContains: "地名管理条例") { nodes { id name } } }`);
    const reg = regulations.nodes.find((r: any) => r.name === '地名管理条例');
    const data = await query(
      `query($id: ID) { accountability(regulationId: $id) { taskCount groups { department { name } organization { name } defaultCount } } }`,
      { id: reg.id },
    );
    expect(data.accountability).toEqual({
      taskCount: 2,
      groups: [
        { department: null, organization: { name: '厦门市民政局' }, defaultCount: 1 },
        { department: null, organization: { name: '钦州市民政局' }, defaultCount: 1 },
      ],
    });
  });
});

describe('responsibility chain', () => {
  it("汕尾's 适老化改造 promise: 社会福利科 leads, supported by two, under 汕尾市民政局", async () => {
    // 二(二)实施老龄工作和养老服务提质行动 …特殊困难老年人家庭适老化改造1780户…
    // {牵头科室:社会福利科;责任科室(单位):慈善事业促进和社会工作科,各县(市、区)民政局}
    const id = await taskId({ text: '适老化改造', region: '汕尾市' });
    const data = await query(
      `query($id: ID!) { responsibilityChain(taskId: $id) {
        task { title indicators { value unit text } }
        document { title } section { number title } parentTasks { title }
        leadSource accountableByDefault bureau { name }
        leads { department { name } organization { name } evidence { sentence mention } }
        supports { department { name } evidence { mention } }
        links { kind from { id } to { ... on Department { name } ... on Organization { name } ... on Task { title } ... on Section { title } } sentence }
      } }`,
      { id },
    );
    const chain = data.responsibilityChain;
    const annotation = '{牵头科室:社会福利科;责任科室(单位):慈善事业促进和社会工作科,各县(市、区)民政局}';
    expect(chain.task.title).toBe('实施老龄工作和养老服务提质行动');
    expect(chain.task.indicators).toContainEqual({ value: 1780, unit: '户', text: expect.stringContaining('1780户') });
    expect(chain.document.title).toBe('汕尾市民政局2024年工作要点');
    expect(chain.section).toEqual({ number: '二', title: '实施民政领域“八项行动”' });
    expect(chain.parentTasks).toEqual([]);
    expect([chain.leadSource, chain.accountableByDefault, chain.bureau.name]).toEqual(['EXPLICIT', false, '汕尾市民政局']);
    expect(chain.leads).toEqual([
      { department: { name: '社会福利科' }, organization: { name: '汕尾市民政局' }, evidence: { sentence: annotation, mention: '社会福利科' } },
    ]);
    expect(chain.supports.map((s: any) => s.department.name)).toEqual(['慈善事业促进和社会工作科', '各县(市、区)民政局']);
    expect(chain.links.map((l: any) => [l.kind, l.to.name ?? l.to.title, l.sentence])).toEqual([
      ['CONTAINS', '实施民政领域“八项行动”', '二、实施民政领域“八项行动”'],
      ['CONTAINS', '实施老龄工作和养老服务提质行动', '(二)实施老龄工作和养老服务提质行动'],
      ['LED_BY', '社会福利科', annotation],
      ['SUPPORTED_BY', '慈善事业促进和社会工作科', annotation],
      ['SUPPORTED_BY', '各县(市、区)民政局', annotation],
      ['PART_OF', '汕尾市民政局', null],
      ['PART_OF', '汕尾市民政局', null],
      ['PART_OF', '汕尾市民政局', null],
    ]);
  });

  it('a task naming no lead ends at its bureau, accountable by default', async () => {
    const id = await taskId({ regulation: '地名管理条例', region: '钦州市' });
    const data = await query(
      `query($id: ID!) { responsibilityChain(taskId: $id) { leadSource accountableByDefault bureau { name } leads { department { name } }
        issuerSource issuerEvidence { start end mention sentence }
        links { kind to { id } note sentence evidence { mention } } } }`,
      { id },
    );
    const chain = data.responsibilityChain;
    expect([chain.leadSource, chain.accountableByDefault, chain.bureau.name, chain.leads]).toEqual(['ISSUER', true, '钦州市民政局', []]);
    expect(chain.links.map((l: any) => l.kind)).toEqual(['CONTAINS', 'CONTAINS', 'OWNED_BY_DEFAULT', 'ISSUED_BY']);
    expect(chain.links[2].note).toBe('no lead department is named; 钦州市民政局, which issued the document, is accountable by default');
    // Where the issuer was read: the signature above the date of the cover letter.
    expect([chain.issuerSource, chain.issuerEvidence]).toEqual(['SIGNATURE', { start: 96, end: 102, mention: '钦州市民政局', sentence: '钦州市民政局' }]);
    expect(chain.links[3]).toMatchObject({ sentence: '钦州市民政局', evidence: { mention: '钦州市民政局' }, note: '《2022年钦州民政工作要点》 was issued by 钦州市民政局 (read from its signature)' });
  });

  it('a sub-task lists its parent tasks', async () => {
    const id = await taskId({ department: '社会事务科', role: 'LEAD', region: '汕尾市', text: '婚姻' });
    const data = await query(`query($id: ID!) { responsibilityChain(taskId: $id) { task { path } parentTasks { path title } links { kind } } }`, { id });
    expect(data.responsibilityChain.task.path).toEqual(['二', '(六)', '4.']);
    expect(data.responsibilityChain.parentTasks).toEqual([{ path: ['二', '(六)'], title: '实施专项事务便民利民行动' }]);
    expect(data.responsibilityChain.links.slice(0, 3).map((l: any) => l.kind)).toEqual(['CONTAINS', 'CONTAINS', 'CONTAINS']);
  });
});

describe('drawing', () => {
  it('a path from a 厦门 task to a 钦州 task runs through 《地名管理条例》', async () => {
    const from = await taskId({ regulation: '地名管理条例', region: '厦门市' });
    const to = await taskId({ regulation: '地名管理条例', region: '钦州市' });
    const data = await query(
      `query($from: ID!, $to: ID!) { path(fromId: $from, toId: $to) { nodes { id label name } edges { type from to properties } truncated } }`,
      { from, to },
    );
    const { nodes, edges, truncated } = data.path;
    expect(nodes.map((n: any) => [n.label, n.name])).toEqual([
      ['Task', '加强和规范地名管理'],
      ['Regulation', '地名管理条例'],
      ['Task', '加强地名管理'],
    ]);
    expect(edges.map((e: any) => [e.type, e.from, e.to, e.properties.mode])).toEqual([
      ['CITES', from, nodes[1].id, 'IMPLEMENTS'],
      ['CITES', to, nodes[1].id, 'IMPLEMENTS'],
    ]);
    expect(truncated).toBe(false);
  });

  it('path is empty when the nodes are further apart than maxDepth', async () => {
    const from = await taskId({ regulation: '地名管理条例', region: '厦门市' });
    const to = await taskId({ regulation: '地名管理条例', region: '钦州市' });
    const data = await query(`query($from: ID!, $to: ID!) { path(fromId: $from, toId: $to, maxDepth: 1) { nodes { id } edges { id } } }`, { from, to });
    expect(data.path).toEqual({ nodes: [], edges: [] });
  });

  it('the neighbourhood of 《地名管理条例》: its two citing tasks at depth 1, no document text', async () => {
    const { regulations } = await query(`{ regulations(nameContains: "地名管理条例") { nodes { id name } } }`);
    const reg = regulations.nodes.find((r: any) => r.name === '地名管理条例');
    const one = await query(`query($id: ID!) { neighborhood(id: $id) { nodes { label name } edges { type } truncated } }`, { id: reg.id });
    expect(one.neighborhood.nodes.map((n: any) => `${n.label}:${n.name}`).sort()).toEqual([
      'Regulation:地名管理条例',
      'Task:加强和规范地名管理',
      'Task:加强地名管理',
    ]);
    expect(one.neighborhood.edges.map((e: any) => e.type)).toEqual(['CITES', 'CITES']);
    expect(one.neighborhood.truncated).toBe(false);

    const cut = await query(`query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 5) { nodes { id label name } edges { from to } truncated } }`, { id: reg.id });
    expect(cut.neighborhood.nodes).toHaveLength(5);
    expect(cut.neighborhood.truncated).toBe(true);
    const kept = new Set(cut.neighborhood.nodes.map((n: any) => n.id));
    expect(cut.neighborhood.edges.every((e: any) => kept.has(e.from) && kept.has(e.to))).toBe(true);
    // A document appears only with its title.
    const docs = await query(`query($id: ID!) { neighborhood(id: $id, depth: 3, limit: 500) { nodes { label name } } }`, { id: reg.id });
    const longest = Math.max(...docs.neighborhood.nodes.filter((n: any) => n.label === 'Document').map((n: any) => n.name.length));
    expect(longest).toBeLessThan(200);

    // Asked without edges and names, the same nodes in the same order (edges and names are simply not read).
    const bare = await query(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { nodes { id label } truncated } }`, { id: reg.id });
    const full = await query(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { nodes { id label name } edges { id } truncated } }`, { id: reg.id });
    expect(bare.neighborhood.nodes).toEqual(full.neighborhood.nodes.map((n: any) => ({ id: n.id, label: n.label })));
    expect(bare.neighborhood.truncated).toBe(full.neighborhood.truncated);
    expect(full.neighborhood.edges.length).toBeGreaterThan(0);
  });
});

describe('full-text search', () => {
  it('殡葬 finds the seven tasks that say 殡葬, the regulation and the initiative named with it', async () => {
    // grep 殡葬 seeds/*.txt: one line (one task) in 福州, 钦州, both 厦门 documents, three in 汕尾.
    const data = await query(`{ search(text: "殡葬", first: 20) { totalCount hits { score snippet node { __typename ... on Task { title region } ... on Regulation { name } ... on Initiative { name } } } } }`);
    const { totalCount, hits } = data.search;
    expect(totalCount).toBe(9);
    expect(hits.map((h: any) => `${h.node.__typename}:${h.node.region ?? ''}:${(h.node.title ?? h.node.name).slice(0, 12)}`).sort()).toEqual([
      'Initiative::绿美殡葬',
      'Regulation::钦州市殡葬管理暂行办法',
      'Task:厦门市:在公共服务方面,牵头制定',
      'Task:厦门市:深化殡葬改革和服务创新',
      'Task:汕尾市:加大无人认领遗体处理工作',
      'Task:汕尾市:开展“绿美殡葬”系列行动',
      'Task:汕尾市:提升殡葬管理服务水平',
      'Task:福州市:聚焦基本社会服务,抓实“',
      'Task:钦州市:扎实推进殡葬领域改革',
    ]);
    expect(hits[0].node.title).toContain('殡葬');
    expect(hits.every((h: any) => h.snippet.includes('殡葬'))).toBe(true);
    const scores = hits.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('an exact term: 困境儿童 matches only texts containing 困境儿童, not 儿童 alone', async () => {
    const data = await query(`{ search(text: "困境儿童", first: 100) { totalCount hits { node { __typename ... on Task { text } ... on Population { name } ... on Regulation { name } ... on Section { title } ... on Initiative { name } } } } }`);
    expect(data.search.totalCount).toBe(data.search.hits.length);
    expect(data.search.totalCount).toBeGreaterThan(0);
    for (const hit of data.search.hits) expect(hit.node.text ?? hit.node.name ?? hit.node.title).toContain('困境儿童');
  });

  it('Lucene syntax in the input is literal, never an operator or a parse error', async () => {
    // Unescaped, *:* would match every indexed node and OR would widen the search.
    const count = async (text: string) => (await query(`query($t: String!) { search(text: $t) { totalCount } }`, { t: text })).search.totalCount;
    expect(await count('*:*')).toBe(0);
    expect(await count('殡葬 OR *:*')).toBe(9);
    expect(await count('殡葬) "[')).toBe(9);
  });
});

describe('aggregates', () => {
  it("汕尾's busiest departments, counted from its {牵头科室:…} annotations", async () => {
    // 牵头科室 counts in the seed: 局办公室 11 (办公室 ×3 included), 局机关党办 6, 社会事务科 5, 慈善…科 3 (one as 慈善和社工科), 计划财务科 3.
    const { organizations } = await query(`{ organizations(nameContains: "汕尾") { nodes { id } } }`);
    const data = await query(`query($org: ID) { departmentWorkload(organizationId: $org, first: 5) { totalCount departments { department { name } led supported total } } }`, {
      org: organizations.nodes[0].id,
    });
    expect(data.departmentWorkload.totalCount).toBe(14);
    expect(data.departmentWorkload.departments.map((d: any) => [d.department.name, d.led, d.supported, d.total])).toEqual([
      ['局办公室', 11, 0, 11],
      ['局机关党办', 6, 1, 7],
      ['社会事务科', 5, 2, 7],
      ['慈善事业促进和社会工作科', 3, 3, 6],
      ['计划财务科', 3, 0, 3],
    ]);
  });

  it('coverage: the populations each 汕尾 department leads work for', async () => {
    const { organizations } = await query(`{ organizations(nameContains: "汕尾") { nodes { id } } }`);
    const data = await query(`query($org: ID) { coverage(organizationId: $org, role: LEAD) { departments { name } cells { department { name } population { name } taskCount } } }`, {
      org: organizations.nodes[0].id,
    });
    expect(data.coverage.departments.map((d: any) => d.name)).toEqual(['局办公室', '社会事务科', '社会救助科', '社会福利科']);
    const welfare = data.coverage.cells.filter((c: any) => c.department.name === '社会福利科').map((c: any) => `${c.population.name}:${c.taskCount}`);
    // 二(二) (特殊困难老年人) and 二(三) (儿童, 困境儿童, 孤儿, 成年孤儿, 流动儿童, 留守儿童, 农村留守儿童),
    // both led by 社会福利科.
    expect(welfare).toEqual([
      '儿童:1', '农村留守儿童:1', '困境儿童:1', '孤儿:1', '成年孤儿:1', '流动儿童:1', '特殊困难老年人:1', '留守儿童:1',
    ]);
  });

  it('includeSubgroups walks SUBGROUP_OF: 困境儿童 with 孤儿, 事实无人抚养儿童, 残疾儿童', async () => {
    const data = await query(`{
      own: tasks(filter: {population: "困境儿童"}) { totalCount }
      all: tasks(filter: {population: "困境儿童", includeSubgroups: true}) { totalCount }
      populations(nameContains: "困境儿童") { nodes { name subgroups { name } ancestors { name } tasks { totalCount } withSubgroups: tasks(includeSubgroups: true) { totalCount } } }
    }`);
    const pop = data.populations.nodes[0];
    // With the compounds read by grammar: 留守困境儿童 (福州 三 一是).
    expect(pop.subgroups.map((p: any) => p.name)).toEqual(['事实无人抚养儿童', '孤儿', '残疾儿童', '留守困境儿童']);
    expect(pop.ancestors.map((p: any) => p.name)).toEqual(['儿童', '未成年人']);
    // Six tasks name 困境儿童 or an alias (困难儿童, 困境未成年人): 福州 三 一是, 钦州 (十二), 汕尾 二(三), 厦门 2022
    // 7. and 8., the 2024 article; 钦州 (十一) names only 孤儿 and 事实无人抚养儿童: it counts with the subgroups.
    expect([data.own.totalCount, data.all.totalCount]).toEqual([6, 7]);
    expect([pop.tasks.totalCount, pop.withSubgroups.totalCount]).toEqual([6, 7]);
  });

  it('includeSubgroups reaches compound populations: 孤儿 finds the task that names 散居孤儿', async () => {
    // 钦州 (十一): 2022年机构孤儿、散居孤儿(事实无人抚养儿童)基本生活保障标准…; 散居孤儿 SUBGROUP_OF 孤儿.
    const data = await query(`{
      scattered: tasks(filter: {population: "散居孤儿"}) { nodes { region path populations { mention population { name } } } }
      orphans: tasks(filter: {population: "孤儿", includeSubgroups: true}) { nodes { region path } }
      adultOwn: tasks(filter: {population: "成年孤儿"}) { totalCount }
      adultAll: tasks(filter: {population: "成年孤儿", includeSubgroups: true}) { nodes { region path } }
      populations(nameContains: "散居孤儿") { nodes { name ancestors { name } } }
    }`);
    expect(data.scattered.nodes.map((t: any) => [t.region, t.path])).toEqual([['钦州市', ['五', '(十一)']]]);
    expect(data.scattered.nodes[0].populations).toContainEqual({ mention: '散居孤儿', population: { name: '散居孤儿' } });
    expect(data.orphans.nodes.map((t: any) => [t.region, t.path])).toContainEqual(['钦州市', ['五', '(十一)']]);
    expect(data.populations.nodes).toEqual([{ name: '散居孤儿', ancestors: [{ name: '孤儿' }, { name: '困境儿童' }, { name: '儿童' }, { name: '未成年人' }] }]);
    // 汕尾 二(三) prints 集中供养成年孤儿 (成年孤儿: 集中供养 says how, not who); 厦门 8. (《福建省机构成年孤儿…》) names a subgroup.
    expect(data.adultOwn.totalCount).toBe(1);
    const adult = data.adultAll.nodes.map((t: any) => `${t.region} ${t.path.join('')}`).sort();
    expect(adult).toEqual(['厦门市 二8.', '汕尾市 二(三)']);
  });

  it('graphStats counts what was loaded', async () => {
    const data = await query(`{ graphStats { labels { label count } relationships { type count } } }`);
    const labels = Object.fromEntries(data.graphStats.labels.map((l: any) => [l.label, l.count]));
    expect([labels.Document, labels.Organization, labels.Task]).toEqual([5, 4, 129]);
  });
});
