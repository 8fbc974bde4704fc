// The same work across years: what changed from one plan to another of the same
// issuer — the tasks it continues (with how similar and the phrases they share),
// what is new, what was dropped, which continued task changed its lead or a figure
// it promises. Computed from both plans' tasks (src/extract/continuity.ts pairs them);
// the CONTINUES links written at ingestion (graph/continuity.ts) use the same pairing.
import { matchTasks, type ComparableTask, type Continuation } from '../../extract/continuity.js';
import type { GraphReader } from '../reader.js';
import type { TaskRow } from './rows.js';

export interface PlanFigure {
  value: number;
  unit: string;
  subject: string | null;
  text: string;
}

export interface PlanTask {
  task: TaskRow;
  leads: string[];
  figures: PlanFigure[];
}

export interface FigureChange {
  subject: string | null;
  unit: string;
  before: PlanFigure;
  after: PlanFigure;
}

export interface TaskContinuationRow extends Omit<Continuation, 'from' | 'to'> {
  from: TaskRow;
  to: TaskRow;
  leadsBefore: string[];
  leadsAfter: string[];
  leadChanged: boolean;
  figureChanges: FigureChange[];
}

export interface PlanChangesRow {
  continued: TaskContinuationRow[];
  /** Tasks of the later plan that continue none of the earlier. */
  added: TaskRow[];
  /** Tasks of the earlier plan that none of the later continues. */
  dropped: TaskRow[];
}

export interface NeighbourPlans {
  documentId: string;
  kind: string;
  /** The issuer's work plan just before it (by year; ties: the latest published, then the smallest id). */
  previous: string | null;
  /** Every work plan of the issuer's nearest later year: the plans whose previous plan it may be. */
  following: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Figures promised in both that differ: paired by unit and subject (a figure without a
 * subject pairs with the one of its unit in the same position among those without).
 */
export function figureChanges(before: readonly PlanFigure[], after: readonly PlanFigure[]): FigureChange[] {
  const key = (f: PlanFigure, i: number, all: readonly PlanFigure[]) =>
    `${f.unit}\u0000${f.subject ?? `#${all.slice(0, i).filter((g) => g.unit === f.unit && g.subject === null).length}`}`;
  const earlier = new Map(before.map((f, i) => [key(f, i, before), f]));
  return after.flatMap((f, i) => {
    const old = earlier.get(key(f, i, after));
    return old && old.value !== f.value ? [{ subject: f.subject, unit: f.unit, before: old, after: f }] : [];
  });
}

export function comparePlans(earlier: readonly PlanTask[], later: readonly PlanTask[]): PlanChangesRow {
  const pairs = matchTasks(
    earlier.map((t) => t.task),
    later.map((t) => t.task),
  );
  const byId = new Map([...earlier, ...later].map((t) => [t.task.id, t]));
  const continued = pairs.map((p): TaskContinuationRow => {
    const from = byId.get(p.from)!;
    const to = byId.get(p.to)!;
    return {
      from: from.task,
      to: to.task,
      similarity: p.similarity,
      phrases: p.phrases,
      leadsBefore: from.leads,
      leadsAfter: to.leads,
      leadChanged: !sameSet(from.leads, to.leads),
      figureChanges: figureChanges(from.figures, to.figures),
    };
  });
  const continuedFrom = new Set(pairs.map((p) => p.from));
  const continuedTo = new Set(pairs.map((p) => p.to));
  return {
    continued,
    added: later.filter((t) => !continuedTo.has(t.task.id)).map((t) => t.task),
    dropped: earlier.filter((t) => !continuedFrom.has(t.task.id)).map((t) => t.task),
  };
}

export const changeReads = {
  /** A document's tasks in reading order with their leads' names and promised figures. */
  planTasks: (reader: GraphReader, documentId: string) => reader.read<PlanTask>('read/changes/plan-tasks', { documentId }),
  /** The same issuer's work plans just before and after a document; null when it has no issuer or no such plan (kind null: no such document). */
  async neighbours(reader: GraphReader, documentId: string): Promise<NeighbourPlans | null> {
    const [row] = await changeReads.neighboursOf(reader, [documentId]);
    return row ?? null;
  },
  /** neighbours of several documents in one read: a row for each that has an issuer. */
  neighboursOf: (reader: GraphReader, documentIds: readonly string[]) => reader.read<NeighbourPlans>('read/changes/neighbour-plans', { documentIds }),
  /** The id, title and text of the tasks of several documents, each document's in reading order. */
  async comparableTasks(reader: GraphReader, documentIds: readonly string[]): Promise<Map<string, ComparableTask[]>> {
    const rows = await reader.read<{ documentId: string; tasks: ComparableTask[] }>('read/changes/comparable-tasks', { documentIds });
    return new Map(rows.map((r) => [r.documentId, r.tasks]));
  },
  async planChanges(reader: GraphReader, fromDocumentId: string, toDocumentId: string): Promise<PlanChangesRow> {
    const [earlier, later] = await Promise.all([changeReads.planTasks(reader, fromDocumentId), changeReads.planTasks(reader, toDocumentId)]);
    return comparePlans(earlier, later);
  },
};
