// npm run neo4j:start|stop|status|provision — one line of output each, exit
// code 0 on success (status: 0 running, 3 stopped, 1 not answering), 1 on error.

import { relative } from 'node:path';
import { projectRoot } from '../paths.js';
import { defaultHome, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local.js';
import { installPaths, neo4jVersion, provision } from './provision.js';

const rel = (p: string) => relative(process.cwd(), p) || '.';
const log = (line: string) => console.log(line);

async function main(cmd: string | undefined): Promise<number> {
  switch (cmd) {
    case 'provision': {
      const r = provision({ log });
      const where = rel(installPaths().lib);
      console.log(
        r.changed
          ? `Neo4j ${neo4jVersion()} provisioned in ${where} (${r.jars} jars, ${(r.ms / 1000).toFixed(1)} s)`
          : `Neo4j ${neo4jVersion()} already provisioned in ${where} (${r.jars} jars)`,
      );
      return 0;
    }
    case 'start': {
      const t0 = Date.now();
      const n = await startLocalNeo4j({ log });
      const how = n.reused ? 'already running' : `started in ${((Date.now() - t0) / 1000).toFixed(1)} s`;
      console.log(`Neo4j ${how} at ${n.uri} (pid ${n.pid}, user ${n.user}, password in ${rel(n.home)}/password)`);
      return 0;
    }
    case 'stop': {
      const r = await stopLocalNeo4j();
      console.log(r.stopped ? `Neo4j stopped (pid ${r.pid})` : 'Neo4j is not running');
      return 0;
    }
    case 'status': {
      const s = await localNeo4jStatus();
      if (s.state === 'running') {
        console.log(`Neo4j running at ${s.uri} (pid ${s.pid}, data in ${rel(defaultHome())}/db)`);
        return 0;
      }
      if (s.state === 'not-answering') {
        console.log(`Neo4j process ${s.pid} is up but ${s.uri} does not answer: ${s.error}`);
        return 1;
      }
      console.log('Neo4j is not running');
      return 3;
    }
    default:
      console.error('usage: tsx src/neo4j-local/cli.ts start|stop|status|provision');
      return 2;
  }
}

process.chdir(projectRoot());
main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // One clear line, no stack trace: these errors are about the environment, not bugs.
    console.error(`neo4j: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
