// The import files of a bulk load (pure: files only): every line whole and in order,
// whether a field is short, crosses a piece of the writer or is longer than one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CorpusGraph, CorpusNode } from '../../src/graph/bulk/corpus-graph.js';
import { writeImportFiles } from '../../src/graph/bulk/import-files.js';

const folder = mkdtempSync(join(tmpdir(), 'prg-import-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const csvQuoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe('writeImportFiles', () => {
  it('writes each node on its line, a text of 40,000 characters (quotes, line breaks) among 3,000 short ones', async () => {
    const long = Array.from({ length: 4000 }, (_, i) => (i % 7 === 0 ? '“民政”"引号"\n第' : '民政工作要点') + i).join('').slice(0, 40_000);
    const texts = Array.from({ length: 3001 }, (_, i) => (i === 1500 ? long : `第${i}项任务：加强养老服务`));
    const nodes = new Map<string, CorpusNode>(texts.map((text, i) => [`doc_${i}`, { id: `doc_${i}`, labels: ['Document'], properties: { text } }]));
    const graph: CorpusGraph = { nodes, relationships: [] };
    const files = await writeImportFiles(graph, join(folder, 'a'));
    expect(files.nodes).toEqual([join(folder, 'a', 'nodes-Document.csv')]);
    const written = readFileSync(files.nodes[0]!, 'utf8');
    const [header, ...rest] = written.split(/\n(?=")/);
    expect(header).toBe('id:ID,:LABEL,text');
    expect(rest.join('\n')).toBe(`${texts.map((text, i) => `"doc_${i}",Document,${csvQuoted(text)}`).join('\n')}\n`);
  });
});
