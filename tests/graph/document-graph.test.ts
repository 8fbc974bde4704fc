import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.js';
import { buildDocumentGraph } from '../../src/graph/documentGraph.js';
import { nodeId } from '../../src/graph/ids.js';

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
