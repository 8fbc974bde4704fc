// No gaps in accountability, and outside bodies as first-class leads:
// - a bureau that issues one plan and leads a task in another body's plan is ONE node
//   (labels Organization and Department, the Organization id), found by tasks(filter),
//   departments, organizations, node(id), neighborhood and the responsibility chain;
// - a parent task whose sub-tasks name the leads is led through them (SUBTASKS);
// - a task naming no lead is its bureau's by default (ISSUER), with where the issuer was read.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/extract/types.js';
import { buildDocumentGraph, documentIdOf, isOutsideBody } from '../../src/graph/document-graph.js';
import { nodeId } from '../../src/graph/ids.js';
import { deleteDocument, ensureReferenceData, ingestDocument } from '../../src/graph/ingest.js';
import { closeTestDriver, resetDatabase, testGraph } from '../setup/db.js';
import { query } from './helpers.js';

// Document A: 广州市民政局's own work plan (issuer read from its title line).
const A_TEXT = [
  '广州市民政局2024年工作要点',
  '一、兜底保障',
  '(一)加强社会救助。{牵头科室:社会救助科}',
  '(二)推进养老服务。贯彻落实《养老机构管理办法》。',
  '1.建设社区养老服务网络。{牵头科室:养老服务科;责任科室(单位):各区民政局}',
  '2.发展老年助餐服务。{牵头科室:社会福利科}',
  '(三)做好区划地名工作。',
  '',
].join('\n');
// Document B: the city government office's plan, whose tasks 广州市民政局 leads as an outside body.
const B_ANNOTATION = '(牵头单位:市民政局,配合单位:市财政局)';
const B_TEXT = [
  '广州市人民政府办公厅关于印发广州市2024年民生实事分解落实方案的通知',
  '各区人民政府,市政府各部门、各直属机构:',
  '《广州市2024年民生实事分解落实方案》已经市人民政府同意,现印发给你们,请认真组织实施。',
  '广州市2024年民生实事分解落实方案',
  '一、养老服务',
  `(一)新增家庭养老床位1000张。${B_ANNOTATION}`,
  '(二)推进长者饭堂建设。(牵头单位:市民政局;配合单位:市财政局、市卫生健康委)',
  '',
].join('\n');

const BUREAU = '广州市民政局';
const BUREAU_ID = nodeId('Organization', BUREAU);
const A = { key: 'guangzhou-mzj-2024.txt', title: '广州市民政局2024年工作要点' };
const B = { key: 'guangzhou-gov-2024-minsheng.txt', title: '广州市2024年民生实事分解落实方案' };

const extract = (text: string, key: string) => extractDocument(text, key);

async function load(...docs: Array<[string, string]>) {
  for (const [text, key] of docs) await ingestDocument(testGraph(), extract(text, key), key);
}

async function cypher<T = Record<string, unknown>>(statement: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const graph = testGraph();
  const { records } = await graph.driver.executeQuery(statement, params, { database: graph.database, routing: 'READ' });
  const plain = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);
  return records.map((r) => Object.fromEntries(Object.entries(r.toObject()).map(([k, v]) => [k, plain(v)])) as T);
}

/** Every node named 广州市民政局, with its labels and id. */
const bureauNodes = () =>
  cypher<{ id: string; labels: string[] }>(
    'MATCH (n {name: $name}) RETURN n.id AS id, [l IN labels(n) WHERE NOT l STARTS WITH "_"] AS labels ORDER BY id',
    { name: BUREAU },
  ).then((rows) => rows.map((r) => ({ id: r.id, labels: [...r.labels].sort() })));

/** A document's id is what it is (issuer, title, year), not its file name: the id of the text loaded under this key. */
const documentIdFor = (docKey: string): string => documentIdOf(docKey === A.key ? extract(A_TEXT, A.key) : extract(B_TEXT, B.key));
const taskIdOf = (docKey: string, path: string[]) => nodeId('Task', documentIdFor(docKey), path.join('/'));

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
  await load([A_TEXT, A.key], [B_TEXT, B.key]);
});
afterAll(closeTestDriver);

describe('the extractor reads what the graph needs', () => {
  it('B names 广州市民政局 (printed 市民政局) as lead with its role word, A is issued by it, read from the title', () => {
    const a = extract(A_TEXT, A.key);
    const b = extract(B_TEXT, B.key);
    expect([a.document.issuer, a.document.issuerSource]).toEqual([BUREAU, 'TITLE']);
    expect([b.document.issuer, b.document.issuerSource]).toEqual(['广州市人民政府办公厅', 'TITLE']);
    expect(b.tasks[0]!.leads.map((l) => [l.name, l.mention, l.kind, l.roleWord])).toEqual([[BUREAU, '市民政局', 'EXTERNAL', '牵头单位']]);
    expect(b.tasks[0]!.supports.map((l) => [l.name, l.mention, l.kind, l.roleWord])).toEqual([['广州市财政局', '市财政局', 'EXTERNAL', '配合单位']]);
    expect(a.tasks.map((t) => [t.path.join(''), t.leadSource])).toEqual([
      ['一(一)', 'EXPLICIT'],
      ['一(二)', 'SUBTASKS'],
      ['一(二)1.', 'EXPLICIT'],
      ['一(二)2.', 'EXPLICIT'],
      ['一(三)', 'ISSUER'],
    ]);
  });
});

describe('one node per body', () => {
  it('广州市民政局 is one node, an Organization and a Department, with the Organization id', async () => {
    expect(await bureauNodes()).toEqual([{ id: BUREAU_ID, labels: ['Department', 'Organization'] }]);
    const [row] = await cypher<{ issued: string[]; leads: string[]; supports: number }>(
      `MATCH (o:Organization {id: $id})
       RETURN [(d)-[:ISSUED_BY]->(o) | d.title] AS issued, [(o)-[:LEADS]->(t) | t.title] AS leads, size([(o)-[:SUPPORTS]->(t) | t]) AS supports`,
      { id: BUREAU_ID },
    );
    expect({ ...row, leads: [...row!.leads].sort() }).toEqual({ issued: [A.title], leads: ['推进长者饭堂建设', '新增家庭养老床位1000张'], supports: 0 });
  });

  it('its own 科室 stay its own (PART_OF), the outside bodies of B are bodies too', async () => {
    const { organizations } = await query(`{ organizations(nameContains: "广州市") { nodes { id name kind level region departments { name kind } documents { title } } } }`);
    expect(organizations.nodes).toEqual([
      { id: nodeId('Organization', '广州市人民政府办公厅'), name: '广州市人民政府办公厅', kind: null, level: 'MUNICIPAL', region: '广州市', departments: [], documents: [{ title: B.title }] },
      { id: nodeId('Organization', '广州市卫生健康委员会'), name: '广州市卫生健康委员会', kind: 'EXTERNAL', level: 'MUNICIPAL', region: '广州市', departments: [], documents: [] },
      {
        id: BUREAU_ID,
        name: BUREAU,
        kind: 'EXTERNAL',
        level: 'MUNICIPAL',
        region: '广州市',
        // By name (code point order).
        departments: [
          { name: '养老服务科', kind: 'INTERNAL' },
          { name: '各区民政局', kind: 'SUBORDINATE' },
          { name: '社会救助科', kind: 'INTERNAL' },
          { name: '社会福利科', kind: 'INTERNAL' },
        ],
        documents: [{ title: A.title }],
      },
      { id: nodeId('Organization', '广州市财政局'), name: '广州市财政局', kind: 'EXTERNAL', level: 'MUNICIPAL', region: '广州市', departments: [], documents: [] },
    ]);
  });

  it('tasks(filter: {department, role: LEAD}) by name and by id', async () => {
    const ask = (department: string, role: string) =>
      query(`query($d: String!) { tasks(filter: {department: $d, role: ${role}}) { totalCount nodes { title document { title } } } }`, { d: department });
    const led = { totalCount: 2, nodes: [{ title: '新增家庭养老床位1000张', document: { title: B.title } }, { title: '推进长者饭堂建设', document: { title: B.title } }] };
    expect((await ask(BUREAU, 'LEAD')).tasks).toEqual(led);
    expect((await ask(BUREAU_ID, 'LEAD')).tasks).toEqual(led);
    expect((await ask(BUREAU, 'SUPPORT')).tasks).toEqual({ totalCount: 0, nodes: [] });
    expect((await ask('广州市财政局', 'SUPPORT')).tasks.totalCount).toBe(2);
    // With a second filter, the department is checked on the candidates of another source.
    const { tasks } = await query(`{ tasks(filter: {documentId: "${documentIdFor(B.key)}", department: "${BUREAU_ID}", role: LEAD}) { totalCount } }`);
    expect(tasks.totalCount).toBe(2);
  });

  it('departments lists it with the same id; node(id) is the Organization with its tasks', async () => {
    const { departments } = await query(`{ departments(nameContains: "${BUREAU}") { totalCount nodes { id name kind aliases organization { name } ledTasks { totalCount } workload { led supported } } } }`);
    expect(departments).toEqual({
      totalCount: 1,
      nodes: [{ id: BUREAU_ID, name: BUREAU, kind: 'EXTERNAL', aliases: ['市民政局'], organization: null, ledTasks: { totalCount: 2 }, workload: { led: 2, supported: 0 } }],
    });
    const { node } = await query(`{ node(id: "${BUREAU_ID}") { __typename id ... on Organization { name kind documents { title } ledTasks { nodes { title } } tasks(role: SUPPORT) { totalCount } } } }`);
    expect(node).toEqual({
      __typename: 'Organization',
      id: BUREAU_ID,
      name: BUREAU,
      kind: 'EXTERNAL',
      documents: [{ title: A.title }],
      ledTasks: { nodes: [{ title: '新增家庭养老床位1000张' }, { title: '推进长者饭堂建设' }] },
      tasks: { totalCount: 0 },
    });
  });

  it('neighborhood: the document it issued, the tasks it leads and its own 科室, around one node', async () => {
    const { neighborhood } = await query(`{ neighborhood(id: "${BUREAU_ID}", depth: 1, limit: 50) { nodes { id } edges { type from to } } }`);
    const ids = neighborhood.nodes.map((n: { id: string }) => n.id);
    expect(ids[0]).toBe(BUREAU_ID);
    expect([...ids.slice(1)].sort()).toEqual(
      [
        documentIdFor(A.key),
        taskIdOf(B.key, ['一', '(一)']),
        taskIdOf(B.key, ['一', '(二)']),
        taskIdOf(A.key, ['一', '(三)']), // ACCOUNTABLE_FOR: the task of its own plan that names no lead
        nodeId('Department', BUREAU, '各区民政局'),
        nodeId('Department', BUREAU, '养老服务科'),
        nodeId('Department', BUREAU, '社会救助科'),
        nodeId('Department', BUREAU, '社会福利科'),
      ].sort(),
    );
    const types = neighborhood.edges.filter((e: { from: string; to: string }) => e.from === BUREAU_ID || e.to === BUREAU_ID).map((e: { type: string }) => e.type);
    expect([...types].sort()).toEqual(['ACCOUNTABLE_FOR', 'ISSUED_BY', 'LEADS', 'LEADS', 'PART_OF', 'PART_OF', 'PART_OF', 'PART_OF']);
  });

  it("path: from the plan it issued to the task it leads in another body's plan, through the one node", async () => {
    const task = taskIdOf(B.key, ['一', '(一)']);
    const { path } = await query(`{ path(fromId: "${documentIdFor(A.key)}", toId: "${task}", maxDepth: 4) { nodes { id label name } edges { type from to } } }`);
    expect(path).toEqual({
      nodes: [
        { id: documentIdFor(A.key), label: 'Document', name: A.title },
        { id: BUREAU_ID, label: 'Organization', name: BUREAU },
        { id: task, label: 'Task', name: '新增家庭养老床位1000张' },
      ],
      edges: [
        { type: 'ISSUED_BY', from: documentIdFor(A.key), to: BUREAU_ID },
        { type: 'LEADS', from: BUREAU_ID, to: task },
      ],
    });
  });

  it("the chain of B's task: the body leads, with the printed role word; its bureau is B's issuer", async () => {
    const { responsibilityChain: chain } = await query(
      `query($id: ID!) { responsibilityChain(taskId: $id) {
        leadSource accountableByDefault bureau { name } issuerSource
        leads { department { id name kind } organization { name } roleWord subtask { id } evidence { mention sentence } }
        supports { department { name } roleWord evidence { mention } }
        links { kind to { id } } } }`,
      { id: taskIdOf(B.key, ['一', '(一)']) },
    );
    expect(chain).toEqual({
      leadSource: 'EXPLICIT',
      accountableByDefault: false,
      bureau: { name: '广州市人民政府办公厅' },
      issuerSource: 'TITLE',
      leads: [{ department: { id: BUREAU_ID, name: BUREAU, kind: 'EXTERNAL' }, organization: null, roleWord: '牵头单位', subtask: null, evidence: { mention: '市民政局', sentence: B_ANNOTATION } }],
      supports: [{ department: { name: '广州市财政局' }, roleWord: '配合单位', evidence: { mention: '市财政局' } }],
      links: [
        { kind: 'CONTAINS', to: { id: nodeId('Section', documentIdFor(B.key), '一', 0) } },
        { kind: 'CONTAINS', to: { id: taskIdOf(B.key, ['一', '(一)']) } },
        { kind: 'LED_BY', to: { id: BUREAU_ID } },
        { kind: 'SUPPORTED_BY', to: { id: nodeId('Organization', '广州市财政局') } },
      ],
    });
    const { tasks } = await query(`{ tasks(filter: {documentId: "${documentIdFor(B.key)}"}) { nodes { leads { roleWord department { name } } supports { roleWord department { name } } accountableOrganization { name } } } }`);
    expect(tasks.nodes).toEqual([
      { leads: [{ roleWord: '牵头单位', department: { name: BUREAU } }], supports: [{ roleWord: '配合单位', department: { name: '广州市财政局' } }], accountableOrganization: { name: '广州市人民政府办公厅' } },
      {
        leads: [{ roleWord: '牵头单位', department: { name: BUREAU } }],
        supports: [
          { roleWord: '配合单位', department: { name: '广州市财政局' } },
          { roleWord: '配合单位', department: { name: '广州市卫生健康委员会' } },
        ],
        accountableOrganization: { name: '广州市人民政府办公厅' },
      },
    ]);
  });
});

describe('no gaps in accountability', () => {
  it('a parent task led through its sub-tasks: leadSource SUBTASKS, each sub-task lead with its evidence and sub-task', async () => {
    const parent = taskIdOf(A.key, ['一', '(二)']);
    const sub1 = taskIdOf(A.key, ['一', '(二)', '1.']);
    const sub2 = taskIdOf(A.key, ['一', '(二)', '2.']);
    const { responsibilityChain: chain } = await query(
      `query($id: ID!) { responsibilityChain(taskId: $id) {
        task { leadSource leads { department { name } } accountableOrganization { name } }
        leadSource accountableByDefault bureau { name }
        leads { department { name } organization { name } roleWord subtask { id number title } evidence { mention sentence start end } }
        links { kind from { id } to { id } sentence } } }`,
      { id: parent },
    );
    const a = extract(A_TEXT, A.key);
    const at = (mention: string) => a.text.indexOf(mention);
    const note1 = '{牵头科室:养老服务科;责任科室(单位):各区民政局}';
    const note2 = '{牵头科室:社会福利科}';
    expect(chain.task).toEqual({ leadSource: 'SUBTASKS', leads: [], accountableOrganization: { name: BUREAU } });
    expect([chain.leadSource, chain.accountableByDefault, chain.bureau.name]).toEqual(['SUBTASKS', false, BUREAU]);
    expect(chain.leads).toEqual([
      {
        department: { name: '养老服务科' },
        organization: { name: BUREAU },
        roleWord: '牵头科室',
        subtask: { id: sub1, number: '1.', title: '建设社区养老服务网络' },
        evidence: { mention: '养老服务科', sentence: note1, start: at('养老服务科;'), end: at('养老服务科;') + 5 },
      },
      {
        department: { name: '社会福利科' },
        organization: { name: BUREAU },
        roleWord: '牵头科室',
        subtask: { id: sub2, number: '2.', title: '发展老年助餐服务' },
        evidence: { mention: '社会福利科', sentence: note2, start: at('社会福利科}'), end: at('社会福利科}') + 5 },
      },
    ]);
    const section = nodeId('Section', documentIdFor(A.key), '一', 0);
    expect(chain.links).toEqual([
      { kind: 'CONTAINS', from: { id: documentIdFor(A.key) }, to: { id: section }, sentence: '一、兜底保障' },
      { kind: 'CONTAINS', from: { id: section }, to: { id: parent }, sentence: '(二)推进养老服务' },
      { kind: 'CONTAINS', from: { id: parent }, to: { id: sub1 }, sentence: '1.建设社区养老服务网络' },
      { kind: 'LED_THROUGH_SUBTASK', from: { id: sub1 }, to: { id: nodeId('Department', BUREAU, '养老服务科') }, sentence: note1 },
      { kind: 'CONTAINS', from: { id: parent }, to: { id: sub2 }, sentence: '2.发展老年助餐服务' },
      { kind: 'LED_THROUGH_SUBTASK', from: { id: sub2 }, to: { id: nodeId('Department', BUREAU, '社会福利科') }, sentence: note2 },
      { kind: 'PART_OF', from: { id: nodeId('Department', BUREAU, '养老服务科') }, to: { id: BUREAU_ID }, sentence: null },
      { kind: 'PART_OF', from: { id: nodeId('Department', BUREAU, '社会福利科') }, to: { id: BUREAU_ID }, sentence: null },
    ]);
  });

  it('accountability for what the parent cites: its sub-tasks\' leads (SUBTASK_LEAD), not the bureau by default', async () => {
    const { accountability } = await query(
      `{ accountability(regulationId: "${nodeId('Regulation', '养老机构管理办法')}") {
        taskCount groups { department { name } organization { name } defaultOwner leadCount subtaskLeadCount defaultCount tasks { role task { title } evidence { mention } } } } }`,
    );
    expect(accountability).toEqual({
      taskCount: 1,
      groups: [
        { department: { name: '养老服务科' }, organization: { name: BUREAU }, defaultOwner: false, leadCount: 0, subtaskLeadCount: 1, defaultCount: 0, tasks: [{ role: 'SUBTASK_LEAD', task: { title: '推进养老服务' }, evidence: { mention: '养老服务科' } }] },
        { department: { name: '社会福利科' }, organization: { name: BUREAU }, defaultOwner: false, leadCount: 0, subtaskLeadCount: 1, defaultCount: 0, tasks: [{ role: 'SUBTASK_LEAD', task: { title: '推进养老服务' }, evidence: { mention: '社会福利科' } }] },
      ],
    });
  });

  it('a task naming no lead: leadSource ISSUER, the bureau with issuerSource TITLE and evidence slicing the issuer', async () => {
    const id = taskIdOf(A.key, ['一', '(三)']);
    const { responsibilityChain: chain } = await query(
      `query($id: ID!) { responsibilityChain(taskId: $id) {
        leadSource accountableByDefault bureau { id name } leads { department { name } }
        issuerSource issuerEvidence { documentId start end mention sentence }
        document { issuer issuerSource }
        links { kind from { id } to { id } sentence evidence { start end mention } note } } }`,
      { id },
    );
    const text = extract(A_TEXT, A.key).text;
    const evidence = { documentId: documentIdFor(A.key), start: 0, end: 6, mention: BUREAU, sentence: '广州市民政局2024年工作要点' };
    expect(text.slice(evidence.start, evidence.end)).toBe(BUREAU);
    expect(chain).toMatchObject({
      leadSource: 'ISSUER',
      accountableByDefault: true,
      bureau: { id: BUREAU_ID, name: BUREAU },
      leads: [],
      issuerSource: 'TITLE',
      issuerEvidence: evidence,
      document: { issuer: BUREAU, issuerSource: 'TITLE' },
    });
    expect(chain.links.slice(-2)).toEqual([
      {
        kind: 'OWNED_BY_DEFAULT',
        from: { id },
        to: { id: BUREAU_ID },
        sentence: '(三)做好区划地名工作',
        evidence: null,
        note: `no lead department is named; ${BUREAU}, which issued the document, is accountable by default`,
      },
      {
        kind: 'ISSUED_BY',
        from: { id: documentIdFor(A.key) },
        to: { id: BUREAU_ID },
        sentence: '广州市民政局2024年工作要点',
        evidence: { start: 0, end: 6, mention: BUREAU },
        note: `《${A.title}》 was issued by ${BUREAU} (read from its title line)`,
      },
    ]);
    // Stored on the relationship the document is issued by.
    const [issued] = await cypher('MATCH (:Document {id: $d})-[i:ISSUED_BY]->(o) RETURN properties(i) AS props, o.id AS org', { d: documentIdFor(A.key) });
    expect(issued).toEqual({ org: BUREAU_ID, props: { ...evidence, source: 'TITLE' } });
  });
});

describe('the body across deletes and load orders', () => {
  it('deleting B leaves 广州市民政局 a bureau only; B again makes it a lead again; then deleting A keeps it as the lead of B', async () => {
    await deleteDocument(testGraph(), documentIdFor(B.key));
    expect(await bureauNodes()).toEqual([{ id: BUREAU_ID, labels: ['Organization'] }]);
    expect((await query(`{ departments(nameContains: "${BUREAU}") { totalCount } }`)).departments.totalCount).toBe(0);
    const gone = await cypher('MATCH (n) WHERE n.name IN ["广州市财政局", "广州市卫生健康委员会", "广州市人民政府办公厅"] RETURN n.name AS name');
    expect(gone).toEqual([]);

    await load([B_TEXT, B.key]);
    expect(await bureauNodes()).toEqual([{ id: BUREAU_ID, labels: ['Department', 'Organization'] }]);
    await deleteDocument(testGraph(), documentIdFor(A.key));
    expect(await bureauNodes()).toEqual([{ id: BUREAU_ID, labels: ['Department', 'Organization'] }]);
    const { node } = await query(`{ node(id: "${BUREAU_ID}") { ... on Organization { documents { title } ledTasks { totalCount } departments { name } } } }`);
    expect(node).toEqual({ documents: [], ledTasks: { totalCount: 2 }, departments: [] });
    await deleteDocument(testGraph(), documentIdFor(B.key));
    expect(await bureauNodes()).toEqual([]);
  });

  it('loading B before A gives the same single node and ids', async () => {
    await load([B_TEXT, B.key], [A_TEXT, A.key]);
    expect(await bureauNodes()).toEqual([{ id: BUREAU_ID, labels: ['Department', 'Organization'] }]);
    const [row] = await cypher<{ docs: number; leads: number; units: number }>(
      'MATCH (o:Organization {id: $id}) RETURN COUNT { (o)<-[:ISSUED_BY]-() } AS docs, COUNT { (o)-[:LEADS]->() } AS leads, COUNT { (o)<-[:PART_OF]-() } AS units',
      { id: BUREAU_ID },
    );
    expect(row).toEqual({ docs: 1, leads: 2, units: 4 });
  });
});

describe('the graph layer, given an extracted document built by hand', () => {
  /** A one-task plan by `issuer` whose task names `lead` (EXTERNAL) as lead: no extractor involved. */
  function handBuilt(key: string, issuer: string, region: string, lead: { name: string; mention: string }): ExtractedDocument {
    const text = `${issuer}2024年工作要点\n一、卫生健康\n(一)做好医养结合工作。(牵头单位:${lead.mention})\n`;
    const start = text.indexOf(lead.mention, text.indexOf('牵头单位'));
    const sentence = `(牵头单位:${lead.mention})`;
    const sentenceStart = text.indexOf(sentence);
    const taskStart = text.indexOf('(一)');
    return {
      source: key,
      sha256: key,
      text,
      document: {
        title: `${issuer}2024年工作要点`,
        titleDerived: false,
        issuer,
        issuerSource: 'TITLE',
        issuerEvidence: { start: 0, end: issuer.length, sentence: `${issuer}2024年工作要点`, sentenceStart: 0 },
        docNumber: null,
        publishedAt: null,
        year: 2024,
        region,
        kind: 'WORK_PLAN',
      },
      sections: [{ number: '一', title: '卫生健康', order: 0, span: { start: text.indexOf('一、'), end: text.length } }],
      tasks: [
        {
          number: '(一)',
          path: ['一', '(一)'],
          title: '做好医养结合工作',
          text: text.slice(taskStart, text.length - 1),
          order: 0,
          depth: 1,
          span: { start: taskStart, end: text.length - 1 },
          leadSource: 'EXPLICIT',
          leads: [{ name: lead.name, mention: lead.mention, kind: 'EXTERNAL', roleWord: '牵头单位', evidence: { start, end: start + lead.mention.length, sentence, sentenceStart } }],
          supports: [],
          agencies: [],
          regulations: [],
          populations: [],
          indicators: [],
          deadlines: [],
          initiatives: [],
        },
      ],
      warnings: [],
    };
  }
  const HEALTH = '辽宁省卫生健康委员会';

  it('an EXTERNAL lead with a full name is keyed as the Organization of that name; collectives and sector names are not', () => {
    const rows = buildDocumentGraph(handBuilt('ln-mz.txt', '辽宁省民政厅', '辽宁省', { name: HEALTH, mention: '省卫生健康委' }), 'ln-mz.txt');
    expect(rows.bodies).toEqual([{ id: nodeId('Organization', HEALTH), name: HEALTH, kind: 'EXTERNAL', aliases: ['省卫生健康委'], region: '辽宁省', level: 'PROVINCIAL' }]);
    expect(rows.departments).toEqual([]);
    expect(rows.leads.map((l) => [l.from, l.props.roleWord])).toEqual([[nodeId('Organization', HEALTH), '牵头单位']]);
    expect(['广州市民政局', '辽宁省卫生健康委员会', '中共广州市委办公室', '民政部', '国家卫生健康委员会'].filter(isOutsideBody)).toHaveLength(5);
    expect(['各有关单位', '各县(市、区)人民政府', '医保部门', '市委组织部', '残联', '省直有关部门', '广州市民政工作联席会议成员单位', '市财政局'].filter(isOutsideBody)).toEqual([]);
  });

  it('the body that leads in one plan and issues another is one node in Neo4j', async () => {
    const plan = handBuilt('ln-mz.txt', '辽宁省民政厅', '辽宁省', { name: HEALTH, mention: '省卫生健康委' });
    await ingestDocument(testGraph(), plan, 'ln-mz.txt');
    await ingestDocument(testGraph(), handBuilt('ln-wjw.txt', HEALTH, '辽宁省', { name: '辽宁省医疗保障局', mention: '省医保局' }), 'ln-wjw.txt');
    const rows = await cypher<{ id: string; labels: string[]; issued: string[]; leads: string[] }>(
      `MATCH (n {name: $name})
       RETURN n.id AS id, labels(n) AS labels, [(d)-[:ISSUED_BY]->(n) | d.source] AS issued, [(n)-[:LEADS]->(t) | t.documentId] AS leads`,
      { name: HEALTH },
    );
    expect(rows.map((r) => ({ ...r, labels: [...r.labels].sort() }))).toEqual([
      { id: nodeId('Organization', HEALTH), labels: ['Department', 'Organization'], issued: ['ln-wjw.txt'], leads: [documentIdOf(plan)] },
    ]);
    const { tasks } = await query(`{ tasks(filter: {department: "${HEALTH}", role: LEAD}) { nodes { document { issuer } leads { roleWord evidence { mention } } } } }`);
    expect(tasks.nodes).toEqual([{ document: { issuer: '辽宁省民政厅' }, leads: [{ roleWord: '牵头单位', evidence: { mention: '省卫生健康委' } }] }]);
  });
});
