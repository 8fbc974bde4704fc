// Connection settings for an external Neo4j (Aura, a cluster, docker compose).
// When NEO4J_URI is unset the project uses its own local Neo4j instead
// (src/neo4j-local), so `neo4jConfigFromEnv` returns null rather than failing.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const DEFAULT_USER = 'neo4j';
export const DEFAULT_DATABASE = 'neo4j';

const SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

// Neo4j database names: ASCII letter first, then letters, digits, dots, dashes (3–63 chars).
const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9.-]{2,62}$/;

type Env = Record<string, string | undefined>;

/** The external Neo4j from the environment, or null when NEO4J_URI is unset. Throws ConfigError when a value is bad. */
export function neo4jConfigFromEnv(env: Env = process.env): Neo4jConfig | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  validateUri(uri);

  const user = env.NEO4J_USER?.trim() || DEFAULT_USER;

  const password = env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new ConfigError('NEO4J_PASSWORD is missing (required when NEO4J_URI is set)');
  }

  const database = env.NEO4J_DATABASE?.trim() || DEFAULT_DATABASE;
  if (!DATABASE_NAME.test(database)) {
    throw new ConfigError(
      `NEO4J_DATABASE is malformed: ${JSON.stringify(database)} (expected 3–63 letters, digits, dots or dashes, starting with a letter)`,
    );
  }

  return { uri, user, password, database };
}

function validateUri(uri: string): void {
  const malformed = () =>
    new ConfigError(
      `NEO4J_URI is malformed: ${JSON.stringify(maskCredentials(uri))} (expected bolt://, neo4j://, neo4j+s://… with a host)`,
    );
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw malformed();
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!SCHEMES.includes(scheme) || !uri.slice(scheme.length).startsWith('://') || url.hostname === '') {
    throw malformed();
  }
  // Credentials belong in NEO4J_USER/NEO4J_PASSWORD, not in the URI (they would end up in logs).
  if (url.username || url.password) {
    throw new ConfigError(`NEO4J_URI must not contain credentials; use NEO4J_USER and NEO4J_PASSWORD`);
  }
}

/** Hide a `user:password@` part before echoing a value in an error message. */
function maskCredentials(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//***@');
}
