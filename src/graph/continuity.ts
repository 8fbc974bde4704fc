// CONTINUES links between the tasks of consecutive work plans of one issuer, written
// after ingestion: for each document loaded, its tasks to the previous plan's and the
// next plan's tasks to its own. Derived data, recomputed whole for the plans touched,
// so loading plans in any order gives the same links.
import type { Graph } from './connection.js';
import { loadCypher } from './cypher.js';
import { GraphReader } from './reader.js';
import { changeReads } from './read/changes.js';
import { matchTasks } from '../extract/continuity.js';

/** Relinks the plans around each document; returns the number of CONTINUES links written. */
export async function linkContinuations(graph: Graph, documentIds: readonly string[]): Promise<number> {
  const reader = new GraphReader(graph);
  // Each later plan whose links to its previous plan are to be computed, keyed by its id.
  const laterToPrevious = new Map<string, string>();
  for (const id of new Set(documentIds)) {
    const around = await changeReads.neighbours(reader, id);
    if (!around || around.kind !== 'WORK_PLAN') continue;
    if (around.previous) laterToPrevious.set(id, around.previous);
    if (around.next) laterToPrevious.set(around.next, id);
  }
  if (laterToPrevious.size === 0) return 0;
  const pairs = [];
  for (const [later, previous] of laterToPrevious) {
    const [a, b] = await Promise.all([changeReads.planTasks(reader, previous), changeReads.planTasks(reader, later)]);
    pairs.push(...matchTasks(a.map((t) => t.task), b.map((t) => t.task)));
  }
  await graph.driver.executeQuery(
    loadCypher('write/link-continuations'),
    { laterDocumentIds: [...laterToPrevious.keys()], pairs },
    { database: graph.database, routing: 'WRITE' },
  );
  return pairs.length;
}
