// kg delete <documentId or file name...>: removes documents and what only they referred to.
// A document is named by its id (doc_…, printed by kg ingest and the API) or by the
// name of a file it was loaded from, when that names one document only.
import { basename } from 'node:path';
import { labelOfId } from '../../graph/ids.js';
import { deleteDocument } from '../../graph/ingest.js';
import { documentReads } from '../../graph/read/document.js';
import { GraphReader } from '../../graph/reader.js';
import { UsageError, type Command } from '../command.js';
import { withGraph } from '../with-graph.js';

export const command: Command = {
  usage:
    'usage: kg delete <documentId or file name...>   (ids look like doc_0123456789abcdef, printed by kg ingest; a file name works when one document was loaded from it)',
  async run(args, io) {
    if (args.length === 0) throw new UsageError('no document id or file name');
    for (const arg of args) {
      if (/^doc_/.test(arg) && labelOfId(arg) !== 'Document') throw new UsageError(`'${arg}' is not a document id (expected doc_ followed by 16 hex digits)`);
    }
    return withGraph(async (graph) => {
      const reader = new GraphReader(graph);
      let missing = 0;
      for (const arg of args) {
        let id = arg;
        if (labelOfId(arg) !== 'Document') {
          // A file name: stored without its folders.
          const found = await documentReads.bySource(reader, basename(arg));
          if (found.length !== 1) {
            missing++;
            io.err(
              found.length === 0
                ? `kg: ${arg}: no document was loaded from a file of that name`
                : `kg: ${arg}: ${found.length} documents were loaded from a file of that name, give an id: ${found.map((d) => `${d.id} (${d.title})`).join(', ')}`,
            );
            continue;
          }
          id = found[0]!.id;
        }
        if (await deleteDocument(graph, id)) io.out(`deleted ${id}${id === arg ? '' : ` (${arg})`}\n`);
        else {
          missing++;
          io.err(`kg: ${id}: no such document`);
        }
      }
      return missing > 0 ? 1 : 0;
    });
  },
};
