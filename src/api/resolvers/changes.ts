// planChanges: a work plan against the same issuer's previous one (or any earlier
// document given), and each task's CONTINUES links.
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { changeReads } from '../../graph/read/changes.js';
import type { TaskRow } from '../../graph/read/rows.js';
import { taskReads } from '../../graph/read/task.js';
import { badInput, notFound } from '../errors.js';
import type { ApiContext } from '../request/context.js';
import { requireIdOf } from '../request/ids.js';
import { ContinuedTask, PlanChanges } from '../types/changes.js';
import { Task } from '../types/task.js';

@Resolver(() => Task)
export class ContinuityResolver {
  @Query(() => PlanChanges, {
    description:
      "What changed from one plan to a later one: tasks continued (with similarity and shared phrases), added, dropped, leads and figures changed. fromDocumentId defaults to the same issuer's previous work plan.",
  })
  async planChanges(
    @Arg('toDocumentId', () => ID) toDocumentId: string,
    @Arg('fromDocumentId', () => ID, { nullable: true }) fromDocumentId: string | null,
    @Ctx() ctx: ApiContext,
  ) {
    const to = requireIdOf('Document', toDocumentId, 'toDocumentId');
    let from = fromDocumentId == null ? null : requireIdOf('Document', fromDocumentId, 'fromDocumentId');
    const [toDoc, fromDoc] = await Promise.all([ctx.loaders.node.load(to), from ? ctx.loaders.node.load(from) : null]);
    if (!toDoc) throw notFound(`no document with id ${to}`);
    if (from && !fromDoc) throw notFound(`no document with id ${from}`);
    if (!from) {
      from = (await changeReads.neighbours(ctx.reader, to))?.previous ?? null;
      if (!from) throw badInput(`document ${to} has no earlier work plan of the same issuer: give fromDocumentId`);
    }
    const changes = await changeReads.planChanges(ctx.reader, from, to);
    const continued = changes.continued.map((c) => ({
      ...c,
      figureChanges: c.figureChanges.map((f) => ({ subject: f.subject, unit: f.unit, before: f.before.value, after: f.after.value, beforeText: f.before.text, afterText: f.after.text })),
    }));
    return {
      from: fromDoc ?? (await ctx.loaders.referenced(from)),
      to: toDoc,
      continued,
      added: changes.added,
      dropped: changes.dropped,
      leadChanges: continued.filter((c) => c.leadChanged),
      figureChanges: continued.filter((c) => c.figureChanges.length > 0),
    };
  }

  @FieldResolver(() => ContinuedTask, { nullable: true, description: "The task of the same issuer's previous plan it continues." })
  async continues(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.list(taskReads.continues, task.id))[0] ?? null;
  }

  @FieldResolver(() => ContinuedTask, { nullable: true, description: "The task of the same issuer's next plan that continues it." })
  async continuedBy(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.list(taskReads.continuedBy, task.id))[0] ?? null;
  }
}
