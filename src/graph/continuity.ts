// CONTINUES links between the tasks of consecutive work plans of one issuer, written
// after ingestion: for each document loaded, its tasks to the previous plan's and the
// next plan's tasks to its own. Derived data, recomputed whole for the plans touched,
// so loading plans in any order gives the same links.
import type { Graph } from './connection.js';
import { loadCypher } from './cypher.js';
import { GraphReader } from './reader.js';
import { changeReads } from './read/changes.js';
import { matchTasks, type Continuation } from '../extract/continuity.js';

/**
 * Plans relinked per round: one read of their neighbours for all the documents, then per
 * round one read of the tasks of both sides and one write, whatever the number of
 * documents (three reads a document cost 37.6 ms of Neo4j CPU a document in a load of
 * 1,000 plans); a round stays small enough to hold both sides' texts in memory.
 */
const PLANS_PER_ROUND = 200;

/** Relinks the plans around each document; returns the number of CONTINUES links written. */
export async function linkContinuations(graph: Graph, documentIds: readonly string[]): Promise<number> {
  const reader = new GraphReader(graph);
  // Each later plan whose links to its previous plan are to be computed, keyed by its id.
  const laterToPrevious = new Map<string, string>();
  for (const around of await changeReads.neighboursOf(reader, [...new Set(documentIds)])) {
    if (around.kind !== 'WORK_PLAN') continue;
    if (around.previous) laterToPrevious.set(around.documentId, around.previous);
    if (around.next) laterToPrevious.set(around.next, around.documentId);
  }
  const rounds = [...laterToPrevious].sort(([a], [b]) => (a < b ? -1 : 1));
  let written = 0;
  for (let i = 0; i < rounds.length; i += PLANS_PER_ROUND) {
    const round = rounds.slice(i, i + PLANS_PER_ROUND);
    const tasks = await changeReads.comparableTasks(reader, [...new Set(round.flat())]);
    const pairs: Continuation[] = [];
    for (const [later, previous] of round) pairs.push(...matchTasks(tasks.get(previous) ?? [], tasks.get(later) ?? []));
    await graph.driver.executeQuery(
      loadCypher('write/link-continuations'),
      { laterDocumentIds: round.map(([later]) => later), pairs },
      { database: graph.database, bookmarkManager: graph.bookmarkManager, routing: 'WRITE' },
    );
    written += pairs.length;
  }
  return written;
}
