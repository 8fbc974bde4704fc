// CONTINUES links between the tasks of consecutive work plans of one issuer, written
// after ingestion: for each document loaded, its tasks to the previous plan's, and the
// tasks of the plans that may now follow it to theirs. Derived data, recomputed whole for
// the plans touched, so loading plans in any order gives the same links.
import type { Graph } from './connection.js';
import { loadCypher } from './cypher.js';
import { GraphReader } from './reader.js';
import { changeReads } from './read/changes.js';
import { matchPlanPairs } from '../extract/continuity.js';

/**
 * Plans relinked per round: two reads of neighbours for all the documents (theirs, then
 * those of the plans that follow them), then per round one read of the tasks of both
 * sides and one write, whatever the number of
 * documents (three reads a document cost 37.6 ms of Neo4j CPU a document in a load of
 * 1,000 plans); a round stays small enough to hold both sides' texts in memory.
 */
const PLANS_PER_ROUND = 200;

/**
 * Relinks the plans around each document: each work plan among them, and every plan of
 * the nearest later year of its issuer, to its own previous plan (the rule of
 * read/changes/neighbour-plans), so that loading plans in any order, in any batches, gives
 * the same links. A plan without a previous one loses any links it had. Returns the
 * number of CONTINUES links written.
 */
export async function linkContinuations(graph: Graph, documentIds: readonly string[]): Promise<number> {
  const reader = new GraphReader(graph);
  const around = await changeReads.neighboursOf(reader, [...new Set(documentIds)]);
  const previousOf = new Map(around.map((r) => [r.documentId, r.previous]));
  const later = new Set<string>();
  for (const r of around) {
    // Only a work plan is one's previous plan (or has one).
    if (r.kind !== 'WORK_PLAN') continue;
    later.add(r.documentId);
    for (const f of r.following) later.add(f);
  }
  const unread = [...later].filter((id) => !previousOf.has(id));
  for (const r of await changeReads.neighboursOf(reader, unread)) previousOf.set(r.documentId, r.previous);

  const rounds = [...later].sort().map((id) => [id, previousOf.get(id) ?? null] as const);
  let written = 0;
  for (let i = 0; i < rounds.length; i += PLANS_PER_ROUND) {
    const round = rounds.slice(i, i + PLANS_PER_ROUND);
    const planPairs = round.flatMap(([id, previous]) => (previous ? [[id, previous] as const] : []));
    const pairs = matchPlanPairs(await changeReads.comparableTasks(reader, [...new Set(planPairs.flat())]), planPairs);
    await graph.driver.executeQuery(
      loadCypher('write/link-continuations'),
      { laterDocumentIds: round.map(([id]) => id), pairs },
      { database: graph.database, bookmarkManager: graph.bookmarkManager, routing: 'WRITE' },
    );
    written += pairs.length;
  }
  return written;
}
