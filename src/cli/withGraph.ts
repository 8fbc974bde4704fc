import { openGraph, type Graph } from '../graph/driver.js';

/** Opens the graph (NEO4J_URI, else the local Neo4j), runs `work`, and always closes the driver. */
export async function withGraph<T>(work: (graph: Graph) => Promise<T>): Promise<T> {
  const graph = await openGraph();
  try {
    return await work(graph);
  } finally {
    await graph.driver.close();
  }
}
