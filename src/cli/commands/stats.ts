// kg stats [--documents] [--json]: nodes per label and relationships per type; with
// --documents also each document with its id (what kg delete takes), region, year,
// kind, tasks, tasks with an explicit lead, citations, promises and title.
import { parseArgs } from 'node:util';
import { documentStats, graphCounts, type DocumentStatsRow } from '../../graph/read/aggregate.js';
import { DEFAULT_DUE_SOON_DAYS, todayIn } from '../../graph/read/promise.js';
import { GraphReader } from '../../graph/reader.js';
import { UsageError, type Command } from '../command.js';
import { withGraph } from '../with-graph.js';

const USAGE = `usage: kg stats [--documents] [--json]
  --documents  also one line per document: its id (what kg delete takes), region, year,
               tasks, tasks with an explicit lead, citations, promises (targets) and title
  --json       one JSON object ({labels, relationships[, documents]}) instead of tables`;

export const command: Command = {
  usage: USAGE,
  async run(args, io) {
    const { values } = parse(args);
    const { counts, documents } = await withGraph(async (graph) => ({
      counts: await graphCounts(graph),
      documents: values.documents ? await documentStats(new GraphReader(graph), { asOf: todayIn(), soonDays: DEFAULT_DUE_SOON_DAYS }) : null,
    }));
    if (values.json) {
      const rows = documents?.map(({ documentId, title, region, year, tasks, explicitlyLed, citations, promises }) => ({ id: documentId, title, region, year, tasks, explicitlyLed, citations, promises }));
      io.out(JSON.stringify(rows ? { ...counts, documents: rows } : counts) + '\n');
      return 0;
    }
    const table = (title: string, rows: Record<string, number>) =>
      [title, ...Object.entries(rows).map(([name, n]) => `  ${name.padEnd(20)} ${String(n).padStart(8)}`)].join('\n');
    io.out(`${table('nodes', counts.labels)}\n${table('relationships', counts.relationships)}\n`);
    if (documents) io.out(documentTable(documents));
    return 0;
  },
};

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: { documents: { type: 'boolean' }, json: { type: 'boolean' } }, allowPositionals: false });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** One line per document, by region then year then id; columns padded (a CJK character counts two). */
export function documentTable(rows: readonly DocumentStatsRow[]): string {
  const width = (s: string) => [...s].reduce((n, c) => n + (/[\u1100-\uffff]/u.test(c) ? 2 : 1), 0);
  const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
  const sorted = [...rows].sort((a, b) => (a.region ?? '\uffff').localeCompare(b.region ?? '\uffff') || (a.year ?? 0) - (b.year ?? 0) || (a.documentId < b.documentId ? -1 : 1));
  const header = ['id', 'region', 'year', 'tasks', 'led', 'cites', 'promises', 'title'];
  const lines = sorted.map((r) => [r.documentId, r.region ?? '-', r.year == null ? '-' : String(r.year), String(r.tasks), String(r.explicitlyLed), String(r.citations), String(r.promises), r.title]);
  const widths = header.map((h, i) => Math.max(width(h), ...lines.map((l) => width(l[i]!))));
  const format = (cells: string[]) => '  ' + cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd();
  return ['documents', format(header), ...lines.map(format)].join('\n') + '\n';
}
