// GEXF 1.3 (gexf.net, what Gephi reads): a static directed graph whose node
// label is the caption (at most 40 characters), with attributes declared per
// class — type (the node label), fullTitle, then the model's properties with their
// types (a list of strings as liststring, written ["a","b"]) — and edges with their
// stable ids, the relationship type as label and their evidence as attributes.
import type { PropertyType } from '../graph/model.js';
import { Chunker } from '../text-pieces.js';
import { xmlText, type ExportSource } from './source.js';

const GEXF_TYPE: Record<PropertyType, string> = { string: 'string', int: 'integer', float: 'double', boolean: 'boolean', 'string[]': 'liststring' };

function value(v: unknown): string {
  return xmlText(Array.isArray(v) ? JSON.stringify(v) : String(v));
}

export async function* writeGexf(source: ExportSource): AsyncGenerator<string> {
  const out = new Chunker();
  const declare = (cls: 'node' | 'edge', attributes: Array<{ name: string; type: string }>) =>
    `<attributes class="${cls}" mode="static">\n${attributes.map((a) => `<attribute id="${a.name}" title="${a.name}" type="${a.type}"/>`).join('\n')}\n</attributes>\n`;
  out.add(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      '<meta><creator>policy-responsibility-graph</creator><description>Who leads, supports and cites what in civil-affairs work plans</description></meta>\n' +
      '<graph defaultedgetype="directed" mode="static">\n' +
      declare('node', [
        { name: 'type', type: 'string' },
        { name: 'fullTitle', type: 'string' },
        ...source.nodeAttributes.map((a) => ({ name: a.name, type: GEXF_TYPE[a.type] })),
      ]) +
      declare('edge', [{ name: 'type', type: 'string' }, ...source.edgeAttributes.map((a) => ({ name: a.name, type: GEXF_TYPE[a.type] }))]) +
      '<nodes>\n',
  );
  for await (const n of source.nodes) {
    let xml = `<node id="${xmlText(n.id)}" label="${xmlText(n.caption)}"><attvalues><attvalue for="type" value="${n.label}"/><attvalue for="fullTitle" value="${xmlText(n.fullTitle)}"/>`;
    for (const [name, v] of Object.entries(n.properties)) xml += `<attvalue for="${name}" value="${value(v)}"/>`;
    const piece = out.add(`${xml}</attvalues></node>\n`);
    if (piece !== null) yield piece;
  }
  out.add('</nodes>\n<edges>\n');
  for await (const e of source.edges()) {
    let xml = `<edge id="${e.id}" source="${xmlText(e.from)}" target="${xmlText(e.to)}" label="${e.type}"><attvalues><attvalue for="type" value="${e.type}"/>`;
    for (const [name, v] of Object.entries(e.properties)) xml += `<attvalue for="${name}" value="${value(v)}"/>`;
    const piece = out.add(`${xml}</attvalues></edge>\n`);
    if (piece !== null) yield piece;
  }
  out.add('</edges>\n</graph>\n</gexf>\n');
  yield out.flush();
}
