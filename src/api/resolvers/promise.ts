// Indicators and deadlines know their task and evidence when read through a task;
// fetched on their own (node(id)) they look them up in one batched query.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { promiseReads } from '../../graph/read/promise.js';
import type { DeadlineRow, IndicatorRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { Evidence } from '../types/evidence.js';
import { Task } from '../types/task.js';
import { Deadline, Indicator } from '../types/promise.js';

type PromiseRow = IndicatorRow | DeadlineRow;

async function source(ctx: ApiContext, row: PromiseRow) {
  const [found] = await ctx.loaders.list(promiseReads.source, row.id);
  if (!found) throw new Error(`promise ${row.id} has no task`);
  return found;
}

async function task(row: PromiseRow, ctx: ApiContext) {
  if (typeof row.taskId === 'string') return ctx.loaders.referenced(row.taskId);
  return (await source(ctx, row)).task;
}

async function evidence(row: PromiseRow, ctx: ApiContext) {
  return row.evidence ?? (await source(ctx, row)).evidence;
}

/**
 * The field resolvers of a promise type: Indicator and Deadline resolve `task` and
 * `evidence` the same way, so one definition serves both (type-graphql binds a
 * resolver class to one object type, hence a class per type from this factory).
 */
function promiseResolver(type: typeof Indicator | typeof Deadline) {
  @Resolver(() => type)
  class PromiseResolver {
    @FieldResolver(() => Task)
    task(@Root() row: PromiseRow, @Ctx() ctx: ApiContext) {
      return task(row, ctx);
    }

    @FieldResolver(() => Evidence)
    evidence(@Root() row: PromiseRow, @Ctx() ctx: ApiContext) {
      return evidence(row, ctx);
    }
  }
  return PromiseResolver;
}

/** The resolvers of Indicator and Deadline. */
export const promiseResolvers = [promiseResolver(Indicator), promiseResolver(Deadline)] as const;
