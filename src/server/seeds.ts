// The server loads seeds/ at start so a fresh database has something to
// explore. Unchanged documents are skipped (same extracted graph), so a restart is cheap.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../graph/connection.js';
import { ingestFiles, listDocumentFiles, type FileOutcome } from '../ingest/files.js';
import { projectRoot } from '../paths.js';

export interface SeedSummary {
  dir: string;
  loaded: number;
  replaced: number;
  refreshed: number;
  skipped: number;
  failed: FileOutcome[];
}

export function defaultSeedsDir(): string {
  return join(projectRoot(), 'seeds');
}

export async function loadSeeds(graph: Graph, dir = defaultSeedsDir()): Promise<SeedSummary> {
  const summary: SeedSummary = { dir, loaded: 0, replaced: 0, refreshed: 0, skipped: 0, failed: [] };
  if (!existsSync(dir)) return summary;
  for (const outcome of await ingestFiles(graph, await listDocumentFiles([dir]))) {
    if (outcome.status === 'failed') summary.failed.push(outcome);
    else summary[outcome.status]++;
  }
  return summary;
}
