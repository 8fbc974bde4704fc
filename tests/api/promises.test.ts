// Promises on a timeline (督查督办): the `deadlines` and `indicators` queries, a
// deadline's status on a day, Indicator.kind, and tasks filtered by what they promise.
// The seeds hold 13 deadlines (12 dated) and 156 indicators (59 targets).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, deadlineStatus, todayIn } from '../../src/graph/read/promise.js';
import { closeTestDriver } from '../setup/db.js';
import { codes, execute, loadSeeds, query } from './helpers.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

describe('deadlineStatus', () => {
  it('is OVERDUE before the day, DUE_SOON up to soonDays after it (both ends), OPEN later, UNDATED without a date', () => {
    expect(deadlineStatus('2024-12-31', '2025-01-01', 30)).toBe('OVERDUE');
    expect(deadlineStatus('2024-12-31', '2024-12-31', 30)).toBe('DUE_SOON');
    expect(deadlineStatus('2024-12-31', '2024-12-01', 30)).toBe('DUE_SOON');
    expect(deadlineStatus('2024-12-31', '2024-11-30', 30)).toBe('OPEN');
    expect(deadlineStatus(null, '2024-11-30', 30)).toBe('UNDATED');
    expect(addDays('2024-02-15', 30)).toBe('2024-03-16');
    expect(todayIn('Asia/Shanghai', new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});

describe('deadlines', () => {
  it('lists every deadline by date, the undated last, each with its status on asOf', async () => {
    const data = await query(`{
      deadlines(asOf: "2022-04-15", first: 20) {
        totalCount
        nodes { text date status task { document { region } } }
      }
    }`);
    expect(data.deadlines.totalCount).toBe(13);
    expect(data.deadlines.nodes.map((d: any) => [d.task.document.region, d.text, d.date, d.status])).toEqual([
      ['厦门市', '3月底', '2022-03-31', 'OVERDUE'],
      ['钦州市', '4月份', '2022-04-30', 'DUE_SOON'],
      ['厦门市', '上半年', '2022-06-30', 'OPEN'],
      ['厦门市', '9月底', '2022-09-30', 'OPEN'],
      ...data.deadlines.nodes.slice(4, 7).map((d: any) => [d.task.document.region, d.text, '2022-12-31', 'OPEN']),
      ...data.deadlines.nodes.slice(7, 11).map((d: any) => ['汕尾市', d.text, '2024-12-31', 'OPEN']),
      ['汕尾市', '2024-2026年', '2026-12-31', 'OPEN'],
      ['厦门市', '年初', null, 'UNDATED'],
    ]);
    expect(data.deadlines.nodes.slice(4, 7).map((d: any) => d.text).sort()).toEqual(['年内', '年底', '年底']);
  });

  it('filters by status relative to asOf, with a DUE_SOON window of dueSoonDays', async () => {
    const texts = async (args: string) =>
      (await query(`{ deadlines(${args}) { totalCount nodes { text } } }`)).deadlines.nodes.map((d: any) => d.text);
    expect(await texts('asOf: "2022-04-15", filter: {status: OVERDUE}')).toEqual(['3月底']);
    expect(await texts('asOf: "2022-04-15", filter: {status: DUE_SOON}')).toEqual(['4月份']);
    expect(await texts('asOf: "2022-04-15", dueSoonDays: 10, filter: {status: DUE_SOON}')).toEqual([]);
    expect(await texts('filter: {status: UNDATED}')).toEqual(['年初']);
    expect((await texts('asOf: "2025-01-01", filter: {status: OVERDUE}')).length).toBe(11);
  });

  it('filters by region, bureau, year and due dates', async () => {
    const count = async (filter: string) => (await query(`{ deadlines(filter: ${filter}) { totalCount } }`)).deadlines.totalCount;
    expect(await count('{region: "汕尾市"}')).toBe(5);
    expect(await count('{organization: "厦门市民政局"}')).toBe(6);
    expect(await count('{year: 2022}')).toBe(8);
    expect(await count('{dueBefore: "2022-12-31"}')).toBe(7);
    expect(await count('{dueAfter: "2024-01-01", dueBefore: "2024-12-31"}')).toBe(4);
  });

  it('refuses a day not written yyyy-mm-dd, and a window out of range', async () => {
    expect(codes(await execute('{ deadlines(asOf: "15/04/2022") { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await execute('{ deadlines(filter: {dueBefore: "2022-13-01"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await execute('{ deadlines(dueSoonDays: 400) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await execute('{ tasks(filter: {dueBefore: "soon"}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('indicators', () => {
  it('tells promises (TARGET) from reported results (ACHIEVED)', async () => {
    const count = async (filter: string) => (await query(`{ indicators(filter: ${filter}) { totalCount } }`)).indicators.totalCount;
    expect(await count('{}')).toBe(156);
    expect(await count('{kind: TARGET}')).toBe(59);
    expect(await count('{kind: ACHIEVED}')).toBe(97);
    expect(await count('{kind: TARGET, region: "汕尾市"}')).toBe(19);
    // The 厦门 director's article reports: none of its 14 figures is a promise.
    expect(await count('{kind: TARGET, region: "厦门市", year: 2024}')).toBe(0);
    expect(await count('{region: "厦门市", year: 2024}')).toBe(14);
  });

  it('filters by unit and value range, in document then reading order', async () => {
    const data = await query(`{ indicators(filter: {region: "汕尾市", unit: "个", minValue: 6, maxValue: 30}) { totalCount nodes { value text kind task { path } } } }`);
    expect(data.indicators.nodes.map((i: any) => [i.task.path.join(''), i.value, i.text])).toEqual([
      ['二(二)', 10, '打造10个镇(街道)幸福长者食堂运营模式示范点'],
      ['二(五)1.', 6, '6个慈善帮扶项目'],
      ['二(五)2.', 6, '推动省级6个标杆社工站'],
      ['二(五)3.', 30, '新增福利彩票销售场所30个'],
      ['二(六)1.', 23, '推动全市23个公墓(骨灰楼)绿化覆盖率'],
    ]);
    expect(data.indicators.totalCount).toBe(5);
    expect(codes(await execute('{ indicators(filter: {minValue: 5, maxValue: 1}) { totalCount } }'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('tasks filtered by what they promise', () => {
  it('with a deadline, due before a day, of work plans or of articles', async () => {
    const count = async (filter: string) => (await query(`{ tasks(filter: ${filter}) { totalCount } }`)).tasks.totalCount;
    expect(await count('{hasDeadline: true}')).toBe(8);
    expect(await count('{dueBefore: "2022-12-31"}')).toBe(3);
    expect(await count('{hasDeadline: true, region: "汕尾市"}')).toBe(5);
    const plans = await count('{documentKind: WORK_PLAN}');
    const articles = await count('{documentKind: ARTICLE}');
    expect(plans + articles).toBe(await count('{}'));
    expect(await count('{documentKind: WORK_PLAN, hasDeadline: false}')).toBe(plans - 8);
    expect(await count('{documentKind: ARTICLE, hasDeadline: true}')).toBe(0);
  });
});
