// The same work across years: 汕尾's 2024 plan (a seed) and a 2025 plan written from
// it with five changes made by hand below — a task dropped, a task added, a figure
// raised, a lead changed, and the year moved on. planChanges must give exactly those.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { ingestFiles } from '../../src/ingest/files.js';
import { closeTestDriver, resetDatabase, testGraph } from '../setup/db.js';
import { codes, execute, query, SEEDS } from './helpers.js';

const PLAN_2024 = join(SEEDS, 'shanwei-2024-work-plan.txt');

/** The 2025 plan: the 2024 text with the changes the assertions below expect. */
function plan2025(): string {
  const lines = readFileSync(PLAN_2024, 'utf8').split('\n');
  const dropped = lines.findIndex((l) => l.startsWith('(四)坚决贯彻落实市委市政府工作部署'));
  lines.splice(dropped, 2); // 一(四) and its text: dropped
  let text = lines.join('\n');
  const change = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`the seed no longer prints ${from}`);
    text = text.replace(from, to);
  };
  change('全年计划新增福利彩票销售场所30个', '全年计划新增福利彩票销售场所40个'); // a figure raised
  change('{牵头科室:区划地名科;责任科室(单位):各县(市、区)民政局}', '{牵头科室:社会事务科;责任科室(单位):各县(市、区)民政局}'); // a lead changed
  change(
    '\n三、推进党建引领',
    '\n(九)实施民政数字化转型行动\n建设全市民政数据共享平台,推动婚姻、殡葬、养老机构信息互联互通,实现高频事项“一网通办”。{牵头科室:局办公室}\n三、推进党建引领',
  ); // a task added at the end of 二
  return text.replaceAll('2024年', '2025年').replaceAll('2023年', '2024年'); // the year moved on
}

let dir: string;
const plan2024Id = async () =>
  (await query(`{ documents(region: "汕尾市", year: 2024) { nodes { id } } }`)).documents.nodes[0].id as string;
const plan2025Id = async () =>
  (await query(`{ documents(region: "汕尾市", year: 2025) { nodes { id } } }`)).documents.nodes[0].id as string;

async function load(files: string[]) {
  const outcomes = await ingestFiles(testGraph(), files);
  expect(outcomes.map((o) => o.status)).toEqual(files.map(() => 'loaded'));
}

async function continuesCount(): Promise<number> {
  const { records } = await testGraph().driver.executeQuery('MATCH (:Task)-[c:CONTINUES]->(:Task) RETURN count(c) AS n', {}, { database: testGraph().database });
  return records[0]!.get('n').toNumber();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-changes-'));
  writeFileSync(join(dir, 'shanwei-2025-work-plan.txt'), plan2025());
  await resetDatabase();
  await ensureReferenceData(testGraph());
  await load([PLAN_2024, join(dir, 'shanwei-2025-work-plan.txt')]);
});
afterAll(closeTestDriver);

describe('planChanges', () => {
  it('gives exactly the changes made: one dropped, one added, one lead and one figure changed, the rest continued', async () => {
    const data = await query(
      `query($to: ID!) {
        planChanges(toDocumentId: $to) {
          from { year } to { year }
          continued { from { path } to { path } similarity }
          added { path title }
          dropped { path title }
          leadChanges { from { path } leadsBefore leadsAfter }
          figureChanges { to { path } figureChanges { subject unit before after beforeText afterText } }
        }
      }`,
      { to: await plan2025Id() },
    );
    const changes = data.planChanges;
    expect([changes.from.year, changes.to.year]).toEqual([2024, 2025]);
    expect(changes.dropped).toEqual([{ path: ['一', '(四)'], title: '坚决贯彻落实市委市政府工作部署' }]);
    expect(changes.added).toEqual([{ path: ['二', '(九)'], title: '实施民政数字化转型行动' }]);
    expect(changes.leadChanges).toEqual([{ from: { path: ['二', '(七)'] }, leadsBefore: ['区划地名科'], leadsAfter: ['社会事务科'] }]);
    expect(changes.figureChanges).toEqual([
      {
        to: { path: ['二', '(五)', '3.'] },
        figureChanges: [{ subject: '福利彩票销售场所', unit: '个', before: 30, after: 40, beforeText: '新增福利彩票销售场所30个', afterText: '新增福利彩票销售场所40个' }],
      },
    ]);
    // Every other task continues the task of the same number.
    expect(changes.continued).toHaveLength(30);
    expect(changes.continued.filter((c: any) => c.from.path.join() !== c.to.path.join())).toEqual([]);
    expect(Math.min(...changes.continued.map((c: any) => c.similarity))).toBeGreaterThan(0.8);
  });

  it('links each task to the one it continues (CONTINUES), with the phrases both print', async () => {
    const data = await query(`query($d: ID!) { tasks(filter: {documentId: $d}, first: 100) { nodes { path continues { task { path year } similarity phrases } } } }`, {
      d: await plan2025Id(),
    });
    const byPath = new Map(data.tasks.nodes.map((t: any) => [t.path.join(''), t.continues]));
    expect(byPath.get('二(九)')).toBeNull();
    const border = byPath.get('二(七)') as any;
    expect(border.task).toEqual({ path: ['二', '(七)'], year: 2024 });
    expect(border.phrases[0]!.length).toBeGreaterThanOrEqual(20);
    expect(await continuesCount()).toBe(30);
  });

  it('links the same pairs when the later plan is loaded first', async () => {
    await resetDatabase();
    await load([join(dir, 'shanwei-2025-work-plan.txt')]);
    expect(await continuesCount()).toBe(0);
    await load([PLAN_2024]);
    expect(await continuesCount()).toBe(30);
    const data = await query(`query($d: ID!) { tasks(filter: {documentId: $d}, first: 100) { nodes { path continuedBy { task { path year } } } } }`, { d: await plan2024Id() });
    expect(data.tasks.nodes.filter((t: any) => t.continuedBy === null).map((t: any) => t.path.join(''))).toEqual(['一(四)']);
  });

  it('needs an earlier plan of the same issuer or a fromDocumentId; an unknown document is NOT_FOUND', async () => {
    expect(codes(await execute('query($to: ID!) { planChanges(toDocumentId: $to) { added { id } } }', { to: await plan2024Id() }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await execute('{ planChanges(toDocumentId: "doc_0123456789abcdef") { added { id } } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await execute('{ planChanges(toDocumentId: "task_0123456789abcdef") { added { id } } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
