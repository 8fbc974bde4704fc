// kg ingest <files or folders...> [--concurrency N] [--bulk]
// Extracts each document and loads it in one write transaction; unchanged files are
// skipped. With --bulk, a first load into an empty local database goes through
// neo4j-admin import instead (src/ingest/bulk.ts). Ends with a summary; exit code 1 when
// any document failed.
import { parseArgs } from 'node:util';
import { neo4jSettingsFromEnv } from '../../config.js';
import { bulkLoad } from '../../ingest/bulk.js';
import { applySchema } from '../../graph/schema.js';
import { ensureReferenceData } from '../../graph/ingest.js';
import { findDocumentFiles, ingestFiles, type FileOutcome } from '../../ingest/files.js';
import { UsageError, type Command } from '../command.js';
import { createProgress } from '../progress.js';
import { withGraph } from '../with-graph.js';

const USAGE = `usage: kg ingest <file or folder...> [--concurrency N] [--bulk]
  --concurrency N  documents in flight at once (default 2)
  --bulk           first load of an empty local database: builds its store with
                   neo4j-admin import (the local Neo4j restarts); pays from a few
                   thousand documents on (68 documents/s at 20,000, see BENCHMARKS.md)`;

export const command: Command = {
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
      io.out(USAGE + '\n');
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('no file or folder to ingest');
    const concurrency = Number(values.concurrency ?? 2);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency must be a positive integer, got '${values.concurrency}'`);
    const { files, skipped } = await findDocumentFiles(positionals);
    // A bad path among good ones is reported and the rest loaded (exit code 1 at the end).
    for (const s of skipped) io.err(`kg: ${s.path}: skipped: ${s.reason}`);
    const missing = skipped.filter((s) => s.reason === 'no such file or folder').length;
    if (files.length === 0) {
      if (missing > 0) return 1;
      throw new UsageError(`no document files (.txt, .md, .html, .htm, .docx, .doc, .wps, .pdf, .xlsx, .xls, .csv) under ${positionals.join(', ')}`);
    }

    if (values.bulk) return bulk(files, io, missing);

    return withGraph(async (graph) => {
      await applySchema(graph.driver, graph.database);
      await ensureReferenceData(graph);
      const progress = createProgress(files.length);
      const started = performance.now();
      const outcomes = await ingestFiles(graph, files, {
        concurrency,
        onOutcome: reportOutcome(progress),
      });
      progress.done();
      io.out(summary(outcomes, (performance.now() - started) / 1000));
      const notTried = outcomes.filter((o) => o.error?.startsWith('not tried')).length;
      if (notTried > 0) io.err(`kg: stopped: the database became unavailable; ${notTried} file(s) not tried (run the same command again once Neo4j is back: loaded files are skipped)`);
      return missing > 0 || outcomes.some((o) => o.status === 'failed') ? 1 : 0;
    });
  },
};

async function bulk(files: string[], io: Parameters<Command['run']>[1], missing: number): Promise<number> {
  const settings = neo4jSettingsFromEnv();
  if (settings.external) {
    throw new UsageError('--bulk builds the local Neo4j\'s store with neo4j-admin import; with NEO4J_URI set, load with kg ingest (or run neo4j-admin database import on that server with the files of kg export --format csv)');
  }
  const progress = createProgress(files.length);
  const started = performance.now();
  const result = await bulkLoad(files, {
    start: { log: (line) => progress.log(line), ...(settings.localPort !== undefined && { port: settings.localPort }) },
    onOutcome: reportOutcome(progress),
  });
  progress.done();
  io.out(summary(result.outcomes, (performance.now() - started) / 1000));
  const stages = Object.entries(result.stages).map(([stage, seconds]) => `${stage} ${seconds.toFixed(1)} s`).join(', ');
  io.out(`bulk: ${result.nodes} nodes, ${result.relationships} relationships imported (${stages}); Neo4j running at ${result.local.uri}\n`);
  return missing > 0 || result.outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

/** Each file as it is done: its failure (but a file not tried, summed up at the end) and warnings above the bar, then a tick. */
function reportOutcome(progress: ReturnType<typeof createProgress>): (o: FileOutcome) => void {
  return (o) => {
    if (o.status === 'failed' && !o.error?.startsWith('not tried')) progress.log(`kg: ${o.file}: ${o.error}`);
    for (const w of o.warnings ?? []) progress.log(`kg: ${o.file}: warning: ${w}`);
    progress.tick(`${o.status} ${o.file}${o.documentId ? ` ${o.documentId}` : ''}`);
  };
}

function summary(outcomes: FileOutcome[], seconds: number): string {
  const count = (status: FileOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const lines = [
    `ingested ${outcomes.length} file(s) in ${seconds.toFixed(2)} s: ${count('loaded')} loaded, ${count('replaced')} replaced (new version), ${count('refreshed')} refreshed (read again), ${count('skipped')} skipped (unchanged), ${count('failed')} failed`,
    ...outcomes.filter((o) => o.status !== 'failed').map((o) => `  ${o.status.padEnd(9)} ${o.documentId} ${o.file}${o.tasks === 0 ? ' (no tasks found)' : ''}`),
    ...outcomes.filter((o) => o.status === 'failed' && !o.error?.startsWith('not tried')).map((o) => `  failed    ${o.file}: ${o.error}`),
  ];
  return lines.join('\n') + '\n';
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { concurrency: { type: 'string' }, bulk: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
