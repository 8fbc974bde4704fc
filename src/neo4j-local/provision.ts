// Fetches embedded Neo4j from Maven Central into the checkout's cache folder
// (.neo4j/lib) and compiles the tiny launcher (tools/neo4j/Neo4jLauncher.java)
// into .neo4j/classes. The Neo4j server tarball is not on Maven Central, so the
// embedded jars plus the Bolt connector are how we get a real Neo4j without Docker.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { mavenRepoFromEnv } from '../config.js';
import { projectRoot } from '../paths.js';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface InstallPaths {
  dir: string;
  lib: string;
  classes: string;
  stamp: string;
  log: string;
}

/** The per-checkout cache folder, so two checkouts on one machine never share state. */
export function defaultCacheDir(): string {
  return join(projectRoot(), '.neo4j');
}

export function installPaths(dir = defaultCacheDir()): InstallPaths {
  return {
    dir,
    lib: join(dir, 'lib'),
    classes: join(dir, 'classes'),
    stamp: join(dir, 'lib', '.provisioned'),
    log: join(dir, 'provision.log'),
  };
}

const pomPath = () => join(projectRoot(), 'tools', 'neo4j', 'pom.xml');
const launcherPath = () => join(projectRoot(), 'tools', 'neo4j', 'Neo4jLauncher.java');

/** The Neo4j version the pom pins (for messages). */
export function neo4jVersion(): string {
  return /<neo4j\.version>([^<]+)</.exec(readFileSync(pomPath(), 'utf8'))?.[1] ?? 'unknown';
}

/** Changes to the pom or the launcher make the cache stale. */
function fingerprint(): string {
  return createHash('sha256').update(readFileSync(pomPath())).update(readFileSync(launcherPath())).digest('hex');
}

export function isProvisioned(dir = defaultCacheDir()): boolean {
  const p = installPaths(dir);
  return (
    existsSync(p.stamp) &&
    readFileSync(p.stamp, 'utf8').trim() === fingerprint() &&
    existsSync(join(p.classes, 'Neo4jLauncher.class'))
  );
}

/** Fails with one clear line when Java is missing or too old. */
export function checkJava(): void {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error) throw new LocalNeo4jError('java not found on PATH: install a JDK 17 or 21 (needed to run the local Neo4j)');
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr + r.stdout);
  const major = m ? Number(m[1] === '1' ? m[2] : m[1]) : NaN;
  if (!(major >= 17)) throw new LocalNeo4jError(`Java 17 or newer is required for Neo4j 5.26 (found: ${m?.[0] ?? 'unknown version'})`);
}

export interface ProvisionResult {
  changed: boolean;
  ms: number;
  jars: number;
}

/**
 * Runs Maven (and javac) only when .neo4j/lib is missing or stale. NEO4J_MAVEN_REPO,
 * when set, is passed as -Dmaven.repo.local (a CI cache or a throwaway repository).
 */
export function provision(opts: { dir?: string; log?: (line: string) => void; /** Default NEO4J_MAVEN_REPO. */ mavenRepo?: string } = {}): ProvisionResult {
  const t0 = Date.now();
  const p = installPaths(opts.dir);
  checkJava();
  if (isProvisioned(p.dir)) return { changed: false, ms: Date.now() - t0, jars: countJars(p.lib) };

  for (const tool of ['mvn', 'javac']) {
    const r = spawnSync(tool, ['-version'], { encoding: 'utf8' });
    if (r.error) {
      throw new LocalNeo4jError(
        tool === 'mvn'
          ? 'mvn not found on PATH: install Maven 3.6+ (it fetches Neo4j once into .neo4j/)'
          : 'javac not found on PATH: install a full JDK 17 or 21, not only a JRE',
      );
    }
  }

  opts.log?.(`provisioning Neo4j ${neo4jVersion()} into ${p.dir} (Maven; about 150 MB to download when its cache is empty)…`);
  mkdirSync(p.dir, { recursive: true, mode: 0o700 });
  writeFileSync(p.log, ''); // the log of this provisioning run only
  // Build into temporary folders and swap them in, so an interrupted run never
  // leaves a half-filled lib/ that looks provisioned.
  const tmpLib = `${p.lib}.tmp-${process.pid}`;
  const tmpClasses = `${p.classes}.tmp-${process.pid}`;
  rmSync(tmpLib, { recursive: true, force: true });
  rmSync(tmpClasses, { recursive: true, force: true });
  try {
    const mvnArgs = [
      '-B',
      '-q',
      '-Dstyle.color=never',
      '-f',
      pomPath(),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${tmpLib}`,
    ];
    const mavenRepo = opts.mavenRepo ?? mavenRepoFromEnv();
    if (mavenRepo) mvnArgs.push(`-Dmaven.repo.local=${mavenRepo}`);
    run('mvn', mvnArgs, p.log, 'Maven could not fetch Neo4j');

    run(
      'javac',
      ['-nowarn', '--release', '17', '-cp', join(tmpLib, '*'), '-d', tmpClasses, launcherPath()],
      p.log,
      'javac could not compile tools/neo4j/Neo4jLauncher.java',
    );

    rmSync(p.lib, { recursive: true, force: true });
    rmSync(p.classes, { recursive: true, force: true });
    renameSync(tmpLib, p.lib);
    renameSync(tmpClasses, p.classes);
    writeFileSync(p.stamp, fingerprint() + '\n');
  } finally {
    rmSync(tmpLib, { recursive: true, force: true });
    rmSync(tmpClasses, { recursive: true, force: true });
  }
  return { changed: true, ms: Date.now() - t0, jars: countJars(p.lib) };
}

/** The java classpath for the launcher. */
export function launcherClasspath(dir = defaultCacheDir()): string {
  const p = installPaths(dir);
  return [join(p.lib, '*'), p.classes].join(delimiter);
}

function countJars(lib: string): number {
  return existsSync(lib) ? readdirSync(lib).filter((f) => f.endsWith('.jar')).length : 0;
}

/** Runs a tool with its output going to the provision log; on failure, one line naming the cause and the log. */
function run(cmd: string, args: string[], logFile: string, what: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `$ ${cmd} ${args.join(' ')}\n${r.stdout ?? ''}${r.stderr ?? ''}\n`;
  writeFileSync(logFile, output, { flag: 'a' });
  if (r.status !== 0) {
    const lines = (r.stdout + '\n' + r.stderr).split('\n').map((l) => l.trim());
    const cause = lines.find((l) => l.startsWith('[ERROR]') || l.includes('error:')) ?? `exit code ${r.status}`;
    throw new LocalNeo4jError(`${what}: ${cause.replace(/^\[ERROR\]\s*/, '')} (full output in ${logFile})`);
  }
}
