// kg export --format graphml|gexf|cyjs|csv [--document ID] [--region R] [--year Y]
// [--labels A,B] [--around ID [--hops N]] --out FILE: the graph, or a subgraph, in a
// format drawing tools read (csv: the zip neo4j-admin database import reads),
// written as it is read (memory stays flat whatever the graph's size).
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORT_FORMATS, exportGraph, UnknownExportNode, type ExportFormat } from '../../export/index.js';
import { ExportFilterError, FILTER_PARAMETERS, parseExportFilter, type FilterParameter } from '../../export/filter.js';
import { GraphReader } from '../../graph/reader.js';
import { UsageError, type Command } from '../command.js';
import { withGraph } from '../with-graph.js';

export const command: Command = {
  usage: `usage: kg export --format ${EXPORT_FORMATS.join('|')} [--document ID] [--region NAME] [--year YYYY] [--labels Task,Department,…] [--around ID [--hops 1-3]] --out FILE`,
  async run(args, io) {
    const options = new Map<string, string>();
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [null, null];
      if (name === 'help') {
        io.out(`${this.usage}\n`);
        return 0;
      }
      if (!name || !['format', 'out', ...FILTER_PARAMETERS].includes(name)) throw new UsageError(`unknown argument '${arg}'`);
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    }
    const format = options.get('format');
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const out = options.get('out');
    if (!out) throw new UsageError('--out FILE is required');
    let filter;
    try {
      filter = parseExportFilter((name: FilterParameter) => options.get(name));
    } catch (error) {
      if (error instanceof ExportFilterError) throw new UsageError(error.message);
      throw error;
    }
    return withGraph(async (graph) => {
      const started = performance.now();
      let pieces;
      try {
        pieces = await exportGraph(new GraphReader(graph), format as ExportFormat, filter);
      } catch (error) {
        if (error instanceof UnknownExportNode) {
          io.err(`kg export: ${error.message}`);
          return 1;
        }
        throw error;
      }
      // Written beside the target and renamed at the end: a failed export leaves no half file behind.
      const partial = `${out}.partial`;
      let bytes = 0;
      const counted = Readable.from(
        (async function* () {
          for await (const piece of pieces) {
            bytes += typeof piece === 'string' ? Buffer.byteLength(piece) : piece.byteLength;
            yield piece;
          }
        })(),
        { objectMode: false },
      );
      try {
        await pipeline(counted, createWriteStream(partial));
        await rename(partial, out);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      io.err(`kg export: wrote ${out} (${format}, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      return 0;
    });
  },
};
