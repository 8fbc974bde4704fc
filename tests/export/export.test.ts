// The exports (issue 17) read back by maintained parsers: graphology's GraphML and
// GEXF readers, JSON for Cytoscape's format, csv-parse and `neo4j-admin database
// import` itself for the CSV zip. Counts, a few exact nodes and edges, the same
// stable edge ids in every format and after a re-ingest; over HTTP (filters as
// query parameters, the read key, errors before the first byte) and `kg export`.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { MultiDirectedGraph as Graph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph, type ExportFilter, type ExportFormat } from '../../src/export/index.js';
import { IMPORT_COMMAND } from '../../src/export/csv.js';
import { deleteDocument, refreshSearchIndexes } from '../../src/graph/ingest.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../src/graph/read/export.js';
import { GraphReader } from '../../src/graph/reader.js';
import { ingestFile } from '../../src/ingest/files.js';
import { closeTestDriver, testGraph, testInfo } from '../setup/db.js';
import { loadSeeds, query, SEEDS } from '../api/helpers.js';
import { startTestServer, type TestServer } from '../server/helpers.js';

const ROOT = join(import.meta.dirname, '../..');

async function exported(format: ExportFormat, filter: ExportFilter = {}): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of await exportGraph(new GraphReader(testGraph()), format, filter)) pieces.push(Buffer.from(piece));
  return Buffer.concat(pieces);
}

const countBy = (values: string[]) => Object.fromEntries([...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort());

let shanwei: string;
let totals: { nodes: number; relationships: number };

beforeAll(async () => {
  await loadSeeds();
  const { documents } = await query(`{ documents(region: "汕尾市") { nodes { id } } }`);
  shanwei = documents.nodes[0].id;
  const { graphStats } = await query(`{ graphStats { nodeCount relationshipCount } }`);
  totals = { nodes: graphStats.nodeCount, relationships: graphStats.relationshipCount };
});
afterAll(closeTestDriver);

/** 汕尾's plan: the document, its sections and tasks and everything they link to. */
const SHANWEI_NODES = {
  Deadline: 5,
  Department: 16,
  Document: 1,
  Indicator: 19,
  Initiative: 22,
  Organization: 1,
  Population: 16,
  Regulation: 4,
  Section: 3,
  Task: 31,
};
const SHANWEI_EDGES = {
  CITES: 4,
  HAS_DEADLINE: 5,
  HAS_INDICATOR: 19,
  HAS_SECTION: 3,
  HAS_SUBTASK: 14,
  HAS_TASK: 17,
  INVOLVES: 2,
  ISSUED_BY: 1,
  LEADS: 33,
  PART_OF: 14,
  PART_OF_INITIATIVE: 26,
  SUBGROUP_OF: 9,
  SUPPORTS: 57,
  TARGETS: 17,
};
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('GraphML', () => {
  it("of 汕尾's plan: 118 nodes and 221 edges of these types, read back by graphology", async () => {
    const graph = parseGraphml(Graph, (await exported('graphml', { documentId: shanwei })).toString('utf8'));
    expect(graph.order).toBe(sum(SHANWEI_NODES));
    expect(graph.size).toBe(sum(SHANWEI_EDGES));
    expect(graph.order).toBe(118);
    expect(graph.size).toBe(221);
    expect(countBy(graph.mapNodes((_, a) => a.type as string))).toEqual(SHANWEI_NODES);
    expect(countBy(graph.mapEdges((_, a) => a.type as string))).toEqual(SHANWEI_EDGES);

    // A department with its short label and typed properties; a LEADS edge with its evidence.
    const welfare = graph.findNode((_, a) => a.type === 'Department' && a.name === '社会福利科')!;
    expect(graph.getNodeAttributes(welfare)).toMatchObject({ label: '社会福利科', type: 'Department', fullTitle: '社会福利科', kind: 'INTERNAL' });
    const task = graph.findNode((_, a) => a.type === 'Task' && a.title === '实施儿童福利提升和关爱行动')!;
    expect(graph.getNodeAttributes(task)).toMatchObject({ label: '(三) 实施儿童福利提升和关爱行动', number: '(三)', documentId: shanwei });
    expect(typeof graph.getNodeAttributes(task).order).toBe('number');
    const lead = graph.findEdge(welfare, task, (_, a) => a.type === 'LEADS')!;
    expect(graph.getEdgeAttributes(lead)).toMatchObject({ label: 'LEADS', documentId: shanwei, mention: '社会福利科' });
    expect(lead).toMatch(/^rel_[0-9a-f]{16}$/);
    // Every caption is short; the long ones keep their full title beside.
    expect(Math.max(...graph.mapNodes((_, a) => [...(a.label as string)].length))).toBeLessThanOrEqual(40);
  });
});

describe('GEXF 1.3', () => {
  it('of the whole graph validates structurally and holds every node and relationship', async () => {
    const xml = (await exported('gexf')).toString('utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3"[^>]* version="1\.3">/);
    expect(xml).toContain('<graph defaultedgetype="directed" mode="static">');
    const graph = parseGexf(Graph, xml);
    expect(graph.type).toBe('directed');
    expect(graph.order).toBe(totals.nodes);
    expect(graph.size).toBe(totals.relationships);
    // Every declared attribute is the model's (and the two of our own), typed.
    const declared = [...xml.matchAll(/<attributes class="node"[^>]*>([\s\S]*?)<\/attributes>/g)][0]![1]!;
    expect([...declared.matchAll(/id="(\w+)"/g)].map((m) => m[1])).toEqual(['type', 'fullTitle', ...NODE_ATTRIBUTES.map((a) => a.name)]);
    expect(declared).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(declared).toContain('<attribute id="year" title="year" type="integer"/>');
    // Lists come back as lists.
    const orphan = graph.findNode((_, a) => a.type === 'Population' && a.name === '孤儿')!;
    expect(Array.isArray(graph.getNodeAttribute(orphan, 'aliases'))).toBe(true);
    // A CITES edge: its label, mode and evidence.
    const cites = graph.findEdge((_, a) => a.type === 'CITES' && a.mention === '地名管理条例')!;
    expect(graph.getEdgeAttributes(cites)).toMatchObject({ label: 'CITES', mode: 'IMPLEMENTS', title: '地名管理条例' });
  });

  it('keeps the same edge ids after a document is deleted and ingested again', async () => {
    const ids = async () => parseGexf(Graph, (await exported('gexf', { documentId: shanwei })).toString('utf8')).edges().sort();
    const before = await ids();
    expect(before).toHaveLength(221);
    expect(await deleteDocument(testGraph(), shanwei)).toBe(true);
    const again = await ingestFile(testGraph(), join(SEEDS, 'shanwei-2024-work-plan.txt'));
    expect(again).toMatchObject({ status: 'loaded', documentId: shanwei });
    // The full-text indexes are eventually consistent: later tests search them.
    await refreshSearchIndexes(testGraph());
    expect(await ids()).toEqual(before);
  });
});

describe('Cytoscape JSON', () => {
  it('holds the same nodes and edge ids as GraphML, in the shape cy.add() takes', async () => {
    const cyjs = JSON.parse((await exported('cyjs', { documentId: shanwei })).toString('utf8'));
    expect(cyjs.format_version).toBe('1.0');
    expect(cyjs.elements.nodes).toHaveLength(118);
    expect(cyjs.elements.edges).toHaveLength(221);
    const graph = parseGraphml(Graph, (await exported('graphml', { documentId: shanwei })).toString('utf8'));
    expect(cyjs.elements.nodes.map((n: any) => n.data.id).sort()).toEqual(graph.nodes().sort());
    expect(cyjs.elements.edges.map((e: any) => e.data.id).sort()).toEqual(graph.edges().sort());
    const lead = cyjs.elements.edges.find((e: any) => e.data.interaction === 'LEADS' && e.data.mention === '社会福利科');
    expect(Object.keys(lead.data)).toEqual(expect.arrayContaining(['id', 'source', 'target', 'label', 'sentence', 'start', 'end', 'documentId']));
  });

  it('filters by labels and by the hops around a node', async () => {
    const { tasks } = await query(`{ tasks(filter: {region: "汕尾市", text: "孤儿"}) { nodes { id } } }`);
    const around = JSON.parse((await exported('cyjs', { around: tasks.nodes[0].id, hops: 1, labels: ['Task', 'Department'] })).toString('utf8'));
    expect(around.elements.nodes.map((n: any) => `${n.data.type}:${n.data.label}`).sort()).toEqual([
      'Department:各县(市、区)民政局',
      'Department:社会福利科',
      'Task:(三) 实施儿童福利提升和关爱行动',
    ]);
    expect(around.elements.edges.map((e: any) => e.data.type).sort()).toEqual(['LEADS', 'SUPPORTS']);
  });
});

describe('neo4j-admin CSV', () => {
  it('has the headers neo4j-admin import reads, and every row parses', async () => {
    const files = unzipSync(new Uint8Array(await exported('csv', { documentId: shanwei })));
    expect(Object.keys(files)).toEqual(['IMPORT.txt', 'nodes.csv', 'relationships.csv']);
    const nodes = parseCsv(strFromU8(files['nodes.csv']!), { columns: false }) as string[][];
    const header = nodes[0]!;
    expect(header.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(header).toEqual(expect.arrayContaining(['year:int', 'order:int', 'value:double', 'aliases:string[]', 'path:string[]', 'titleDerived:boolean', 'title', 'name']));
    expect(header).toHaveLength(2 + NODE_ATTRIBUTES.length);
    expect(nodes).toHaveLength(1 + 118);
    const rels = parseCsv(strFromU8(files['relationships.csv']!), { columns: false }) as string[][];
    expect(rels[0]!.slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id']);
    expect(rels[0]).toEqual(expect.arrayContaining(['documentId', 'start:int', 'end:int', 'sentence', 'mention', 'mode']));
    expect(rels[0]).toHaveLength(4 + EDGE_ATTRIBUTES.length);
    expect(rels).toHaveLength(1 + 221);
    expect(countBy(rels.slice(1).map((r) => r[2]!))).toEqual(SHANWEI_EDGES);
    const welfare = nodes.find((r) => r[header.indexOf('name')] === '社会福利科')!;
    expect(welfare[1]).toBe('Department');
    expect(strFromU8(files['IMPORT.txt']!)).toContain(IMPORT_COMMAND);
  });

  // neo4j-admin's import tool is among the jars the local Neo4j is provisioned with.
  const lib = join(ROOT, '.neo4j', 'lib');
  const hasImportTool = existsSync(lib) && readdirSync(lib).some((f) => /^neo4j-import-tool-.*\.jar$/.test(f));
  it.skipIf(!hasImportTool && !process.env.CI)(
    'loads into an empty database with neo4j-admin database import: every node and relationship, nothing bad',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'prg-import-'));
      try {
        const files = unzipSync(new Uint8Array(await exported('csv')));
        for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
        const home = join(dir, 'home');
        mkdirSync(join(home, 'conf'), { recursive: true });
        const args = IMPORT_COMMAND.split(' ').slice(1);
        const r = spawnSync('java', ['-Xmx1g', '-cp', `${lib}/*`, 'org.neo4j.cli.AdminTool', ...args], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') },
          timeout: 180_000,
        });
        expect(r.status, r.stderr + r.stdout.slice(-2000)).toBe(0);
        const imported = /Imported:\s+(\d+) nodes\s+(\d+) relationships/.exec(r.stdout);
        expect(imported?.slice(1).map(Number)).toEqual([totals.nodes, totals.relationships]);
        expect(r.stdout).not.toMatch(/bad entries/i);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});

describe('over HTTP and kg export', () => {
  let server: TestServer;
  let locked: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ graph: testGraph() });
    locked = await startTestServer({ graph: testGraph(), access: { readApiKey: 'read-secret', corsOrigins: [], introspection: true, playground: true } });
  });
  afterAll(async () => {
    await server?.close();
    await locked?.close();
  });

  it('GET /export/graph.gexf?document=… streams the same file, as an attachment', async () => {
    const res = await fetch(`${server.origin}/export/graph.gexf?document=${shanwei}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="graph.gexf"');
    expect(await res.text()).toBe((await exported('gexf', { documentId: shanwei })).toString('utf8'));
    const zip = await fetch(`${server.origin}/export/graph.csv.zip?region=${encodeURIComponent('汕尾市')}&labels=Task,Department`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(parseCsv(strFromU8(files['nodes.csv']!))).toHaveLength(1 + 31 + 16);
  });

  it('answers a bad filter 400 and an unknown node 404 before writing anything', async () => {
    const bad = await fetch(`${server.origin}/export/graph.graphml?labels=Task,Nonsense`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'not a node label: "Nonsense" (one of Document, Organization, Department, Section, Task, Regulation, Population, Indicator, Deadline, Initiative)' });
    expect((await fetch(`${server.origin}/export/graph.graphml?year=twenty`)).status).toBe(400);
    const unknown = await fetch(`${server.origin}/export/graph.cyjs?around=task_0000000000000000&hops=2`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'no node with id task_0000000000000000' });
    expect((await fetch(`${server.origin}/export/graph.pdf`)).status).toBe(404);
  });

  it('lets a front end on an origin listed in CORS_ORIGINS download an export', async () => {
    const cors = await startTestServer({ graph: testGraph(), access: { corsOrigins: ['http://localhost:3000'], introspection: true, playground: true } });
    try {
      const url = `${cors.origin}/export/graph.cyjs?document=${shanwei}&labels=Document`;
      const preflight = await fetch(url, { method: 'OPTIONS', headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET' } });
      expect(preflight.status).toBe(204);
      const allowed = await fetch(url, { headers: { origin: 'http://localhost:3000' } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
      expect(JSON.parse(await allowed.text()).elements.nodes).toHaveLength(1);
      const other = await fetch(url, { headers: { origin: 'https://elsewhere.example' } });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await cors.close();
    }
  });

  it('needs the read key when one is set', async () => {
    const denied = await fetch(`${locked.origin}/export/graph.cyjs?document=${shanwei}`);
    expect(denied.status).toBe(401);
    const allowed = await fetch(`${locked.origin}/export/graph.cyjs?document=${shanwei}`, { headers: { 'x-api-key': 'read-secret' } });
    expect(allowed.status).toBe(200);
    expect(JSON.parse(await allowed.text()).elements.nodes).toHaveLength(118);
  });

  it('kg export --format graphml --document … --out FILE writes the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prg-kg-export-'));
    try {
      const info = testInfo();
      const env = { ...process.env, NEO4J_URI: info.uri, NEO4J_USER: info.user, NEO4J_PASSWORD: info.password, NEO4J_DATABASE: info.database };
      const out = join(dir, 'shanwei.graphml');
      const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', 'export', '--format', 'graphml', '--document', shanwei, '--out', out], { cwd: ROOT, env });
      expect(r.stderr).toMatch(/^kg export: wrote .*shanwei\.graphml \(graphml, 0\.\d MB in \d+\.\d s\)\n$/);
      expect(readFileSync(out, 'utf8')).toBe((await exported('graphml', { documentId: shanwei })).toString('utf8'));
      const usage = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', 'export', '--format', 'svg', '--out', out], { cwd: ROOT, env, encoding: 'utf8' });
      expect(usage.status).toBe(2);
      expect(usage.stderr).toContain('kg export: --format must be one of graphml, gexf, cyjs, csv');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
