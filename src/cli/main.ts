// The `kg` dispatcher. Add a command by adding a module under ./commands and a
// line in COMMANDS; kg.ts is only the process entry point.
import { UsageError, type Command, type Io } from './command.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'extract the responsibility graph of documents (no database)', load: async () => (await import('./commands/extract.js')).command },
  ingest: { summary: 'extract documents and load them into Neo4j', load: async () => (await import('./commands/ingest.js')).command },
  stats: { summary: 'count nodes per label and relationships per type', load: async () => (await import('./commands/stats.js')).command },
  delete: { summary: 'delete documents and what only they referred to', load: async () => (await import('./commands/delete.js')).command },
  changes: { summary: "what changed from the same issuer's previous plan: tasks added, dropped, leads and figures changed", load: async () => (await import('./commands/changes.js')).command },
  export: { summary: 'write the graph (or a subgraph) as GraphML, GEXF, Cytoscape JSON or neo4j-admin CSV', load: async () => (await import('./commands/export.js')).command },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return ['usage: kg <command> [options]', '', 'commands:', ...lines, '', "run 'kg <command> --help' for a command's options"].join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(usage() + '\n');
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.err(`kg: unknown command '${name}'`);
    io.err(usage());
    return 2;
  }
  const command = await entry.load();
  // --help (or -h) anywhere before a `--` prints the command's usage, whatever else is given.
  const options = args.includes('--') ? args.slice(0, args.indexOf('--')) : args;
  if (options.includes('--help') || options.includes('-h')) {
    io.out(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kg ${name}: ${e.message}`);
      io.err(command.usage);
      return 2;
    }
    io.err(`kg ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
