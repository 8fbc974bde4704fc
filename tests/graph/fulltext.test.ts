import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSearchIndexes } from '../../src/graph/ingest.js';
import { closeTestDriver, resetDatabase, testDriver, testGraph, testInfo } from '../setup/db.js';

beforeAll(async () => {
  await resetDatabase();
  await testDriver().executeQuery(
    `UNWIND $tasks AS t CREATE (:Task {id: t.id, title: t.title, text: t.text})`,
    {
      tasks: [
        { id: 'with', title: '兜底保障', text: '加强困境儿童分类保障，落实基本生活保障制度' },
        { id: 'without', title: '养老服务', text: '推进养老服务体系建设，提升居家养老服务质量' },
        { id: 'partial', title: '关爱保护', text: '健全农村留守儿童关爱服务体系' },
      ],
    },
    { database: testInfo().database },
  );
  await testDriver().executeQuery(
    `CREATE (:Regulation {id: 'r1', name: '中华人民共和国未成年人保护法', title: '中华人民共和国未成年人保护法'}),
            (:Document {id: 'd1', title: '汕尾市民政局2024年工作要点'}),
            (:Population {id: 'p1', name: '特困人员'})`,
    {},
    { database: testInfo().database },
  );
  // The full-text indexes are eventually consistent (cheaper ingestion): wait for them.
  await refreshSearchIndexes(testGraph());
});
afterAll(closeTestDriver);

async function search(index: string, query: string): Promise<string[]> {
  const { records } = await testDriver().executeQuery(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     RETURN node.id AS id ORDER BY score DESC, id`,
    { index, query },
    { database: testInfo().database, routing: 'READ' },
  );
  return records.map((r) => r.get('id') as string);
}

describe('full-text index taskText (cjk analyzer)', () => {
  it('finds 困境儿童 inside a longer sentence, best match first, and not a task without it', async () => {
    // cjk indexes bigrams (困境 境儿 儿童): a task sharing only 儿童 matches weakly, one sharing nothing not at all.
    expect(await search('taskText', '困境儿童')).toEqual(['with', 'partial']);
  });

  it('matches the exact term only when quoted as a phrase', async () => {
    expect(await search('taskText', '"困境儿童"')).toEqual(['with']);
  });

  it('searches the title too', async () => {
    expect(await search('taskText', '"养老服务"')).toEqual(['without']);
  });
});

describe('full-text index entityNames (cjk analyzer)', () => {
  it('finds a regulation by part of its name', async () => {
    expect(await search('entityNames', '"未成年人保护"')).toEqual(['r1']);
  });

  it('finds a document by part of its title and a population by name', async () => {
    expect(await search('entityNames', '"工作要点"')).toEqual(['d1']);
    expect(await search('entityNames', '"特困人员"')).toEqual(['p1']);
  });
});
