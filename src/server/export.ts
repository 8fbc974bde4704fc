// GET /export/graph.graphml | .gexf | .cyjs | .csv.zip: the graph, or the subgraph
// the query parameters choose (document, region, year, labels, around, hops; see
// src/export/filter.ts), streamed as it is read. A bad parameter or an unknown
// `around` node is answered 400/404 before anything is written; a failure after the
// first byte can only cut the connection (the client sees a truncated download).
//
// An export reads for as long as its client downloads (up to 30 minutes), on one
// connection at a time (the scope, then the nodes, then the relationships): it holds
// one of the reads' slots (graph/admission.ts) from its first read to its last byte,
// and at most MAX_CONCURRENT_EXPORTS exports do at once. Without that bound, a client
// that opened downloads and never read them held a pooled connection each, and a
// hundred of them held every connection the other requests needed. An export that
// finds no room within NEO4J_ACQUISITION_TIMEOUT_MS is answered 503 DATABASE_BUSY
// with Retry-After, before anything is written; one whose client takes nothing for
// EXPORT_STALL_MS is cut, so that stalled downloads give their places back.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DATABASE_BUSY_MESSAGE, ErrorCode } from '../api/errors.js';
import { EXPORT_FILES, EXPORT_FORMATS, exportGraph, UnknownExportNode, type ExportFilter, type ExportFormat } from '../export/index.js';
import { ExportFilterError, parseExportFilter } from '../export/filter.js';
import type { ReadAdmission, Release } from '../graph/admission.js';
import type { Graph } from '../graph/connection.js';
import { isDatabaseBusy } from '../graph/errors.js';
import { GraphReader } from '../graph/reader.js';
import { sendJson } from './json-response.js';
import type { RequestRecord } from './request-record.js';

export const EXPORT_PREFIX = '/export/';

/** A download that takes nothing for this long is cut (its client went away or stopped reading). */
export const EXPORT_STALL_MS = 60_000;

/** The format a path names (`/export/graph.gexf` → gexf), or null. */
export function exportFormatOf(pathname: string): ExportFormat | null {
  if (!pathname.startsWith(EXPORT_PREFIX)) return null;
  const name = pathname.slice(EXPORT_PREFIX.length);
  return EXPORT_FORMATS.find((f) => EXPORT_FILES[f].file === name) ?? null;
}

export interface ExportOptions {
  gates: {
    /** Exports streaming at once. */
    exports: ReadAdmission;
    /** The server's reads, whose slot an export holds while it streams. */
    reads: ReadAdmission;
  };
  /** Cut the download after this long without the client taking anything. */
  stallMs: number;
  record: RequestRecord;
  onError: (error: unknown) => void;
}

export async function serveExport(graph: Graph, format: ExportFormat, url: URL, req: IncomingMessage, res: ServerResponse, opts: ExportOptions): Promise<void> {
  req.resume();
  let filter: ExportFilter;
  try {
    filter = parseExportFilter((name) => url.searchParams.get(name));
  } catch (error) {
    if (error instanceof ExportFilterError) return sendJson(res, 400, { error: error.message });
    throw error;
  }
  const { exports, reads } = opts.gates;
  let releaseExport: Release;
  try {
    releaseExport = await exports.acquire();
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    return busy(res, opts.record, exports.retryAfterSeconds, `${exports.size} exports are streaming already (MAX_CONCURRENT_EXPORTS); send the request again after the Retry-After seconds`);
  }
  let releaseRead: Release;
  try {
    releaseRead = await reads.acquire();
  } catch (error) {
    releaseExport();
    if (!isDatabaseBusy(error)) throw error;
    return busy(res, opts.record, reads.retryAfterSeconds, DATABASE_BUSY_MESSAGE);
  }
  try {
    let pieces: AsyncIterable<string | Uint8Array>;
    try {
      pieces = await exportGraph(new GraphReader(graph), format, filter);
    } catch (error) {
      if (error instanceof UnknownExportNode) return sendJson(res, 404, { error: error.message });
      if (isDatabaseBusy(error)) return busy(res, opts.record, reads.retryAfterSeconds, DATABASE_BUSY_MESSAGE);
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
    // The socket's idle timer: while the client takes nothing, nothing is written either.
    res.setTimeout(opts.stallMs, () => {
      // For the request log (status 499, as any download that did not finish), not a GraphQL error code.
      opts.record.errorCodes.push('EXPORT_STALLED');
      res.destroy();
    });
    try {
      // pipeline waits for the socket to drain: the graph is read only as fast as the client takes it.
      await pipeline(Readable.from(pieces, { objectMode: false }), res);
    } catch (error) {
      // A download cut short (its client went away, or stalled and was cut) is in the request log as 499; anything else is ours.
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') opts.onError(error);
      res.destroy();
    } finally {
      res.socket?.setTimeout(0);
    }
  } finally {
    releaseRead();
    releaseExport();
  }
}

function busy(res: ServerResponse, record: RequestRecord, retryAfterSeconds: number, message: string): void {
  record.errorCodes.push(ErrorCode.DATABASE_BUSY);
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendJson(res, 503, { error: message, code: ErrorCode.DATABASE_BUSY });
}
