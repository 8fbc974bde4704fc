// Starts, finds and stops the project's own Neo4j (embedded Neo4j + Bolt, see
// tools/neo4j/Neo4jLauncher.java) on loopback. Everything lives in one folder
// ("home", by default the checkout's .neo4j/): the database, the log, the
// password and a state file describing the running instance.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { childEnvironment, localNeo4jMemoryFromEnv, localNeo4jPortFromEnv } from '../config.js';
import { LocalNeo4jError, defaultCacheDir, launcherClasspath, provision } from './provision.js';

export { LocalNeo4jError };

export const LOCAL_USER = 'neo4j';

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  pid: number;
  port: number;
  home: string;
  /** true when an already running instance was found and reused. */
  reused: boolean;
}

interface State {
  uri: string;
  user: string;
  password: string;
  pid: number;
  port: number;
  startedAt: string;
}

export interface StartOptions {
  /** Where the database, log and state live. Default: the checkout's .neo4j/. */
  home?: string;
  /** Where the provisioned jars are. Default: the checkout's .neo4j/. */
  installDir?: string;
  /** Bolt port; 0 = any free port. Default: NEO4J_LOCAL_PORT, else a free port. */
  port?: number;
  /** Maven's local repository if it has to provision. Default: NEO4J_MAVEN_REPO. */
  mavenRepo?: string;
  /** How long to wait for Bolt to answer. */
  timeoutMs?: number;
  /** Stop the server when this process dies (tests): the launcher watches its stdin for EOF. */
  ownedByParent?: boolean;
  log?: (line: string) => void;
}

const files = (home: string) => ({
  state: join(home, 'state.json'),
  password: join(home, 'password'),
  log: join(home, 'neo4j.log'),
  db: join(home, 'db'),
});

export function defaultHome(): string {
  return defaultCacheDir();
}

export async function startLocalNeo4j(opts: StartOptions = {}): Promise<LocalNeo4j> {
  const home = opts.home ?? defaultHome();
  const f = files(home);
  const timeoutMs = opts.timeoutMs ?? 120_000;
  mkdirSync(home, { recursive: true, mode: 0o700 });

  // Reuse a running (or still starting) instance of this home.
  const existing = readState(home);
  if (existing) {
    if (isLauncher(existing.pid)) {
      await waitForBolt(existing, f.log, timeoutMs);
      return { ...existing, home, reused: true };
    }
    rmSync(f.state, { force: true }); // left behind by a crash
  }

  provision({ dir: opts.installDir, log: opts.log, ...(opts.mavenRepo !== undefined && { mavenRepo: opts.mavenRepo }) });

  const port = opts.port === undefined ? localNeo4jPortFromEnv() ?? (await freePort()) : opts.port || (await freePort());
  const password = readOrCreatePassword(f.password);

  const memory = localNeo4jMemoryFromEnv();
  const logFd = openSync(f.log, 'w');
  const child = spawn(
    'java',
    ['-Xms256m', `-Xmx${memory.heap}`, '-XX:+UseG1GC', '-cp', launcherClasspath(opts.installDir), 'Neo4jLauncher', f.db, String(port)],
    {
      cwd: home,
      detached: true, // its own process group: Ctrl-C in the terminal that started it does not reach it
      stdio: [opts.ownedByParent ? 'pipe' : 'ignore', logFd, logFd],
      env: childEnvironment({
        NEO4J_LAUNCHER_PASSWORD: password,
        NEO4J_LAUNCHER_PAGECACHE_BYTES: String(memory.pageCacheBytes),
        NEO4J_LAUNCHER_EXIT_ON_EOF: opts.ownedByParent ? '1' : '0',
      }),
    },
  );
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) {
    throw new LocalNeo4jError('could not start java (is it on PATH?)');
  }
  child.unref();
  child.stdin?.on('error', () => {}); // the pipe breaks when the server exits first; nothing to do
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  const state: State = {
    uri: `bolt://127.0.0.1:${port}`,
    user: LOCAL_USER,
    password,
    pid,
    port,
    startedAt: new Date().toISOString(),
  };
  writePrivate(f.state, JSON.stringify(state, null, 2) + '\n');

  try {
    await waitForBolt(state, f.log, timeoutMs);
  } catch (e) {
    await stopProcess(pid, 10_000);
    rmSync(f.state, { force: true });
    throw e;
  }
  return { ...state, home, reused: false };
}

export interface StopResult {
  stopped: boolean;
  pid?: number;
}

/** SIGTERM (clean shutdown via the launcher's hook), SIGKILL after the timeout; removes the state file. */
export async function stopLocalNeo4j(opts: { home?: string; timeoutMs?: number } = {}): Promise<StopResult> {
  const home = opts.home ?? defaultHome();
  const state = readState(home);
  if (!state) return { stopped: false };
  const running = isLauncher(state.pid);
  if (running) await stopProcess(state.pid, opts.timeoutMs ?? 60_000);
  rmSync(files(home).state, { force: true });
  return { stopped: running, pid: state.pid };
}

export type LocalStatus =
  | { state: 'running'; uri: string; pid: number; user: string; password: string }
  | { state: 'not-answering'; uri: string; pid: number; error: string }
  | { state: 'stopped' };

export async function localNeo4jStatus(opts: { home?: string } = {}): Promise<LocalStatus> {
  const home = opts.home ?? defaultHome();
  const state = readState(home);
  if (!state || !isLauncher(state.pid)) return { state: 'stopped' };
  const err = await boltError(state);
  return err === null
    ? { state: 'running', uri: state.uri, pid: state.pid, user: state.user, password: state.password }
    : { state: 'not-answering', uri: state.uri, pid: state.pid, error: err };
}

// ---------------------------------------------------------------------------

function readState(home: string): State | null {
  try {
    const s = JSON.parse(readFileSync(files(home).state, 'utf8')) as State;
    return typeof s.pid === 'number' && typeof s.uri === 'string' ? s : null;
  } catch {
    return null;
  }
}

function writePrivate(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600); // writeFileSync keeps the mode of an existing file
}

/** Kept across restarts so a GUI or .env that uses it keeps working; the launcher (re)applies it on every start. */
function readOrCreatePassword(path: string): string {
  if (existsSync(path)) {
    const pw = readFileSync(path, 'utf8').trim();
    if (pw.length >= 8) return pw;
  }
  const pw = randomBytes(18).toString('base64url');
  writePrivate(path, pw + '\n');
  return pw;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Alive, not a zombie, and really our launcher (a pid from an old state file may have been reused). */
function isLauncher(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: alive but someone else's, so not ours.
    return false;
  }
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Neo4jLauncher');
    } catch {
      return false;
    }
  }
  return true; // no /proc (macOS): trust the state file
}

async function stopProcess(pid: number, timeoutMs: number): Promise<void> {
  if (!signal(pid, 'SIGTERM')) return;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isLauncher(pid)) return;
    await sleep(100);
  }
  signal(pid, 'SIGKILL');
  for (let i = 0; i < 50 && isLauncher(pid); i++) await sleep(100);
}

function signal(pid: number, sig: NodeJS.Signals): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

/** null when Bolt answers with these credentials, else the reason. */
async function boltError(s: Pick<State, 'uri' | 'user' | 'password'>): Promise<string | null> {
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), { connectionTimeout: 3_000 });
  try {
    await driver.verifyConnectivity();
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await driver.close();
  }
}

/**
 * Waits for the launcher's READY line (printed after the password is set, so we
 * never hammer Bolt with a wrong password and trip the auth rate limit), then
 * until the driver verifies connectivity.
 */
async function waitForBolt(s: State, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no READY line yet';
  while (Date.now() < deadline) {
    const log = readLog(logFile);
    if (!isLauncher(s.pid) || /^FAILED/m.test(log)) {
      throw new LocalNeo4jError(`Neo4j could not start: ${failureLine(logFile)} (log: ${logFile})`);
    }
    if (log.includes('READY ')) {
      const err = await boltError(s);
      if (err === null) return;
      lastError = err;
    }
    await sleep(200);
  }
  throw new LocalNeo4jError(`Neo4j did not answer on ${s.uri} within ${timeoutMs / 1000} s: ${lastError} (log: ${logFile})`);
}

function readLog(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function failureLine(logFile: string): string {
  const lines = readLog(logFile).split('\n').filter((l) => l.trim() !== '');
  return lines.find((l) => l.startsWith('FAILED')) ?? lines.at(-1) ?? 'no output';
}
