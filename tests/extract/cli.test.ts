// The `kg extract` command as a process: JSON Lines on stdout only, one stderr line per bad file, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';

const root = new URL('../..', import.meta.url).pathname;
const kg = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/kg.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('kg extract', () => {
  it('prints one contract-shaped JSON object per file and line', () => {
    const r = kg('extract', 'seeds/shanwei-2024-work-plan.txt', 'seeds/xiamen-2022-work-plan.txt', '--json');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [shanwei, xiamen] = lines.map((l) => JSON.parse(l));
    expect(shanwei.document).toMatchObject({ title: '汕尾市民政局2024年工作要点', issuer: '汕尾市民政局', docNumber: null, year: 2024, region: '汕尾市', kind: 'WORK_PLAN' });
    expect(xiamen.sections[0]).toMatchObject({ number: '一', title: '健全社会救助体系' });
    const task = shanwei.tasks.find((t: { path: string[] }) => t.path.join() === '二,(六),1.');
    expect(task).toMatchObject({ number: '1.', title: '开展“绿美殡葬”系列行动', leads: [{ name: '社会事务科', mention: '社会事务科' }] });
    for (const key of ['supports', 'agencies', 'regulations', 'populations', 'indicators', 'deadlines', 'initiatives']) expect(Array.isArray(task[key]), key).toBe(true);
    expect(xiamen.text).toBeUndefined();
  }, 30_000);

  it('reports bad files on stderr, goes on with the others and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'xyz.pdf'), Buffer.from([0x41, 0, 0x42]));
    const r = kg('extract', join(dir, 'empty.txt'), 'seeds/qinzhou-2022-work-plan.txt', join(dir, 'xyz.pdf'), join(dir, 'missing.txt'), '--json');
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('kg'));
    expect(errors).toEqual([
      `kg: ${join(dir, 'empty.txt')}: empty file`,
      `kg: ${join(dir, 'xyz.pdf')}: binary file (not text): found NUL bytes`,
      `kg: ${join(dir, 'missing.txt')}: no such file`,
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack traces
  }, 30_000);

  it('prints a readable summary without --json', () => {
    const r = kg('extract', 'seeds/shanwei-2024-work-plan.txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('汕尾市民政局2024年工作要点 (derived)');
    expect(r.stdout).toMatch(/3 sections, 31 tasks \(\d+ with explicit leads\)/);
    expect(r.stdout).toContain('二 › (六) › 1.  开展“绿美殡葬”系列行动');
    expect(r.stdout).toContain('lead 社会事务科 → supports 各县(市、区)民政局');
  }, 30_000);

  it('--text prints the normalized text every offset points into, exactly, and nothing else', () => {
    const file = 'seeds/shanwei-2024-work-plan.txt';
    const r = kg('extract', file, '--text');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = extractDocument(readFileSync(join(root, file)), file);
    expect(r.stdout).toBe(doc.text);
    // An auditor's check: the offsets --json gives slice their mention out of what --text printed.
    const task = JSON.parse(kg('extract', file, '--json').stdout).tasks.find((t: { path: string[] }) => t.path.join() === '二,(六),1.');
    const lead = task.leads[0];
    expect(r.stdout.slice(lead.evidence.start, lead.evidence.end)).toBe('社会事务科');
    expect(r.stdout.slice(lead.evidence.sentenceStart).startsWith(lead.evidence.sentence)).toBe(true);
  }, 30_000);

  it('--text with --json adds the text to each object; without --json it takes one file', () => {
    const r = kg('extract', 'seeds/shanwei-2024-work-plan.txt', 'seeds/qinzhou-2022-work-plan.txt', '--json', '--text');
    expect(r.code).toBe(0);
    const [shanwei, qinzhou] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(shanwei.text).toBe(extractDocument(readFileSync(join(root, 'seeds/shanwei-2024-work-plan.txt')), 'x').text);
    expect(qinzhou.text).toBe(extractDocument(readFileSync(join(root, 'seeds/qinzhou-2022-work-plan.txt')), 'x').text);
    const cite = qinzhou.tasks.flatMap((t: { regulations: unknown[] }) => t.regulations)[0];
    expect(qinzhou.text.slice(cite.evidence.start, cite.evidence.end)).toBe(cite.title);

    const two = kg('extract', 'seeds/shanwei-2024-work-plan.txt', 'seeds/qinzhou-2022-work-plan.txt', '--text');
    expect(two.code).toBe(2);
    expect(two.stdout).toBe('');
    expect(two.stderr.split('\n')[0]).toBe('kg extract: --text prints the text of one file, got 2; add --json for a "text" field per file');

    const missing = kg('extract', 'seeds/no-such-plan.txt', '--text');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trimEnd()).toBe('kg: seeds/no-such-plan.txt: no such file');
  }, 30_000);

  it('exits 2 on usage errors', () => {
    expect(kg('extract').code).toBe(2);
    expect(kg('extract', '--bogus', 'x').code).toBe(2);
    expect(kg('frobnicate').code).toBe(2);
    expect(kg().code).toBe(2);
  }, 30_000);
});
