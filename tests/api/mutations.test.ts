// ingestDocument / deleteDocument behind INGEST_API_KEY.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver } from '../setup/db.js';
import { codes, execute, loadSeeds, query } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

const KEY = 'test-key-0123456789';
const saved = process.env.INGEST_API_KEY;
afterEach(() => {
  if (saved === undefined) delete process.env.INGEST_API_KEY;
  else process.env.INGEST_API_KEY = saved;
});

const SMALL_PLAN = `测试市民政局2025年工作要点
一、兜底保障
1.加强孤儿保障。落实《中华人民共和国慈善法》,为孤儿提供基本生活保障,年内完成1200户适老化改造。{牵头科室:社会福利科;责任科室(单位):各县(市、区)民政局}
2.推进殡葬改革。开展“绿美殡葬”行动。
二、基层治理
3.加强地名管理。贯彻《地名管理条例》。
`;

const INGEST = `mutation($text: String!, $fileName: String!, $metadata: DocumentMetadataInput) {
  ingestDocument(text: $text, fileName: $fileName, metadata: $metadata) {
    status taskCount warnings document { id title issuer year region kind organization { name } }
  }
}`;
const DELETE = `mutation($id: ID!) { deleteDocument(id: $id) }`;
const STATS = `{ graphStats { nodeCount relationshipCount labels { label count } relationships { type count } } }`;

describe('without INGEST_API_KEY configured', () => {
  it('mutations are disabled (FORBIDDEN), whatever key is presented', async () => {
    delete process.env.INGEST_API_KEY;
    for (const apiKey of [null, 'anything']) {
      const r = await execute(INGEST, { text: SMALL_PLAN, fileName: 'small.txt' }, { apiKey });
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.errors![0]!.message).toBe('mutations are disabled: set INGEST_API_KEY');
    }
    expect(codes(await execute(DELETE, { id: 'doc_0000000000000000' }, { apiKey: 'x' }))).toEqual(['FORBIDDEN']);
  });
});

describe('with INGEST_API_KEY configured', () => {
  it('a missing or wrong key is UNAUTHENTICATED', async () => {
    process.env.INGEST_API_KEY = KEY;
    for (const apiKey of [null, '', 'wrong', `${KEY}x`, KEY.slice(0, -1)]) {
      const r = await execute(INGEST, { text: SMALL_PLAN, fileName: 'small.txt' }, { apiKey });
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await execute(DELETE, { id: 'doc_0000000000000000' }, { apiKey: 'wrong' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('ingests a small work plan, then deletes it: the graph counts return to what they were', async () => {
    process.env.INGEST_API_KEY = KEY;
    const before = (await query(STATS)).graphStats;

    const loaded = await execute(INGEST, { text: SMALL_PLAN, fileName: 'test-2025.txt' }, { apiKey: KEY });
    expect(loaded.errors).toBeUndefined();
    const result = loaded.data.ingestDocument;
    expect(result).toMatchObject({
      status: 'LOADED',
      taskCount: 3,
      warnings: [],
      document: { title: '测试市民政局2025年工作要点', issuer: '测试市民政局', year: 2025, region: '测试市', kind: 'WORK_PLAN', organization: { name: '测试市民政局' } },
    });
    const id = result.document.id;

    // The new document is part of the answers at once: one more task cites 《地名管理条例》.
    const cited = await query(`{ tasks(filter: {regulation: "地名管理条例"}) { totalCount } t: tasks(filter: {documentId: "${id}"}) { nodes { title leads { department { name organization { name } } } } } }`);
    expect(cited.tasks.totalCount).toBe(3);
    expect(cited.t.nodes.map((t: any) => [t.title, t.leads.map((l: any) => `${l.department.name}@${l.department.organization.name}`)])).toEqual([
      ['加强孤儿保障', ['社会福利科@测试市民政局']],
      ['推进殡葬改革', []],
      ['加强地名管理', []],
    ]);

    // …and searchable at once (the mutation waits for the eventually consistent full-text indexes).
    const found = await query(`{ search(text: "加强孤儿保障") { hits { node { id ... on Task { title } } } } }`);
    expect(found.search.hits.map((h: any) => h.node.title)).toEqual(['加强孤儿保障']);

    const again = await execute(INGEST, { text: SMALL_PLAN, fileName: 'test-2025.txt' }, { apiKey: KEY });
    expect(again.data.ingestDocument.status).toBe('SKIPPED');
    // A document is what it is, not its file name: the same text under another name is the same document.
    const renamed = await execute(INGEST, { text: SMALL_PLAN, fileName: 'copy-of-test.txt' }, { apiKey: KEY });
    expect(renamed.data.ingestDocument).toMatchObject({ status: 'SKIPPED', document: { id } });
    // Another text of it (the same issuer, title and year) is a new version; other metadata for the same text a new reading.
    const changedText = SMALL_PLAN.replace('1200户', '1300户');
    const changed = await execute(INGEST, { text: changedText, fileName: 'test-2025-v2.txt' }, { apiKey: KEY });
    expect(changed.data.ingestDocument).toMatchObject({ status: 'REPLACED', document: { id } });
    const reread = await execute(INGEST, { text: changedText, fileName: 'test-2025-v2.txt', metadata: { region: '测试区' } }, { apiKey: KEY });
    expect(reread.data.ingestDocument).toMatchObject({ status: 'REFRESHED', document: { id, region: '测试区' } });
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const { node } = await query(`{ node(id: "${id}") { ... on Document { source sha256 versions { sha256 source ingestedAt } } } }`);
    expect(node).toMatchObject({ source: 'test-2025-v2.txt', sha256: sha256(changedText) });
    expect(node.versions.map((v: any) => [v.sha256, v.source])).toEqual([
      [sha256(SMALL_PLAN), 'test-2025.txt'],
      [sha256(changedText), 'test-2025-v2.txt'],
    ]);
    expect(Date.parse(node.versions[1].ingestedAt)).toBeGreaterThanOrEqual(Date.parse(node.versions[0].ingestedAt));
    // Other metadata that makes it another document (another title) loads another document.
    const other = await execute(INGEST, { text: changedText, fileName: 'test-2025-v2.txt', metadata: { title: '测试计划', year: 2026 } }, { apiKey: KEY });
    expect(other.data.ingestDocument).toMatchObject({ status: 'LOADED', document: { title: '测试计划', year: 2026 } });
    expect(other.data.ingestDocument.document.id).not.toBe(id);
    expect((await execute(DELETE, { id: other.data.ingestDocument.document.id }, { apiKey: KEY })).data.deleteDocument).toBe(true);

    const deleted = await execute(DELETE, { id }, { apiKey: KEY });
    expect(deleted.data.deleteDocument).toBe(true);
    expect((await query(STATS)).graphStats).toEqual(before);
    expect((await query(`{ search(text: "加强孤儿保障") { totalCount } }`)).search.totalCount).toBe(0);
    expect((await execute(DELETE, { id }, { apiKey: KEY })).data.deleteDocument).toBe(false);
  });

  it.each([
    ['an empty text', '   \n ', 'empty file (only whitespace)'],
    ['a binary text', 'abc\u0000\u0001\u0002def', 'binary file (not text)'],
  ])('%s is BAD_USER_INPUT with the extractor’s reason', async (_name, text, reason) => {
    process.env.INGEST_API_KEY = KEY;
    const r = await execute(INGEST, { text, fileName: 'bad.txt' }, { apiKey: KEY });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toContain(reason);
  });

  it('a file name with a folder is BAD_USER_INPUT; deleteDocument wants a document id', async () => {
    process.env.INGEST_API_KEY = KEY;
    expect(codes(await execute(INGEST, { text: SMALL_PLAN, fileName: '../x.txt' }, { apiKey: KEY }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await execute(DELETE, { id: 'task_0000000000000000' }, { apiKey: KEY }))).toEqual(['BAD_USER_INPUT']);
  });
});
