// Indicators and deadlines know their task and evidence when read through a task;
// fetched on their own (node(id)) they look them up in one batched query.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EvidenceRow, NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { Evidence } from '../common/evidence.js';
import { Task } from '../task/task.type.js';
import { Deadline, Indicator } from './promise.type.js';

interface PromiseSource {
  task: NodeRow;
  evidence: EvidenceRow;
}

async function source(ctx: ApiContext, row: NodeRow): Promise<PromiseSource> {
  const [found] = await ctx.loaders.list<PromiseSource>('promise-source', row.id);
  if (!found) throw new Error(`promise ${row.id} has no task`);
  return found;
}

async function task(row: NodeRow, ctx: ApiContext) {
  if (typeof row.taskId === 'string') return ctx.loaders.referenced(row.taskId);
  return (await source(ctx, row)).task;
}

async function evidence(row: NodeRow, ctx: ApiContext) {
  return (row.evidence as EvidenceRow | undefined) ?? (await source(ctx, row)).evidence;
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Task)
  task(@Root() row: NodeRow, @Ctx() ctx: ApiContext) {
    return task(row, ctx);
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() row: NodeRow, @Ctx() ctx: ApiContext) {
    return evidence(row, ctx);
  }
}

@Resolver(() => Deadline)
export class DeadlineResolver {
  @FieldResolver(() => Task)
  task(@Root() row: NodeRow, @Ctx() ctx: ApiContext) {
    return task(row, ctx);
  }

  @FieldResolver(() => Evidence)
  evidence(@Root() row: NodeRow, @Ctx() ctx: ApiContext) {
    return evidence(row, ctx);
  }
}
