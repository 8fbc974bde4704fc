// GET /export/graph.graphml | .gexf | .cyjs | .csv.zip: the graph, or the subgraph
// the query parameters choose (document, region, year, labels, around, hops; see
// src/export/filter.ts), streamed as it is read. A bad parameter or an unknown
// `around` node is answered 400/404 before anything is written; a failure after the
// first byte can only cut the connection (the client sees a truncated download).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FILES, EXPORT_FORMATS, exportGraph, UnknownExportNode, type ExportFormat } from '../export/index.js';
import { ExportFilterError, parseExportFilter } from '../export/filter.js';
import type { Graph } from '../graph/connection.js';
import { GraphReader } from '../graph/reader.js';
import { sendJson } from './json-response.js';

export const EXPORT_PREFIX = '/export/';

/** The format a path names (`/export/graph.gexf` → gexf), or null. */
export function exportFormatOf(pathname: string): ExportFormat | null {
  if (!pathname.startsWith(EXPORT_PREFIX)) return null;
  const name = pathname.slice(EXPORT_PREFIX.length);
  return EXPORT_FORMATS.find((f) => EXPORT_FILES[f].file === name) ?? null;
}

export async function serveExport(graph: Graph, format: ExportFormat, url: URL, req: IncomingMessage, res: ServerResponse, onError: (error: unknown) => void): Promise<void> {
  req.resume();
  let pieces: AsyncIterable<string | Uint8Array>;
  try {
    const filter = parseExportFilter((name) => url.searchParams.get(name));
    pieces = await exportGraph(new GraphReader(graph), format, filter);
  } catch (error) {
    if (error instanceof ExportFilterError) return sendJson(res, 400, { error: error.message });
    if (error instanceof UnknownExportNode) return sendJson(res, 404, { error: error.message });
    throw error;
  }
  const { file, contentType } = EXPORT_FILES[format];
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${file}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    // pipeline waits for the socket to drain: the graph is read only as fast as the client takes it.
    await pipeline(Readable.from(pieces, { objectMode: false }), res);
  } catch (error) {
    onError(error);
    res.destroy();
  }
}
