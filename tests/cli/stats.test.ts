// kg <command> --help for every command, and kg stats --documents: each document with its id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentStats } from '../../src/graph/read/aggregate.js';
import { GraphReader } from '../../src/graph/reader.js';
import { documentTable } from '../../src/cli/commands/stats.js';
import { main } from '../../src/cli/main.js';
import { loadSeeds } from '../api/helpers.js';
import { closeTestDriver, testGraph } from '../setup/db.js';

beforeAll(loadSeeds);
afterAll(closeTestDriver);

async function run(argv: string[]) {
  let out = '';
  const err: string[] = [];
  const code = await main(argv, { out: (t) => void (out += t), err: (l) => void err.push(l) });
  return { code, out, err };
}

describe('kg <command> --help', () => {
  it('prints the usage of every command on stdout, exit code 0, and touches nothing', async () => {
    const { out: list } = await run(['--help']);
    const commands = [...list.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(['extract', 'ingest', 'stats', 'delete']));
    for (const name of commands) {
      for (const flag of ['--help', '-h']) {
        const r = await run([name, flag]);
        expect([name, r.code, r.err]).toEqual([name, 0, []]);
        expect(r.out).toMatch(new RegExp(`^usage: kg ${name}\\b`));
      }
    }
    // Among other arguments too (kg delete doc_… --help deletes nothing).
    expect((await run(['delete', 'doc_0123456789abcdef', '--help'])).code).toBe(0);
  });
});

describe('kg stats --documents', () => {
  it('one line per document: id, region, year, tasks, explicitly led, citations, promises, title', async () => {
    const table = documentTable(await documentStats(new GraphReader(testGraph()), { asOf: '2024-06-30', soonDays: 30 }));
    const lines = table.trimEnd().split('\n');
    expect(lines.slice(2).every((l) => /^ {2}doc_[0-9a-f]{16} {2}/.test(l))).toBe(true);
    // Ids come from what a document is (issuer, number, title): stable, but not this test's business.
    expect(table.replace(/doc_[0-9a-f]{16}/g, 'doc_…')).toMatchInlineSnapshot(`
      "documents
        id                    region  year  tasks  led  cites  promises  title
        doc_…  厦门市  2022  46     0    18     18        2022年全市民政工作要点
        doc_…  厦门市  2024  12     0    1      0         弘扬特区精神 在学思践悟中彰显民政担当
        doc_…  汕尾市  2024  31     28   4      19        汕尾市民政局2024年工作要点
        doc_…  福州市  -     12     0    4      2         市民政局:念好“新、牢、实、严”四字诀 擦亮“四型机关”品牌 推动新时代福州民政事业高质量发展
        doc_…  钦州市  2022  28     0    6      20        2022年钦州民政工作要点
      "
    `);
  });

  it('refuses an unknown option', async () => {
    const r = await run(['stats', '--document']);
    expect(r.code).toBe(2);
  });
});
