// Start-up connection for the long-running server: the same code path as the
// CLI's (NEO4J_URI, else the local Neo4j), but a database that does not
// answer yet (docker compose start order, a restarting cluster) is waited for
// with backoff instead of crashing the server. Configuration mistakes (bad URI,
// wrong password) are not retried: waiting would not fix them.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from 'neo4j-driver';
import { DEFAULT_READ_LIMITS, neo4jSettingsFromEnv, type Neo4jSettings, type ReadLimits } from '../config.js';
import { connectedGraph, createDriver, type ConnectedGraph } from '../graph/connection.js';
import { isDatabaseUnavailable } from '../graph/errors.js';
import { resolveConnection } from '../neo4j-local/connection.js';
import { publicUri } from './health.js';

const CONNECTION_TIMEOUT_MS = 5_000;

/**
 * Driver settings for serving requests: when Neo4j is down a request should fail
 * with DATABASE_UNAVAILABLE in seconds, not after the driver's defaults (30 s of
 * transaction retries, 60 s waiting for a pooled connection). The pool's size is
 * NEO4J_MAX_POOL_SIZE; the API's reads wait NEO4J_ACQUISITION_TIMEOUT_MS for a
 * share of it (graph/admission.ts) before DATABASE_BUSY. The driver's own
 * acquisition timeout is that plus the connection timeout, because it includes
 * opening a new connection: an unreachable database must end in
 * DATABASE_UNAVAILABLE (the connection attempt's error), not look busy.
 */
export function serverDriverConfig(reads: ReadLimits = DEFAULT_READ_LIMITS): Config {
  return {
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    maxConnectionPoolSize: reads.poolSize,
    connectionAcquisitionTimeout: reads.acquisitionTimeoutMs + CONNECTION_TIMEOUT_MS,
    maxTransactionRetryTime: 5_000,
  };
}

/** serverDriverConfig with the default pool (100 connections, 2 + 5 s to acquire one). */
export const SERVER_DRIVER_CONFIG: Config = serverDriverConfig();

export interface ConnectOptions {
  /** Which Neo4j, and the transaction timeout (see src/config.ts); default: read from the environment now. */
  settings?: Neo4jSettings;
  /** Driver settings; default SERVER_DRIVER_CONFIG. */
  config?: Config;
  /** Lines for the operator (the retry notices). */
  log?: (line: string) => void;
  /** Give up after this many attempts; default: never. */
  maxAttempts?: number;
  /** Stops the waiting (Ctrl-C during start-up). */
  signal?: AbortSignal;
}

/** Backoff: 1, 2, 4, 8, 15, 15, … seconds. */
export function retryDelayMs(attempt: number): number {
  return Math.min(1_000 * 2 ** (attempt - 1), 15_000);
}

export async function connectWithRetry(opts: ConnectOptions = {}): Promise<ConnectedGraph> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const settings = opts.settings ?? neo4jSettingsFromEnv();
  const c = await resolveConnection(settings);
  const driver = createDriver(c, opts.config ?? SERVER_DRIVER_CONFIG);
  for (let attempt = 1; ; attempt++) {
    try {
      await driver.verifyConnectivity({ database: c.database });
      return connectedGraph(driver, c, settings.txTimeoutMs);
    } catch (error) {
      const giveUp = !isDatabaseUnavailable(error) || attempt >= (opts.maxAttempts ?? Infinity) || opts.signal?.aborted;
      if (giveUp) {
        await driver.close();
        throw error;
      }
      const delay = retryDelayMs(attempt);
      log(`neo4j not reachable at ${publicUri(c.uri)}, retrying in ${delay / 1000} s (attempt ${attempt})${reason(error)}`);
      try {
        await sleep(delay, undefined, { signal: opts.signal });
      } catch {
        await driver.close();
        throw new Error('start-up cancelled while waiting for Neo4j');
      }
    }
  }
}

/** The driver's root cause ("connect ECONNREFUSED …") without its paragraph of advice. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = /Caused by: (.+)$/.exec(message)?.[1];
  return cause ? `: ${cause}` : '';
}
