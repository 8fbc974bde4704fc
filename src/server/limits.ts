// The server's limits and access settings, read once from the environment:
// query depth and cost (checked before execution, see plugins/queryCost.ts),
// the optional read key, CORS origins, and whether introspection and the
// playground are on.

type Env = Record<string, string | undefined>;

export const DEFAULT_MAX_QUERY_DEPTH = 12;
export const DEFAULT_MAX_QUERY_COST = 20_000;

export interface QueryLimits {
  /** Deepest nesting of object fields (introspection fields not counted). */
  maxDepth: number;
  /** Highest estimated cost (see plugins/queryCost.ts). */
  maxCost: number;
}

export interface AccessSettings {
  /** When set, every GraphQL request needs this key (or the ingest key). */
  readApiKey?: string;
  /** Origins allowed to call the API from a browser; empty = same-origin only. */
  corsOrigins: string[];
  introspection: boolean;
  playground: boolean;
}

export function queryLimitsFromEnv(env: Env = process.env): QueryLimits {
  return {
    maxDepth: positiveInt(env, 'MAX_QUERY_DEPTH', DEFAULT_MAX_QUERY_DEPTH),
    maxCost: positiveInt(env, 'MAX_QUERY_COST', DEFAULT_MAX_QUERY_COST),
  };
}

export function accessFromEnv(env: Env = process.env): AccessSettings {
  const production = env.NODE_ENV === 'production';
  const readApiKey = env.READ_API_KEY;
  return {
    ...(readApiKey !== undefined && readApiKey !== '' && { readApiKey }),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter((o) => o !== ''),
    introspection: flag(env, 'ENABLE_INTROSPECTION', !production),
    playground: flag(env, 'ENABLE_PLAYGROUND', !production),
  };
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} is malformed: ${JSON.stringify(raw)} (expected a positive integer)`);
  return n;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name} is malformed: ${JSON.stringify(raw)} (expected true or false)`);
}
