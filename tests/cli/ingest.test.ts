// kg ingest as a person uses it: a bad path among good ones is reported and the rest
// loaded; a file in a folder that is no document says why it is skipped; each
// document's id and warnings are printed; and when Neo4j goes away the files left
// are not each tried (and waited for) in turn.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/connection.js';
import { ensureReferenceData } from '../../src/graph/ingest.js';
import { ingestFiles } from '../../src/ingest/files.js';
import { SEEDS } from '../api/helpers.js';
import { closeTestDriver, resetDatabase, testGraph, testInfo } from '../setup/db.js';

const ROOT = join(import.meta.dirname, '../..');

beforeAll(async () => {
  await resetDatabase();
  await ensureReferenceData(testGraph());
});
afterAll(closeTestDriver);

async function kg(args: string[]) {
  const info = testInfo();
  const env = { ...process.env, NEO4J_URI: info.uri, NEO4J_USER: info.user, NEO4J_PASSWORD: info.password, NEO4J_DATABASE: info.database };
  try {
    const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', ...args], { cwd: ROOT, env });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e: any) {
    return { code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string };
  }
}

describe('kg ingest', () => {
  it('reports a missing path and a skipped file, loads the rest, prints ids and warnings, exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
    copyFileSync(join(SEEDS, 'qinzhou-2022-work-plan.txt'), join(dir, 'qinzhou.txt'));
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(join(dir, 'note.txt'), '会议纪要\n');
    const missing = join(dir, 'nowhere.txt');
    const r = await kg(['ingest', missing, dir]);
    expect(r.code).toBe(1);
    const errLines = r.stderr.split('\n').filter((l) => l.startsWith('kg: '));
    expect(errLines).toEqual([
      `kg: ${missing}: skipped: no such file or folder`,
      `kg: ${join(dir, 'photo.jpg')}: skipped: not a document file (.jpg; reads .txt .text .md .htm .html .docx .doc .wps .pdf .xlsx .xls .csv .tsv)`,
      `kg: ${join(dir, 'note.txt')}: warning: no issuer found`,
      `kg: ${join(dir, 'note.txt')}: warning: no year found`,
      `kg: ${join(dir, 'note.txt')}: warning: no tasks found`,
    ]);
    expect(r.stdout).toMatch(/ingested 2 file\(s\) in [\d.]+ s: 2 loaded, 0 replaced \(new version\), 0 refreshed \(read again\), 0 skipped \(unchanged\), 0 failed/);
    expect(r.stdout).toMatch(new RegExp(`^  loaded    doc_[0-9a-f]{16} ${join(dir, 'note.txt')} \\(no tasks found\\)$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^  loaded    doc_[0-9a-f]{16} ${join(dir, 'qinzhou.txt')}$`, 'm'));
  });
});

describe('kg ingest --bulk', () => {
  it('says it needs the local Neo4j when NEO4J_URI names another, and loads nothing', async () => {
    await resetDatabase();
    const r = await kg(['ingest', '--bulk', join(SEEDS, 'qinzhou-2022-work-plan.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      "kg ingest: --bulk builds the local Neo4j's store with neo4j-admin import; with NEO4J_URI set, load with kg ingest (or run neo4j-admin database import on that server with the files of kg export --format csv)",
    );
    const { records } = await testGraph().driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: testInfo().database });
    expect(records[0]!.get('n').toNumber()).toBe(0);
  });
});

describe('ingestFiles when the database is unreachable', () => {
  it('tries the first file only and reports the others as not tried', async () => {
    // A Bolt port nobody listens on, with retries bounded as the CLI's would be.
    const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x' }, { maxTransactionRetryTime: 500, connectionTimeout: 1000 });
    try {
      const files = ['qinzhou-2022-work-plan.txt', 'shanwei-2024-work-plan.txt', 'xiamen-2022-work-plan.txt'].map((f) => join(SEEDS, f));
      const outcomes = await ingestFiles({ driver, database: 'neo4j' }, files);
      expect(outcomes.map((o) => [o.status, o.unavailable])).toEqual([
        ['failed', true],
        ['failed', true],
        ['failed', true],
      ]);
      expect(outcomes[0]!.error).toMatch(/^database unavailable: /);
      expect(outcomes.slice(1).map((o) => o.error)).toEqual([`not tried: ${outcomes[0]!.error}`, `not tried: ${outcomes[0]!.error}`]);
    } finally {
      await driver.close();
    }
  });
});
