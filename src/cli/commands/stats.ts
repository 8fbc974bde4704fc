// kg stats [--json]: nodes per label and relationships per type.
import { graphCounts } from '../../graph/read/aggregate.js';
import type { Command } from '../command.js';
import { withGraph } from '../with-graph.js';

export const command: Command = {
  usage: 'usage: kg stats [--json]',
  async run(args, io) {
    const counts = await withGraph(graphCounts);
    if (args.includes('--json')) {
      io.out(JSON.stringify(counts) + '\n');
      return 0;
    }
    const table = (title: string, rows: Record<string, number>) =>
      [title, ...Object.entries(rows).map(([name, n]) => `  ${name.padEnd(20)} ${String(n).padStart(8)}`)].join('\n');
    io.out(`${table('nodes', counts.labels)}\n${table('relationships', counts.relationships)}\n`);
    return 0;
  },
};
