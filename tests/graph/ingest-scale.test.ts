import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument, loadMaterial } from '../../bench/corpus.js';
import { extractDocument } from '../../src/extract/index.js';
import type { Graph } from '../../src/graph/connection.js';
import { deleteDocument, ensureReferenceData, ingestDocument } from '../../src/graph/ingest.js';
import { documentIdOf } from '../../src/graph/document-graph.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';

const ROOT = join(import.meta.dirname, '../..');
const material = loadMaterial(join(ROOT, 'seeds'));

/** The real graph, with every statement sent inside a transaction counted. */
function countingGraph(): { graph: Graph; statements: () => number } {
  let statements = 0;
  const real = testGraph();
  const countRuns = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get: (target, key) =>
        key === 'run'
          ? (...args: Parameters<ManagedTransaction['run']>) => {
              statements++;
              return target.run(...args);
            }
          : Reflect.get(target, key),
    });
  const driver = new Proxy(real.driver, {
    get: (target, key) =>
      key === 'session'
        ? (...args: Parameters<Driver['session']>) => {
            const session = target.session(...args);
            return new Proxy(session, {
              get: (s, k) =>
                k === 'executeWrite'
                  ? (work: (tx: ManagedTransaction) => Promise<unknown>) => s.executeWrite((tx) => work(countRuns(tx)))
                  : Reflect.get(s, k).bind?.(s) ?? Reflect.get(s, k),
            }) as Session;
          }
        : Reflect.get(target, key),
  });
  return { graph: { driver, database: real.database }, statements: () => statements };
}

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
});
afterAll(closeTestDriver);

const statementsFor = async (text: string, key: string) => {
  const { graph, statements } = countingGraph();
  const result = await ingestDocument(graph, extractDocument(Buffer.from(text), key), key);
  return { status: result.status, tasks: result.tasks, statements: statements() };
};

describe('batched writes', () => {
  it('sends as many statements for a document of 3 tasks as for one of 46, new or replaced', async () => {
    const xiamen = readFileSync(join(ROOT, 'seeds/xiamen-2022-work-plan.txt'), 'utf8');
    const small = '某市民政局2022年工作要点\n一、健全社会救助体系\n1.完善救助。\n2.加强监测。\n3.提升管理。';
    expect(await statementsFor(small, 'small.txt')).toEqual({ status: 'loaded', tasks: 3, statements: 3 });
    expect(await statementsFor(xiamen, 'large.txt')).toEqual({ status: 'loaded', tasks: 46, statements: 3 });
    // A new version (the same issuer and title, or 文号, another text) adds one statement (remove the old graph), whatever the size.
    expect(await statementsFor(small.replace('提升管理', '提升管理水平'), 'small.txt')).toEqual({ status: 'replaced', tasks: 3, statements: 5 });
    expect(await statementsFor(xiamen.replace('加强', '强化'), 'large-v2.txt')).toEqual({ status: 'replaced', tasks: 46, statements: 5 });
    // The same document again, under another name: one statement, nothing written.
    expect(await statementsFor(small.replace('提升管理', '提升管理水平'), 'small-copy.txt')).toEqual({ status: 'skipped', tasks: 3, statements: 1 });
  });
});

describe('two ingest processes at once', () => {
  it('both succeed on documents that share entities, and no shared node is duplicated', async () => {
    await resetDatabase();
    await ensureReferenceData(testGraph());
    const dirs = [0, 1].map((k) => {
      const dir = mkdtempSync(join(tmpdir(), `prg-concurrent-${k}-`));
      for (let i = 0; i < 15; i++) {
        const doc = generateDocument(material, k * 100 + i, 7);
        writeFileSync(join(dir, doc.fileName.replace('.txt', `-${k}.txt`)), doc.bytes);
      }
      return dir;
    });
    const info = testInfo();
    const env = { ...process.env, NEO4J_URI: info.uri, NEO4J_USER: info.user, NEO4J_PASSWORD: info.password, NEO4J_DATABASE: info.database };
    const run = (dir: string) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', 'ingest', dir, '--concurrency', '3'], { cwd: ROOT, env });
    const results = await Promise.all(dirs.map(run));
    for (const r of results) expect(r.stdout).toMatch(/: 15 loaded, 0 replaced \(new version\), 0 refreshed \(read again\), 0 skipped \(unchanged\), 0 failed/);

    const { records } = await testGraph().driver.executeQuery(
      `MATCH (n) WHERE n:Regulation OR n:Initiative OR n:Organization OR n:Population
       WITH labels(n)[0] AS label, n.name AS name, count(*) AS copies WHERE copies > 1
       RETURN label, name, copies`,
      {},
      { database: info.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([]);
    const [docs] = (
      await testGraph().driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: info.database })
    ).records;
    expect(Number(docs!.get('n'))).toBe(30);
    const departments = await testGraph().driver.executeQuery(
      `MATCH (d:Department) OPTIONAL MATCH (d)-[:PART_OF]->(o)
       WITH d.name AS name, o.name AS bureau, count(*) AS copies WHERE copies > 1 RETURN name, bureau, copies`,
      {},
      { database: info.database },
    );
    expect(departments.records.map((r) => r.toObject())).toEqual([]);
  });
});

describe('a delete racing an ingest of a document that shares its departments', () => {
  it('never removes the ingested document’s links, and both succeed', async () => {
    await resetDatabase();
    await ensureReferenceData(testGraph());
    const plan = (k: number) =>
      `测试市民政局2024年第${k}批工作要点\n一、社会救助\n1.完善救助体系${k}。加强困难群众兜底保障,实施“暖心工程”。{牵头科室:社会救助科;责任科室(单位):各县(市、区)民政局}\n` +
      `2.贯彻《社会救助暂行办法》。关爱特困人员。{牵头科室:社会福利科;责任科室(单位):社会救助科}`;
    const doc = (k: number) => extractDocument(Buffer.from(plan(k)), `race-${k}.txt`);
    // Each plan is another document of the same bureau (documentKey: its issuer, another title).
    const links = async (k: number) => {
      const { records } = await testGraph().driver.executeQuery(
        `MATCH (t:Task {documentId: $doc})
         RETURN COUNT { (t)<-[:LEADS]-() } + COUNT { (t)<-[:SUPPORTS]-() } + COUNT { (t)-[:CITES]->() } + COUNT { (t)-[:PART_OF_INITIATIVE]->() } AS n`,
        { doc: documentIdOf(doc(k)) },
        { database: testInfo().database },
      );
      return records.reduce((sum, r) => sum + Number(r.get('n')), 0);
    };
    for (let round = 0; round < 12; round++) {
      if (round === 0) await ingestDocument(testGraph(), doc(0), 'race-0.txt');
      // Delete the older plan while the newer one, linking the same departments, regulation and initiative, loads.
      const [deleted, loaded] = await Promise.all([
        deleteDocument(testGraph(), documentIdOf(doc(round))),
        ingestDocument(testGraph(), doc(round + 1), `race-${round + 1}.txt`),
      ]);
      expect([deleted, loaded.status]).toEqual([true, 'loaded']);
      expect(await links(round + 1)).toBe(6); // 2 leads, 2 supports, 1 citation, 1 initiative
    }
  });
});
