// GraphML (graphml.graphdrawing.org), directed: one <key> per attribute — the
// synthetic label (a caption of at most 40 characters, what Gephi and yEd show),
// type (the node label or relationship type) and fullTitle, then every property
// of the model with its type (a list of strings as its JSON text) — and the nodes,
// then the edges, with their stable ids.
import type { PropertyType } from '../graph/model.js';
import { Chunker } from '../text-pieces.js';
import { xmlText, type ExportSource } from './source.js';

const GRAPHML_TYPE: Record<PropertyType, string> = { string: 'string', int: 'int', float: 'double', boolean: 'boolean', 'string[]': 'string' };

function value(v: unknown): string {
  return xmlText(Array.isArray(v) ? JSON.stringify(v) : String(v));
}

export async function* writeGraphml(source: ExportSource): AsyncGenerator<string> {
  const out = new Chunker();
  const keys: string[] = [];
  const key = (id: string, target: 'node' | 'edge', name: string, type: string) => keys.push(`<key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>`);
  key('label', 'node', 'label', 'string');
  key('type', 'node', 'type', 'string');
  key('fullTitle', 'node', 'fullTitle', 'string');
  for (const a of source.nodeAttributes) key(`n_${a.name}`, 'node', a.name, GRAPHML_TYPE[a.type]);
  key('e_label', 'edge', 'label', 'string');
  key('e_type', 'edge', 'type', 'string');
  for (const a of source.edgeAttributes) key(`e_${a.name}`, 'edge', a.name, GRAPHML_TYPE[a.type]);
  out.add(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys.join('\n') +
      '\n<graph id="policy-responsibility-graph" edgedefault="directed">\n',
  );
  for await (const n of source.nodes) {
    let xml = `<node id="${xmlText(n.id)}"><data key="label">${xmlText(n.caption)}</data><data key="type">${n.label}</data><data key="fullTitle">${xmlText(n.fullTitle)}</data>`;
    for (const [name, v] of Object.entries(n.properties)) xml += `<data key="n_${name}">${value(v)}</data>`;
    const piece = out.add(`${xml}</node>\n`);
    if (piece !== null) yield piece;
  }
  for await (const e of source.edges()) {
    let xml = `<edge id="${e.id}" source="${xmlText(e.from)}" target="${xmlText(e.to)}"><data key="e_label">${e.type}</data><data key="e_type">${e.type}</data>`;
    for (const [name, v] of Object.entries(e.properties)) xml += `<data key="e_${name}">${value(v)}</data>`;
    const piece = out.add(`${xml}</edge>\n`);
    if (piece !== null) yield piece;
  }
  out.add('</graph>\n</graphml>\n');
  yield out.flush();
}
