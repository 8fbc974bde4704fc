// Cytoscape JSON (.cyjs: what Cytoscape desktop imports and cy.json() reads):
// {elements: {nodes: [{data}], edges: [{data}]}}, each node's data its id, label
// (the caption, at most 40 characters), type, fullTitle and stored properties;
// each edge's its stable id, source, target, interaction (the type, Cytoscape
// desktop's edge column), label and its properties (evidence, mode …).
import { Chunker } from '../text-pieces.js';
import type { ExportSource } from './source.js';

export async function* writeCyjs(source: ExportSource): AsyncGenerator<string> {
  const out = new Chunker();
  out.add(
    '{"format_version":"1.0","generated_by":"policy-responsibility-graph","target_cytoscapejs_version":"~3.35",' +
      '"data":{"name":"policy responsibility graph"},"elements":{"nodes":[\n',
  );
  let first = true;
  for await (const n of source.nodes) {
    const data = { id: n.id, label: n.caption, type: n.label, fullTitle: n.fullTitle, ...n.properties };
    const piece = out.add(`${first ? '' : ',\n'}${JSON.stringify({ data })}`);
    first = false;
    if (piece !== null) yield piece;
  }
  out.add('\n],"edges":[\n');
  first = true;
  for await (const e of source.edges()) {
    const data = { ...e.properties, id: e.id, source: e.from, target: e.to, interaction: e.type, label: e.type, type: e.type };
    const piece = out.add(`${first ? '' : ',\n'}${JSON.stringify({ data })}`);
    first = false;
    if (piece !== null) yield piece;
  }
  out.add('\n]}}\n');
  yield out.flush();
}
