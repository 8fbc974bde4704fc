// Shared by the server tests: a server on a free port over the test database,
// with its log lines captured so tests can check what is (and is not) logged.
import { Writable } from 'node:stream';
import { createServer, type RunningServer, type ServerOptions } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';

export interface TestServer extends RunningServer {
  /** The log lines so far, parsed. */
  logs(): Record<string, unknown>[];
  rawLogs: string[];
}

export async function startTestServer(opts: Omit<ServerOptions, 'port' | 'logger'>): Promise<TestServer> {
  const rawLogs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      rawLogs.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const server = await createServer({ ...opts, port: 0, logger });
  return { ...server, rawLogs, logs: () => rawLogs.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
  text: string;
}

export async function gql<T = Record<string, unknown>>(
  server: RunningServer,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) as GraphQLResponse<T>['body'], text };
}

/** Codes of the errors in a response. */
export const codes = (r: GraphQLResponse<unknown>) => (r.body.errors ?? []).map((e) => e.extensions?.code);
