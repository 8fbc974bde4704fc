// /health: is the API able to answer, i.e. does Neo4j answer? Bounded in time,
// because a hung database would otherwise hold the check for the driver's
// connection timeout (30 s by default).
import type { Graph } from '../graph/connection.js';
import { describeError } from '../graph/errors.js';

export interface Health {
  status: 'ok' | 'degraded';
  neo4j: { reachable: boolean; uri: string; latencyMs: number | null; error?: string };
  /** This server process's memory, so that a load run from outside (npm run soak -- --url) can watch it. */
  memory: { rssBytes: number; heapUsedBytes: number };
}

export async function checkHealth(graph: Graph, uri: string, timeoutMs = 3_000): Promise<Health> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([graph.driver.verifyConnectivity({ database: graph.database }), timeout]);
    const latencyMs = Math.round(performance.now() - started);
    return { status: 'ok', neo4j: { reachable: true, uri: publicUri(uri), latencyMs }, memory: processMemory() };
  } catch (error) {
    return { status: 'degraded', neo4j: { reachable: false, uri: publicUri(uri), latencyMs: null, error: describeError(error) }, memory: processMemory() };
  } finally {
    clearTimeout(timer);
  }
}

function processMemory(): Health['memory'] {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssBytes: rss, heapUsedBytes: heapUsed };
}

/** The URI without any user:password@ part (config.ts refuses those, but a URI may come from elsewhere). */
export function publicUri(uri: string): string {
  try {
    const url = new URL(uri);
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return uri.replace(/\/\/[^/@]*@/, '//');
  }
}
