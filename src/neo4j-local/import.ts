// `neo4j-admin database import full` into the local Neo4j's database folder (the tool's
// classes come with the provisioned jars): builds the store straight from CSV files. The
// instance must be stopped; its database is replaced (and removed if the import fails).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnvironment, DEFAULT_DATABASE } from '../config.js';
import { defaultHome } from './local.js';
import { LocalNeo4jError, installPaths, provision } from './provision.js';

export interface AdminImportOptions {
  /** The local Neo4j's folder (default: the checkout's .neo4j/); its instance must be stopped. */
  home?: string;
  nodes: readonly string[];
  relationships: readonly string[];
  /** neo4j-admin's --array-delimiter (one character). */
  arrayDelimiter: string;
}

/** Imports the files into the (stopped) local Neo4j's database, replacing it. */
export async function adminImport(options: AdminImportOptions): Promise<void> {
  const home = options.home ?? defaultHome();
  provision();
  // The tool reads its settings from NEO4J_CONF: only where the launcher keeps its data (home/db, see local.ts).
  const scratch = mkdtempSync(join(tmpdir(), 'prg-admin-import-'));
  try {
    writeFileSync(join(scratch, 'neo4j.conf'), `server.directories.data=${join(home, 'db', 'data')}\n`);
    const report = join(scratch, 'import.report');
    const args = [
      '-cp', join(installPaths().lib, '*'), 'org.neo4j.cli.AdminTool',
      'database', 'import', 'full',
      ...options.nodes.map((f) => `--nodes=${f}`),
      ...options.relationships.map((f) => `--relationships=${f}`),
      // Text fields (a document's text, a task's) span lines.
      '--multiline-fields=true',
      `--array-delimiter=U+${options.arrayDelimiter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      '--overwrite-destination=true',
      `--report-file=${report}`,
      '--verbose',
      DEFAULT_DATABASE,
    ];
    const output = await run('java', args, childEnvironment({ NEO4J_HOME: scratch, NEO4J_CONF: scratch }));
    if (output.code !== 0) {
      // --verbose prints the exception chain: its innermost message says what is wrong (Id 'doc_1' is defined more than once …).
      const lines = output.text.split('\n').map((l) => l.trim());
      const innermost = lines.filter((l) => l.startsWith('Caused by: ')).at(-1)?.match(/^Caused by: [\w.$]+: (.*)$/)?.[1];
      const cause = innermost ?? lines.filter((l) => /error|exception|invalid|duplicate/i.test(l)).at(-1) ?? `exit code ${output.code}`;
      let detail = '';
      try {
        detail = readFileSync(report, 'utf8').split('\n').filter((l) => l.trim() !== '').slice(0, 3).join('; ');
      } catch {}
      // What a failed import leaves is no database: gone, the next start creates an empty one.
      for (const folder of ['databases', 'transactions']) rmSync(join(home, 'db', 'data', folder, DEFAULT_DATABASE), { recursive: true, force: true });
      throw new LocalNeo4jError(`neo4j-admin import failed: ${cause}${detail ? ` (${detail})` : ''}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (e) => reject(new LocalNeo4jError(`could not run ${cmd}: ${e.message}`)));
    child.on('close', (code) => resolve({ code: code ?? 1, text: Buffer.concat(chunks).toString('utf8') }));
  });
}
