// The exports: a format and a filter in, the file's bytes out as they are written.
import { EDGE_ATTRIBUTES, exportEdges, exportNodes, exportScope, NODE_ATTRIBUTES, type ExportFilter } from '../graph/read/export.js';
import type { GraphReader } from '../graph/reader.js';
import { writeCyjs } from './cyjs.js';
import { writeCsvZip } from './csv.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import type { ExportFormat } from './source.js';

export { EXPORT_FORMATS, type ExportFormat } from './source.js';
export { UnknownExportNode, type ExportFilter } from '../graph/read/export.js';

export const EXPORT_FILES: Record<ExportFormat, { file: string; contentType: string }> = {
  graphml: { file: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  gexf: { file: 'graph.gexf', contentType: 'application/gexf+xml; charset=utf-8' },
  cyjs: { file: 'graph.cyjs', contentType: 'application/json; charset=utf-8' },
  csv: { file: 'graph.csv.zip', contentType: 'application/zip' },
};

/**
 * Resolves the filter (an unknown `around` node throws UnknownExportNode before
 * anything is written), then returns the file as a stream of pieces.
 */
export async function exportGraph(reader: GraphReader, format: ExportFormat, filter: ExportFilter): Promise<AsyncIterable<string | Uint8Array>> {
  const scope = await exportScope(reader, filter);
  const source = {
    nodes: exportNodes(reader, scope),
    edges: () => exportEdges(reader, scope),
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
  };
  switch (format) {
    case 'graphml':
      return writeGraphml(source);
    case 'gexf':
      return writeGexf(source);
    case 'cyjs':
      return writeCyjs(source);
    case 'csv':
      return writeCsvZip(source);
  }
}
