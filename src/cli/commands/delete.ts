// kg delete <documentId...>: removes documents and what only they referred to.
import { labelOfId } from '../../graph/ids.js';
import { deleteDocument } from '../../graph/ingest.js';
import { UsageError, type Command } from '../command.js';
import { withGraph } from '../with-graph.js';

export const command: Command = {
  usage: 'usage: kg delete <documentId...>   (ids look like doc_0123456789abcdef; see kg stats / the API)',
  async run(args, io) {
    if (args.length === 0) throw new UsageError('no document id');
    for (const id of args) {
      if (labelOfId(id) !== 'Document') throw new UsageError(`'${id}' is not a document id (expected doc_ followed by 16 hex digits)`);
    }
    return withGraph(async (graph) => {
      let missing = 0;
      for (const id of args) {
        if (await deleteDocument(graph, id)) io.out(`deleted ${id}\n`);
        else {
          missing++;
          io.err(`kg: ${id}: no such document`);
        }
      }
      return missing > 0 ? 1 : 0;
    });
  },
};
