// One server of bench/api/cpu.ts in a process of its own, so that the CPU time of
// that process is what serving its requests costs: the hand-written Cypher endpoint
// or our GraphQL server (src/server, as `npm start` runs it, with NODE_ENV as
// given), on a driver of its own. It answers the parent's messages: 'cpu' with
// process.cpuUsage(), and on 'profile-start' / 'profile-stop' records a V8 CPU
// profile of what it does in between.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createDriver } from '../../src/graph/connection.js';
import { createServer } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { startCypherServer } from './cypher-server.js';

export interface ServerJob {
  kind: 'cypher' | 'ours';
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type ServerRequest = { type: 'cpu' } | { type: 'profile-start' } | { type: 'profile-stop'; file: string } | { type: 'close' };
export type ServerReply = { type: 'ready'; url: string } | { type: 'cpu'; user: number; system: number } | { type: 'done' };

if (process.send) {
  const reply = (m: ServerReply) => process.send!(m);
  process.once('message', async (job: ServerJob) => {
    const driver = createDriver(job);
    const server =
      job.kind === 'cypher'
        ? await startCypherServer(driver, job.database)
        : await createServer({ graph: { driver, database: job.database }, port: 0, logger: createLogger({ level: 'warn' }) });
    const inspector = new Session();
    inspector.connect();
    process.on('message', async (m: ServerRequest) => {
      if (m.type === 'cpu') {
        const { user, system } = process.cpuUsage();
        reply({ type: 'cpu', user, system });
      } else if (m.type === 'profile-start') {
        await inspector.post('Profiler.enable');
        await inspector.post('Profiler.start');
        reply({ type: 'done' });
      } else if (m.type === 'profile-stop') {
        const { profile } = await inspector.post('Profiler.stop');
        writeFileSync(m.file, JSON.stringify(profile));
        reply({ type: 'done' });
      } else {
        await server.close();
        await driver.close();
        inspector.disconnect();
        process.exit(0);
      }
    });
    reply({ type: 'ready', url: server.url });
  });
}
