// neighborhood and path for drawing tools (issue 17): stable edge ids, short
// captions, filters by node label and relationship type, each node's distance,
// NOT_FOUND for unknown ids and maxDepthReached when a path is not found within maxDepth.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteDocument, refreshSearchIndexes } from '../../src/graph/ingest.js';
import { ingestFile } from '../../src/ingest/files.js';
import { edgeId } from '../../src/graph/ids.js';
import { closeTestDriver, testGraph } from '../setup/db.js';
import { codes, execute, loadSeeds, query, SEEDS } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

const SHANWEI_TASK = `{ tasks(filter: {region: "汕尾市", text: "孤儿"}) { nodes { id document { id } } } }`;
const VIEW = `query($id: ID!, $depth: Int, $labels: [NodeLabel!], $types: [RelationshipType!]) {
  neighborhood(id: $id, depth: $depth, labels: $labels, relationshipTypes: $types) {
    nodes { id label name caption distance } edges { id type from to properties } truncated maxDepthReached
  }
}`;

async function shanweiTask(): Promise<{ id: string; documentId: string }> {
  const { tasks } = await query(SHANWEI_TASK);
  expect(tasks.nodes).toHaveLength(1);
  return { id: tasks.nodes[0].id, documentId: tasks.nodes[0].document.id };
}

describe('neighborhood', () => {
  it('gives each node its distance and a caption of at most 40 characters beside its full name', async () => {
    const { id } = await shanweiTask();
    const { neighborhood } = await query(VIEW, { id, depth: 1 });
    expect(neighborhood.nodes.map((n: any) => `${n.distance} ${n.label}:${n.caption}`)).toEqual([
      '0 Task:(三) 实施儿童福利提升和关爱行动',
      '1 Department:各县(市、区)民政局',
      '1 Department:社会福利科',
      '1 Initiative:精准化管理,精细化服务',
      '1 Population:困境儿童',
      '1 Population:儿童',
      '1 Population:成年孤儿',
      '1 Population:孤儿',
      '1 Population:留守儿童',
      '1 Population:农村留守儿童',
      '1 Population:流动儿童',
      '1 Regulation:关于加强困境儿童心理健康关爱服务工作的指导意见',
      '1 Section:二 实施民政领域“八项行动”',
    ]);
    expect(neighborhood.nodes[0].name).toBe('实施儿童福利提升和关爱行动');
    expect(neighborhood.edges).toHaveLength(18);
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.maxDepthReached).toBe(false);

    // The longest task title of the seeds (a narrative paragraph) is cut to 40 characters.
    const { search } = await query(`{ search(text: "儿童权益保障", first: 5) { hits { node { id } } } }`);
    const long = await query(VIEW, { id: search.hits[0].node.id, depth: 1 });
    const start = long.neighborhood.nodes[0];
    expect(start.name.length).toBeGreaterThan(100);
    expect([...start.caption]).toHaveLength(40);
    expect(start.caption.endsWith('…')).toBe(true);
  });

  it('follows only the relationship types given and returns only the labels given', async () => {
    const { id } = await shanweiTask();
    const { neighborhood } = await query(VIEW, { id, depth: 2, labels: ['Department', 'Organization'], types: ['LEADS', 'SUPPORTS', 'PART_OF'] });
    expect(neighborhood.nodes.map((n: any) => `${n.distance} ${n.label}:${n.caption}`)).toEqual([
      '0 Task:(三) 实施儿童福利提升和关爱行动',
      '1 Department:各县(市、区)民政局',
      '1 Department:社会福利科',
      '2 Organization:汕尾市民政局',
    ]);
    expect(neighborhood.edges.map((e: any) => e.type).sort()).toEqual(['LEADS', 'PART_OF', 'PART_OF', 'SUPPORTS']);
    const lead = neighborhood.edges.find((e: any) => e.type === 'LEADS');
    expect(lead.properties.mention).toBe('社会福利科');

    // Labels leave the nodes between out but still traverse them: the regulations two hops from 《地名管理条例》.
    const { regulations } = await query(`{ regulations(nameContains: "地名管理条例") { nodes { id name } } }`);
    const reg = regulations.nodes.find((r: any) => r.name === '地名管理条例');
    const regs = await query(VIEW, { id: reg.id, depth: 2, labels: ['Regulation'] });
    expect(regs.neighborhood.nodes.map((n: any) => `${n.distance} ${n.caption}`)).toEqual(['0 地名管理条例', '2 福建省地名管理办法', '2 厦门市地名管理规定']);
    // No two of them are linked directly.
    expect(regs.neighborhood.edges).toEqual([]);
  });

  it('an unknown id is NOT_FOUND', async () => {
    const r = await execute('{ neighborhood(id: "reg_0000000000000000") { truncated } }');
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toBe('no node with id reg_0000000000000000');
  });
});

describe('edge ids', () => {
  it('are the hash of type, ends and document, and survive deleting and ingesting the document again', async () => {
    const { id, documentId } = await shanweiTask();
    const before = (await query(VIEW, { id, depth: 2 })).neighborhood;
    expect(before.edges.length).toBeGreaterThan(30);
    for (const e of before.edges) {
      expect(e.id).toMatch(/^rel_[0-9a-f]{16}$/);
      expect(e.id).toBe(edgeId(e.type, e.from, e.to, e.properties));
    }
    expect(new Set(before.edges.map((e: any) => e.id)).size).toBe(before.edges.length);
    const lead = before.edges.find((e: any) => e.type === 'LEADS' && e.to === id);
    expect(lead.id).toBe(edgeId('LEADS', lead.from, id, { documentId }));

    // A re-ingest creates new Neo4j relationships (new element ids) with the same ids of ours.
    expect(await deleteDocument(testGraph(), documentId)).toBe(true);
    expect(await execute(VIEW, { id, depth: 2 }).then(codes)).toEqual(['NOT_FOUND']);
    const again = await ingestFile(testGraph(), join(SEEDS, 'shanwei-2024-work-plan.txt'));
    expect(again.error).toBeUndefined();
    expect(again).toMatchObject({ status: 'loaded', documentId });
    // The full-text indexes are eventually consistent: later tests search them.
    await refreshSearchIndexes(testGraph());
    const after = (await query(VIEW, { id, depth: 2 })).neighborhood;
    expect(after.edges.map((e: any) => e.id).sort()).toEqual(before.edges.map((e: any) => e.id).sort());
    expect(after.nodes).toEqual(before.nodes);
  });

  it('tell a citation that implements from one that revises the same regulation', () => {
    const implementsIt = edgeId('CITES', 'task_0000000000000001', 'reg_0000000000000001', { documentId: 'doc_0000000000000001', mode: 'IMPLEMENTS' });
    const revises = edgeId('CITES', 'task_0000000000000001', 'reg_0000000000000001', { documentId: 'doc_0000000000000001', mode: 'REVISES' });
    expect(implementsIt).not.toBe(revises);
    // Only CITES has a mode that tells two edges apart; other properties (evidence offsets) do not enter the id.
    expect(edgeId('LEADS', 'dept_0000000000000001', 'task_0000000000000001', { documentId: 'doc_0000000000000001', start: 1 })).toBe(
      edgeId('LEADS', 'dept_0000000000000001', 'task_0000000000000001', { documentId: 'doc_0000000000000001', start: 99 }),
    );
  });
});

describe('path', () => {
  const PATH = `query($from: ID!, $to: ID!, $max: Int) { path(fromId: $from, toId: $to, maxDepth: $max) { nodes { id caption distance } edges { id type } maxDepthReached truncated } }`;

  it('says when maxDepth was reached without a path, and finds it one hop deeper', async () => {
    const { regulations } = await query(`{ regulations(nameContains: "地名管理") { nodes { id name } } }`);
    const byName = (name: string) => regulations.nodes.find((r: any) => r.name === name).id;
    const [from, to] = [byName('地名管理条例'), byName('福建省地名管理办法')];
    const short = (await query(PATH, { from, to, max: 1 })).path;
    expect(short).toEqual({ nodes: [], edges: [], maxDepthReached: true, truncated: false });
    const found = (await query(PATH, { from, to, max: 2 })).path;
    expect(found.nodes.map((n: any) => `${n.distance} ${n.caption}`)).toEqual(['0 地名管理条例', '1 28. 加强和规范地名管理', '2 福建省地名管理办法']);
    expect(found.edges.map((e: any) => e.type)).toEqual(['CITES', 'CITES']);
    expect(found.maxDepthReached).toBe(false);
  });

  it('an unknown end is NOT_FOUND; an unknown relationship type BAD_USER_INPUT', async () => {
    const { regulations } = await query(`{ regulations(nameContains: "地名管理条例") { nodes { id } } }`);
    const known = regulations.nodes[0].id;
    const r = await execute(PATH, { from: known, to: 'pop_0000000000000000' });
    expect(codes(r)).toEqual(['NOT_FOUND']);
    expect(r.errors![0]!.message).toBe('no node with id pop_0000000000000000');
    const t = await execute(`{ path(fromId: "${known}", toId: "pop_0000000000000000", relationshipTypes: ["CITED"]) { truncated } }`);
    expect(codes(t)).toEqual(['BAD_USER_INPUT']);
  });
});
