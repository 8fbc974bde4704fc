import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { buildDocumentGraph } from '../../src/graph/document-graph.js';
import { nodeId } from '../../src/graph/ids.js';
import { jsonSha256 } from '../../src/graph/ingest.js';

describe('buildDocumentGraph', () => {
  it('gives an implemented law a node even when only a back-reference to its implementing rule is cited', () => {
    const text = [
      '2024年某市民政工作要点',
      '全市民政系统要认真学习《福建省实施〈中华人民共和国未成年人保护法〉办法》。',
      '一、加强未成年人保护',
      '1.抓好落实。贯彻落实《办法》,完善关爱服务体系。',
    ].join('\n');
    const graph = buildDocumentGraph(extractDocument(Buffer.from(text), 'plan.txt'), 'plan.txt');
    const law = '中华人民共和国未成年人保护法';
    expect(graph.cites.map((c) => [c.props.title, c.props.mode])).toEqual([['办法', 'IMPLEMENTS']]);
    expect(graph.regulations.map((r) => [r.name, r.kind, r.jurisdiction])).toEqual([
      ['福建省实施〈中华人民共和国未成年人保护法〉办法', 'RULE', 'PROVINCIAL'],
      [law, 'LAW', 'NATIONAL'],
    ]);
    expect(graph.regulationImplements).toEqual([
      { from: nodeId('Regulation', '福建省实施〈中华人民共和国未成年人保护法〉办法'), to: nodeId('Regulation', law) },
    ]);
  });
});

describe('a bureau in traditional characters', () => {
  it('is the same Organization as the body that leads under its simplified name', () => {
    const issued = ['珠海市人民政府辦公室關於印發工作方案的通知', '一、任務', '1.完善服務。', '珠海市人民政府辦公室', '2024年7月12日'].join('\n');
    const led = ['珠海市民政局2024年工作要点', '一、任务', '1.完善服务。(牵头单位:珠海市人民政府办公室)', '珠海市民政局', '2024年2月1日'].join('\n');
    const a = buildDocumentGraph(extractDocument(Buffer.from(issued), 'a.txt'), 'a.txt');
    const b = buildDocumentGraph(extractDocument(Buffer.from(led), 'b.txt'), 'b.txt');
    expect(a.organization).toMatchObject({ name: '珠海市人民政府办公室', id: nodeId('Organization', '珠海市人民政府办公室') });
    expect(b.leads.map((l) => l.from)).toEqual([a.organization!.id]);
  });
});

describe('jsonSha256 (the contentHash of a document graph)', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('is the sha256 of JSON.stringify, for every seed plan graph', () => {
    for (const name of ['xiamen-2022-work-plan.txt', 'shanwei-2024-work-plan.txt', 'qinzhou-2022-work-plan.txt']) {
      const graph = buildDocumentGraph(extractDocument(readFileSync(join('seeds', name)), name), name);
      expect(jsonSha256(graph), name).toBe(sha256(JSON.stringify(graph)));
    }
  });

  it('writes what JSON.stringify writes for undefined, empty and nested values', () => {
    const value = { a: undefined, b: [], c: [undefined, null, { d: [1, '民政'] }], e: '〔2022〕', f: { toJSON: () => 'g' }, h: [new Date(0)] };
    expect(jsonSha256(value)).toBe(sha256(JSON.stringify(value)));
    expect(jsonSha256({})).toBe(sha256('{}'));
  });
});
