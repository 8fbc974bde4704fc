import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { documentIdOf, legacyDocumentId } from '../../src/graph/document-graph.js';
import { deleteDocument, ensureReferenceData, ingestDocument, ingestDocuments } from '../../src/graph/ingest.js';
import { nodeId } from '../../src/graph/ids.js';
import { populationTaxonomy } from '../../src/extract/populations.js';
import { graphCounts } from '../../src/graph/read/aggregate.js';
import { ingestFiles, listDocumentFiles } from '../../src/ingest/files.js';
import { closeTestDriver, resetDatabase, testGraph } from '../setup/db.js';

const SEEDS = join(import.meta.dirname, '../../seeds');
const seed = (name: string) => readFileSync(join(SEEDS, name));
/** A seed's document id: what the document is (its issuer and 文号, or title and year), not its file name. */
const documentIdFor = (name: string) => documentIdOf(extractDocument(seed(name), name));
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function read<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const graph = testGraph();
  const { records } = await graph.driver.executeQuery(cypher, params, { database: graph.database, routing: 'READ' });
  return records.map((r) => r.toObject() as T);
}

/** A document's versions as stored (JSON {sha256, source, ingestedAt}), without their time. */
async function versions(documentId: string): Promise<Array<{ sha256: string; source: string }>> {
  const [row] = await read<{ versions: string[] }>('MATCH (d:Document {id: $documentId}) RETURN d.versions AS versions', { documentId });
  return (row?.versions ?? []).map((v) => {
    const { sha256, source, ingestedAt } = JSON.parse(v) as { sha256: string; source: string; ingestedAt: string };
    expect(new Date(ingestedAt).toISOString()).toBe(ingestedAt);
    return { sha256, source };
  });
}

async function ingestSeeds() {
  const files = await listDocumentFiles([SEEDS]);
  return ingestFiles(testGraph(), files);
}

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
});
afterAll(closeTestDriver);

describe('ingesting the seeds', () => {
  it('loads all five documents', async () => {
    const outcomes = await ingestSeeds();
    expect(outcomes.map((o) => [o.file.split('/').pop(), o.status, o.tasks])).toEqual([
      ['fuzhou-party-building-report.txt', 'loaded', 12],
      ['qinzhou-2022-work-plan.txt', 'loaded', 28],
      ['shanwei-2024-work-plan.txt', 'loaded', 31],
      ['xiamen-2022-work-plan.txt', 'loaded', 46],
      ['xiamen-2024-director-article.txt', 'loaded', 12],
    ]);
    const counts = await graphCounts(testGraph());
    expect(counts.labels.Document).toBe(5);
    expect(counts.labels.Task).toBe(12 + 28 + 31 + 46 + 12);
    // 厦门 issues two of the documents: one Organization for both.
    expect(counts.labels.Organization).toBe(4);
  });

  it("汕尾's 社会事务科 leads exactly the five tasks of 二(六)", async () => {
    const rows = await read<{ path: string[]; title: string }>(
      `MATCH (:Organization {name: '汕尾市民政局'})<-[:PART_OF]-(d:Department {name: '社会事务科'})-[:LEADS]->(t:Task)
       RETURN t.path AS path, t.title AS title ORDER BY t.order`,
    );
    expect(rows).toEqual([
      { path: ['二', '(六)', '1.'], title: '开展“绿美殡葬”系列行动' },
      { path: ['二', '(六)', '2.'], title: '提升殡葬管理服务水平' },
      { path: ['二', '(六)', '3.'], title: '加大无人认领遗体处理工作力度' },
      { path: ['二', '(六)', '4.'], title: '优化婚姻管理服务' },
      { path: ['二', '(六)', '5.'], title: '提升残疾人福利水平' },
    ]);
  });

  it('keeps departments within their own bureau and canonical names with aliases', async () => {
    const rows = await read(
      `MATCH (d:Department {name: '慈善事业促进和社会工作科'})-[:PART_OF]->(o:Organization)
       RETURN o.name AS bureau, d.kind AS kind, d.aliases AS aliases`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.bureau).toBe('汕尾市民政局');
    expect(rows[0]!.kind).toBe('INTERNAL');
    expect([...(rows[0]!.aliases as string[])].sort()).toEqual(['慈善事业促进和社会工作科', '慈善和社工科']);
  });

  it('joint leads 办公室会同计划财务科牵头 are two LEADS with the annotation as evidence', async () => {
    const rows = await read<{ lead: string; mention: string; sentence: string }>(
      `MATCH (d:Department)-[r:LEADS]->(t:Task {path: ['二', '(八)', '2.']})
       WHERE t.documentId = $doc
       RETURN d.name AS lead, r.mention AS mention, r.sentence AS sentence ORDER BY r.start`,
      { doc: documentIdFor('shanwei-2024-work-plan.txt') },
    );
    expect(rows.map((r) => r.lead)).toEqual(['局办公室', '计划财务科']);
    expect(rows[0]!.mention).toBe('办公室');
    expect(rows[0]!.sentence).toBe('{牵头科室:办公室会同计划财务科牵头;责任科室(单位):市局各科室及直属单位,各县(市、区)民政局}');
  });

  it('《地名管理条例》 is one node, cited by one 厦门 task and one 钦州 task', async () => {
    const rows = await read<{ reg: number; issuer: string; tasks: number }>(
      `MATCH (r:Regulation {name: '地名管理条例'})<-[:CITES]-(t:Task)<-[:HAS_TASK|HAS_SUBTASK*]-(:Section)<-[:HAS_SECTION]-(:Document)-[:ISSUED_BY]->(o:Organization)
       RETURN count(DISTINCT r) AS reg, o.name AS issuer, count(DISTINCT t) AS tasks ORDER BY issuer`,
    );
    expect(rows.map((r) => [Number(r.reg), r.issuer, Number(r.tasks)])).toEqual([
      [1, '厦门市民政局', 1],
      [1, '钦州市民政局', 1],
    ]);
  });

  it('every 厦门 2022 task hangs under one of its ten chapters', async () => {
    const doc = documentIdFor('xiamen-2022-work-plan.txt');
    const [row] = await read<{ chapters: number; tasks: number; orphans: number }>(
      `MATCH (d:Document {id: $doc})
       CALL (d) { MATCH (d)-[:HAS_SECTION]->(s:Section) RETURN count(s) AS chapters }
       CALL (d) { MATCH (t:Task {documentId: d.id}) RETURN count(t) AS tasks }
       CALL (d) { MATCH (t:Task {documentId: d.id}) WHERE NOT EXISTS { (d)-[:HAS_SECTION]->(:Section)-[:HAS_TASK]->(t) } RETURN count(t) AS orphans }
       RETURN chapters, tasks, orphans`,
      { doc },
    );
    expect([Number(row!.chapters), Number(row!.tasks), Number(row!.orphans)]).toEqual([10, 46, 0]);
  });

  it('a task without a named lead is owned by its bureau through ACCOUNTABLE_FOR, not LEADS', async () => {
    const [row] = await read<{ accountable: number; explicit: number }>(
      `MATCH (t:Task {documentId: $doc, path: ['一', '1.']})
       RETURN COUNT { (:Organization {name: '厦门市民政局'})-[:ACCOUNTABLE_FOR]->(t) } AS accountable,
              COUNT { (:Department)-[:LEADS]->(t) } AS explicit`,
      { doc: documentIdFor('xiamen-2022-work-plan.txt') },
    );
    expect([Number(row!.accountable), Number(row!.explicit)]).toEqual([1, 0]);
  });

  it('stores the population taxonomy and links tasks to it', async () => {
    const [chain] = await read<{ names: string[] }>(
      `MATCH p = (:Population {name: '孤儿'})-[:SUBGROUP_OF*]->(:Population {name: '未成年人'})
       RETURN [n IN nodes(p) | n.name] AS names`,
    );
    expect(chain!.names).toEqual(['孤儿', '困境儿童', '儿童', '未成年人']);
    const issuers = await read<{ issuer: string }>(
      `MATCH (:Population {name: '孤儿'})<-[:TARGETS]-(t:Task)
       MATCH (d:Document {id: t.documentId})-[:ISSUED_BY]->(o)
       RETURN DISTINCT o.name AS issuer ORDER BY issuer`,
    );
    expect(issuers.map((r) => r.issuer)).toEqual(['厦门市民政局', '汕尾市民政局', '钦州市民政局']);
  });

  it('stores a compound population as one node SUBGROUP_OF its head: 散居孤儿 → 孤儿', async () => {
    // 钦州 (十一): 2022年机构孤儿、散居孤儿(事实无人抚养儿童)基本生活保障标准分别达到…
    const [orphans] = await read<{ nodes: number; parents: string[]; tasks: string[][]; mentions: string[] }>(
      `MATCH (p:Population {name: '散居孤儿'})
       RETURN COUNT { (:Population {name: '散居孤儿'}) } AS nodes,
              COLLECT { MATCH (p)-[:SUBGROUP_OF]->(q) RETURN q.name } AS parents,
              COLLECT { MATCH (p)<-[:TARGETS]-(t:Task) RETURN t.path } AS tasks,
              COLLECT { MATCH (p)<-[r:TARGETS]-() RETURN r.mention } AS mentions`,
    );
    expect({ ...orphans, nodes: Number(orphans!.nodes) }).toEqual({ nodes: 1, parents: ['孤儿'], tasks: [['五', '(十一)']], mentions: ['散居孤儿'] });
    // Stacked modifiers hang as a chain (厦门 8. 《福建省机构成年孤儿安置工作实施意见》 → 成年孤儿, which 汕尾 二(三) names),
    // and the same compound printed by two documents is one node (街面流浪乞讨人员: 钦州 (十五), 福州 三 三是).
    const rows = await read<{ name: string; parents: string[]; docs: string[] }>(
      `MATCH (p:Population) WHERE p.name IN ['成年孤儿', '机构成年孤儿', '街面流浪乞讨人员']
       RETURN p.name AS name,
              COLLECT { MATCH (p)-[:SUBGROUP_OF]->(q) RETURN q.name AS q ORDER BY q } AS parents,
              COLLECT { MATCH (p)<-[:TARGETS]-(t:Task) MATCH (d:Document {id: t.documentId}) RETURN DISTINCT d.source AS s ORDER BY s } AS docs
       ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: '成年孤儿', parents: ['孤儿'], docs: ['shanwei-2024-work-plan.txt'] },
      { name: '机构成年孤儿', parents: ['成年孤儿'], docs: ['xiamen-2022-work-plan.txt'] },
      { name: '街面流浪乞讨人员', parents: ['流浪乞讨人员'], docs: ['fuzhou-party-building-report.txt', 'qinzhou-2022-work-plan.txt'] },
    ]);
  });

  it('every relationship extracted from text carries evidence that slices the document text', async () => {
    const rows = await read<{ type: string; mention: string; slice: string }>(
      `MATCH ()-[r:LEADS|SUPPORTS|INVOLVES|CITES|TARGETS|PART_OF_INITIATIVE|HAS_INDICATOR|HAS_DEADLINE]->()
       MATCH (d:Document {id: r.documentId})
       RETURN type(r) AS type, r.mention AS mention, substring(d.text, r.start, r.end - r.start) AS slice`,
    );
    expect(rows.length).toBeGreaterThan(300);
    const mismatches = rows.filter((r) => r.type !== 'CITES' && r.slice !== r.mention);
    expect(mismatches).toEqual([]);
    // A citation's evidence covers the title with its brackets.
    expect(rows.filter((r) => r.type === 'CITES' && !r.slice.includes(r.mention))).toEqual([]);
  });
});

describe('re-ingesting', () => {
  it('skips unchanged files and changes no count', async () => {
    const before = await graphCounts(testGraph());
    const outcomes = await ingestSeeds();
    expect(outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(await graphCounts(testGraph())).toEqual(before);
  });

  it('replaces a changed document whole, and restoring it restores every count', async () => {
    const before = await graphCounts(testGraph());
    const original = readFileSync(join(SEEDS, 'qinzhou-2022-work-plan.txt'), 'utf8');
    // The same file, cut after task (二十): eight tasks and what only they cited must go.
    const cut = original.slice(0, original.indexOf('(二十一)'));
    const changed = extractDocument(Buffer.from(cut), 'qinzhou-2022-work-plan.txt');
    const result = await ingestDocument(testGraph(), changed, 'qinzhou-2022-work-plan.txt');
    // The same issuer, title and year with another text: a new version of the same document.
    expect(result).toMatchObject({ status: 'replaced', documentId: documentIdFor('qinzhou-2022-work-plan.txt') });
    expect(await versions(result.documentId)).toEqual([
      { sha256: sha256(seed('qinzhou-2022-work-plan.txt')), source: 'qinzhou-2022-work-plan.txt' },
      { sha256: sha256(cut), source: 'qinzhou-2022-work-plan.txt' },
    ]);

    const [tasks] = await read<{ n: number }>(`MATCH (t:Task {documentId: $doc}) RETURN count(t) AS n`, {
      doc: result.documentId,
    });
    expect(Number(tasks!.n)).toBe(20);
    const orphans = await read(
      `MATCH (n) WHERE (n:Regulation OR n:Initiative OR n:Department) AND NOT EXISTS { (n)--(:Task) } RETURN n.name AS name`,
    );
    expect(orphans).toEqual([]);

    const restored = extractDocument(seed('qinzhou-2022-work-plan.txt'), 'qinzhou-2022-work-plan.txt');
    expect((await ingestDocument(testGraph(), restored, 'qinzhou-2022-work-plan.txt')).status).toBe('replaced');
    expect(await graphCounts(testGraph())).toEqual(before);
    expect((await versions(result.documentId)).map((v) => v.sha256)).toEqual([sha256(seed('qinzhou-2022-work-plan.txt')), sha256(cut), sha256(seed('qinzhou-2022-work-plan.txt'))]);
  });

  it('rolls a document back whole when its transaction fails, leaving the others', async () => {
    const before = await graphCounts(testGraph());
    // Another document (another title): the same text would be the same document, and skipped before any write.
    const doc = extractDocument(seed('shanwei-2024-work-plan.txt'), 'another-shanwei.txt', { title: '汕尾市民政局另一份工作要点', titleDerived: false });
    await expect(
      ingestDocument(testGraph(), doc, 'another-shanwei.txt', {
        beforeCommit: async () => {
          throw new Error('injected failure');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(await graphCounts(testGraph())).toEqual(before);
    const [row] = await read<{ n: number }>(`MATCH (n {documentId: $doc}) RETURN count(n) AS n`, { doc: documentIdOf(doc) });
    expect(Number(row!.n)).toBe(0);
    // A new version rolled back leaves the old one and its history.
    const shanwei = documentIdFor('shanwei-2024-work-plan.txt');
    const history = await versions(shanwei);
    const changed = extractDocument(Buffer.from(seed('shanwei-2024-work-plan.txt').toString('utf8').replace('1780户', '1790户')), 'shanwei-v2.txt');
    await expect(ingestDocument(testGraph(), changed, 'shanwei-v2.txt', { beforeCommit: async () => Promise.reject(new Error('injected failure')) })).rejects.toThrow('injected failure');
    expect(await graphCounts(testGraph())).toEqual(before);
    expect(await versions(shanwei)).toEqual(history);
  });

  it('a batch with a bad document: the others load, the bad one fails alone with its reason, nothing of it stays', async () => {
    const before = await graphCounts(testGraph());
    const plan = (city: string) =>
      extractDocument(Buffer.from(`${city}民政局2025年工作要点\n一、社会救助\n1.完善救助,贯彻《社会救助暂行办法》。{牵头科室:社会救助科}\n2.加强监测。{牵头科室:局办公室}\n`), `${city}.txt`);
    const good = [plan('甲市'), plan('乙市')];
    const bad = plan('丙市');
    // A value Neo4j refuses to store (a map as a task's title) fails the write statement itself.
    (bad.tasks[0] as unknown as { title: unknown }).title = { not: 'storable' };
    const outcomes = await ingestDocuments(testGraph(), [
      { doc: good[0]!, sourceName: '甲市.txt' },
      { doc: bad, sourceName: '丙市.txt' },
      { doc: good[1]!, sourceName: '乙市.txt' },
      // The same document again in the same batch: written after the first, so it sees it and is skipped.
      { doc: good[0]!, sourceName: '甲市-copy.txt' },
    ]);
    expect(outcomes.map((o) => (o.ok ? [o.result.documentId, o.result.status, o.result.tasks] : ['failed']))).toEqual([
      [documentIdOf(good[0]!), 'loaded', 2],
      ['failed'],
      [documentIdOf(good[1]!), 'loaded', 2],
      [documentIdOf(good[0]!), 'skipped', 2],
    ]);
    const failure = outcomes[1]!;
    expect(failure.ok ? null : String((failure.error as Error).message)).toMatch(/Property values can only be of primitive types/);
    // Nothing of the bad document: no node of it, not even the Document its batch MERGEd first.
    const [row] = await read<{ n: number }>(`MATCH (n) WHERE n.documentId = $doc OR n.id = $doc RETURN count(n) AS n`, { doc: documentIdOf(bad) });
    expect(Number(row!.n)).toBe(0);
    // The good ones whole: their tasks, each with its LEADS and the regulation cited.
    const tasks = await read<{ doc: string; n: number; leads: number; cites: number }>(
      `MATCH (t:Task) WHERE t.documentId IN $docs
       RETURN t.documentId AS doc, count(t) AS n, sum(COUNT { (t)<-[:LEADS]-() }) AS leads, sum(COUNT { (t)-[:CITES]->() }) AS cites ORDER BY doc`,
      { docs: good.map((d) => documentIdOf(d)) },
    );
    expect(tasks.map((t) => [Number(t.n), Number(t.leads), Number(t.cites)])).toEqual([
      [2, 2, 1],
      [2, 2, 1],
    ]);
    for (const d of good) expect(await deleteDocument(testGraph(), documentIdOf(d))).toBe(true);
    expect(await graphCounts(testGraph())).toEqual(before);
  });

  it('readers waiting for the writers never take a file past the last (more files than the read-ahead holds)', async () => {
    // Batches of one and two writers hold 4 documents ahead: the 4 readers wait, and each must see on waking that the files are gone.
    const files = Array.from({ length: 3 }, () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f))).flat();
    const outcomes = await ingestFiles(testGraph(), files, { concurrency: 4, batchSize: 1 });
    expect(outcomes).toHaveLength(files.length);
    expect(outcomes.map((o) => [o.file, o.status])).toEqual(files.map((f) => [f, 'skipped']));
  });

  it('a bad file fails with its reason while the other files of the run load', async () => {
    const dir = join(import.meta.dirname, '../fixtures');
    const outcomes = await ingestFiles(testGraph(), [join(dir, 'binary.txt'), join(SEEDS, 'xiamen-2022-work-plan.txt')]);
    expect(outcomes.map((o) => [o.status, o.error])).toEqual([
      ['failed', 'binary file (not text): found NUL bytes'],
      ['skipped', undefined],
    ]);
  });
});

describe("a document's identity", () => {
  it('the same plan under other names and in other encodings is one document: skipped, nothing written', async () => {
    const before = await graphCounts(testGraph());
    const dir = mkdtempSync(join(tmpdir(), 'prg-identity-'));
    const text = seed('xiamen-2022-work-plan.txt').toString('utf8');
    writeFileSync(join(dir, '厦门2022.txt'), seed('xiamen-2022-work-plan.txt'));
    writeFileSync(join(dir, 'xiamen-gb18030.txt'), iconv.encode(text, 'gb18030'));
    writeFileSync(join(dir, 'xiamen-utf16.txt'), iconv.encode(text, 'utf16-le', { addBOM: true }));
    const outcomes = await ingestFiles(testGraph(), await listDocumentFiles([dir]));
    expect(outcomes.map((o) => [o.file.split('/').pop(), o.status, o.documentId])).toEqual(
      ['xiamen-gb18030.txt', 'xiamen-utf16.txt', '厦门2022.txt'].map((f) => [f, 'skipped', documentIdFor('xiamen-2022-work-plan.txt')]),
    );
    expect(await graphCounts(testGraph())).toEqual(before);
    // It keeps the file it was first read from.
    const [doc] = await read<{ source: string }>('MATCH (d:Document {id: $id}) RETURN d.source AS source', { id: documentIdFor('xiamen-2022-work-plan.txt') });
    expect(doc!.source).toBe('xiamen-2022-work-plan.txt');
  });

  it('another plan under the same file name, in another folder, is another document and replaces nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prg-identity-'));
    writeFileSync(join(dir, 'shanwei-2024-work-plan.txt'), '某市民政局2024年工作要点\n一、社会救助\n1.完善救助。\n2.加强监测。\n');
    const [outcome] = await ingestFiles(testGraph(), [join(dir, 'shanwei-2024-work-plan.txt')]);
    expect(outcome!.status).toBe('loaded');
    expect(outcome!.documentId).not.toBe(documentIdFor('shanwei-2024-work-plan.txt'));
    const rows = await read<{ title: string; tasks: number }>(
      `MATCH (d:Document {source: 'shanwei-2024-work-plan.txt'}) RETURN d.title AS title, COUNT { (t:Task {documentId: d.id}) } AS tasks ORDER BY title`,
    );
    expect(rows.map((r) => [r.title, Number(r.tasks)])).toEqual([
      ['某市民政局2024年工作要点', 2],
      ['汕尾市民政局2024年工作要点', 31],
    ]);
    expect(await deleteDocument(testGraph(), outcome!.documentId!)).toBe(true);
  });

  it('a document loaded under its file-name id (before ids came from what it is) is taken over by its next load', async () => {
    const text = '某市民政局2023年工作要点\n一、社会救助\n1.完善救助,贯彻《社会救助暂行办法》。{牵头科室:社会救助科}\n';
    const doc = extractDocument(Buffer.from(text), 'legacy.txt');
    const before = await graphCounts(testGraph());
    await ingestDocument(testGraph(), doc, 'legacy.txt');
    const loaded = await graphCounts(testGraph());
    // As an earlier version stored it: the id a hash of the file name, no textSha256, no history.
    const legacy = legacyDocumentId('legacy.txt');
    await testGraph().driver.executeQuery(
      `MATCH (d:Document {id: $id}) SET d.id = $legacy REMOVE d.textSha256, d.versions, d.origin
       WITH d MATCH (n {documentId: $id}) SET n.documentId = $legacy`,
      { id: documentIdOf(doc), legacy },
      { database: testGraph().database },
    );
    const result = await ingestDocument(testGraph(), doc, 'legacy.txt');
    expect(result).toEqual({ documentId: documentIdOf(doc), status: 'refreshed', tasks: 1 });
    expect(await graphCounts(testGraph())).toEqual(loaded);
    const [left] = await read<{ n: number }>('MATCH (d:Document) WHERE d.id = $legacy OR d.textSha256 IS NULL RETURN count(d) AS n', { legacy });
    expect(Number(left!.n)).toBe(0);
    expect((await versions(result.documentId)).map((v) => v.source)).toEqual(['legacy.txt']);
    expect(await deleteDocument(testGraph(), result.documentId)).toBe(true);
    expect(await graphCounts(testGraph())).toEqual(before);
  });
});

describe('deleting a document', () => {
  it('removes what only it referred to and keeps what others still cite', async () => {
    expect(await deleteDocument(testGraph(), documentIdFor('qinzhou-2022-work-plan.txt'))).toBe(true);
    const names = await read<{ name: string }>(
      `MATCH (r:Regulation) WHERE r.name IN ['地名管理条例', '广西壮族自治区养老服务条例'] RETURN r.name AS name`,
    );
    expect(names.map((r) => r.name)).toEqual(['地名管理条例']);
    const [left] = await read<{ docs: number; org: number; tasks: number }>(
      `RETURN COUNT { (d:Document) } AS docs, COUNT { (o:Organization {name: '钦州市民政局'}) } AS org,
              COUNT { (t:Task {documentId: $doc}) } AS tasks`,
      { doc: documentIdFor('qinzhou-2022-work-plan.txt') },
    );
    expect([Number(left!.docs), Number(left!.org), Number(left!.tasks)]).toEqual([4, 0, 0]);
    expect(await deleteDocument(testGraph(), documentIdFor('qinzhou-2022-work-plan.txt'))).toBe(false);
  });

  it('removes a compound population with the last task that names it or one of its subgroups; the taxonomy stays', async () => {
    const present = async (names: string[]) =>
      (await read<{ name: string }>(`MATCH (p:Population) WHERE p.name IN $names RETURN p.name AS name ORDER BY name`, { names })).map(
        (r) => r.name,
      );
    // Only 钦州 (deleted above) printed 散居孤儿 and 城市低保对象; 福州 still prints 街面流浪乞讨人员.
    expect(await present(['散居孤儿', '城市低保对象', '街面流浪乞讨人员', '孤儿', '低保对象'])).toEqual(['低保对象', '孤儿', '街面流浪乞讨人员']);
    // 成年孤儿 stays after 汕尾 (the only task naming it) is gone, while 厦门's 机构成年孤儿 hangs below it.
    await deleteDocument(testGraph(), documentIdFor('shanwei-2024-work-plan.txt'));
    expect(await present(['机构成年孤儿', '成年孤儿'])).toEqual(['成年孤儿', '机构成年孤儿']);
    await deleteDocument(testGraph(), documentIdFor('xiamen-2022-work-plan.txt'));
    expect(await present(['机构成年孤儿', '成年孤儿', '孤儿'])).toEqual(['孤儿']);
    // No population outside the taxonomy is left without a task at or below it.
    const stranded = await read<{ name: string }>(
      `MATCH (p:Population) WHERE NOT p.id IN $taxonomy AND NOT EXISTS { (:Task)-[:TARGETS]->(:Population)-[:SUBGROUP_OF*0..4]->(p) }
       RETURN p.name AS name`,
      { taxonomy: populationTaxonomy.map((p) => nodeId('Population', p.name)) },
    );
    expect(stranded).toEqual([]);
  });
});
