// Which Neo4j a command talks to, decided at start-up (src/server/connect.ts for
// the server, src/cli/withGraph.ts for `kg`): the external one of NEO4J_URI … when
// it is configured, otherwise the project's local instance, started if it is not
// running. This and the bulk load (src/ingest/bulk.ts, which restarts the local
// instance around neo4j-admin import) are the only places outside `npm run neo4j:*`
// that start a process; src/graph only connects to what it is given.

import { DEFAULT_DATABASE, type Neo4jSettings } from '../config.js';
import type { Connection } from '../graph/connection.js';
import { startLocalNeo4j } from './local.js';

export async function resolveConnection(settings: Pick<Neo4jSettings, 'external' | 'localPort' | 'mavenRepo'>): Promise<Connection> {
  if (settings.external) return { ...settings.external, source: 'env' };
  // stderr: keeps stdout clean for commands that print JSON; provisioning can take a minute.
  const local = await startLocalNeo4j({
    log: (line) => console.error(line),
    ...(settings.localPort !== undefined && { port: settings.localPort }),
    ...(settings.mavenRepo !== undefined && { mavenRepo: settings.mavenRepo }),
  });
  return { uri: local.uri, user: local.user, password: local.password, database: DEFAULT_DATABASE, source: 'local' };
}
