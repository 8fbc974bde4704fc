// kg changes [--json] <toDocumentId> [<fromDocumentId>]: what changed from the same
// issuer's previous work plan (or the document given) to this one.
import { changeReads, type PlanChangesRow } from '../../graph/read/changes.js';
import { GraphReader } from '../../graph/reader.js';
import { UsageError, type Command } from '../command.js';
import { withGraph } from '../with-graph.js';

const label = (t: { path: string[]; title: string }) => `${t.path.join('')} ${t.title}`;

function report(from: string, to: string, c: PlanChangesRow): string {
  const lines = [`from ${from} to ${to}: ${c.continued.length} continued, ${c.added.length} added, ${c.dropped.length} dropped`];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `${title}:`, ...items.map((i) => `  ${i}`));
  };
  section('added', c.added.map(label));
  section('dropped', c.dropped.map(label));
  section('lead changed', c.continued.filter((x) => x.leadChanged).map((x) => `${label(x.to)}: ${x.leadsBefore.join('、') || '(none)'} → ${x.leadsAfter.join('、') || '(none)'}`));
  section(
    'figure changed',
    c.continued.flatMap((x) => x.figureChanges.map((f) => `${label(x.to)}: ${f.before.text} → ${f.after.text}`)),
  );
  return `${lines.join('\n')}\n`;
}

export const command: Command = {
  usage: 'usage: kg changes [--json] <toDocumentId> [<fromDocumentId>]   (default from: the same issuer\'s previous work plan)',
  async run(args, io) {
    const json = args.includes('--json');
    const ids = args.filter((a) => a !== '--json');
    if (ids.length < 1 || ids.length > 2 || ids.some((a) => a.startsWith('-'))) throw new UsageError('give the later document\'s id, and optionally the earlier one\'s');
    const [to, given] = ids as [string, string | undefined];
    return withGraph(async (graph) => {
      const reader = new GraphReader(graph);
      const around = await changeReads.neighbours(reader, to);
      if (!around) {
        io.err(`kg changes: no document ${to} with an issuer in the graph`);
        return 1;
      }
      const from = given ?? around.previous;
      if (!from) {
        io.err(`kg changes: ${to} has no earlier work plan of the same issuer: give the earlier document's id`);
        return 1;
      }
      const changes = await changeReads.planChanges(reader, from, to);
      io.out(json ? `${JSON.stringify({ from, to, ...changes })}\n` : report(from, to, changes));
      return 0;
    });
  },
};
