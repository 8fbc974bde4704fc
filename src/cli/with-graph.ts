import { neo4jSettingsFromEnv } from '../config.js';
import { openGraph, type Graph } from '../graph/connection.js';
import { resolveConnection } from '../neo4j-local/connection.js';

/**
 * Opens the graph (NEO4J_URI, else the local Neo4j, started if it is not running),
 * runs `work`, and always closes the driver.
 */
export async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const settings = neo4jSettingsFromEnv();
  const graph = await openGraph(await resolveConnection(settings), { txTimeoutMs: settings.txTimeoutMs });
  try {
    return await work(graph);
  } finally {
    await graph.driver.close();
  }
}
