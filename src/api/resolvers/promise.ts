// Promises: the `deadlines` and `indicators` timelines across the graph, a
// deadline's status on a day, and a promise's task and evidence (known when read
// through a task; fetched on their own, looked up in one batched query).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Int, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import { DEFAULT_DUE_SOON_DAYS, deadlineStatus, promiseReads, todayIn } from '../../graph/read/promise.js';
import type { DeadlineRow, IndicatorRow } from '../../graph/read/rows.js';
import { badInput } from '../errors.js';
import type { ApiContext } from '../request/context.js';
import { dayArgument as day, departmentIdOrName, dueSoonDaysArgument, idOrName, requireIdOf, timelineArguments } from '../request/ids.js';
import { explainEmpty, type NameArgument } from '../request/names.js';
import { toConnection } from '../types/connection.js';
import { DeadlineStatus } from '../types/enums.js';
import { Evidence } from '../types/evidence.js';
import { PageArgs } from '../types/pagination.js';
import { Deadline, DeadlineConnection, DeadlineFilter, Indicator, IndicatorConnection, IndicatorFilter } from '../types/promise.js';
import { Task } from '../types/task.js';

type PromiseRow = IndicatorRow | DeadlineRow;
/** A deadline read by the `deadlines` query carries the day its status is relative to. */
type TimelineDeadline = DeadlineRow & { asOf?: string; soonDays?: number };

/** Where the promising task sits, its id-or-name arguments checked. */
function scope(f: DeadlineFilter | IndicatorFilter) {
  return {
    documentId: f.documentId == null ? null : requireIdOf('Document', f.documentId, 'filter.documentId'),
    region: f.region ?? null,
    year: f.year ?? null,
    department: departmentIdOrName(f.department, 'filter.department'),
    organization: idOrName('Organization', f.organization, 'filter.organization'),
  };
}

/** The scope's name arguments, for explainEmpty. */
const scopeNames = (f: DeadlineFilter | IndicatorFilter): NameArgument[] => [
  { argument: 'filter.department', label: 'Department', value: f.department?.trim() },
  { argument: 'filter.organization', label: 'Organization', value: f.organization?.trim() },
  { argument: 'filter.region', label: 'Region', value: f.region?.trim() },
];

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

@Resolver(() => Deadline)
export class DeadlineTimelineResolver {
  @Query(() => DeadlineConnection, {
    description: "Deadlines of the tasks matching the filter, on a timeline (by date, the undated last): what is due, what is overdue (督查督办).",
  })
  async deadlines(
    @Arg('filter', () => DeadlineFilter, { nullable: true }) filter: DeadlineFilter | null,
    @Arg('asOf', () => String, { nullable: true, description: "The day statuses are relative to (yyyy-mm-dd); default today in China (Asia/Shanghai)." }) asOf: string | null,
    @Arg('dueSoonDays', () => Int, { defaultValue: DEFAULT_DUE_SOON_DAYS, description: 'How many days after asOf count as DUE_SOON (0–366).' }) dueSoonDays: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const f = filter ?? {};
    const window = connectionWindow(page, info);
    const { asOf: on, soonDays } = timelineArguments(asOf, dueSoonDays);
    const rows = await promiseReads.deadlines(
      ctx.reader,
      { ...scope(f), dueBefore: day(f.dueBefore, 'filter.dueBefore'), dueAfter: day(f.dueAfter, 'filter.dueAfter'), status: f.status ?? null, asOf: on, soonDays },
      window,
    );
    if (rows.totalCount === 0) await explainEmpty(ctx, scopeNames(f));
    // Each deadline's status answers relative to the query's day unless its own arguments say otherwise.
    return toConnection({ totalCount: rows.totalCount, items: rows.items.map((row): TimelineDeadline => ({ ...row, asOf: on, soonDays })) }, window);
  }

  @FieldResolver(() => DeadlineStatus, { description: "OPEN, DUE_SOON, OVERDUE or UNDATED on the day asOf (default: the deadlines query's asOf, else today in China)." })
  status(
    @Root() row: TimelineDeadline,
    @Arg('asOf', () => String, { nullable: true }) asOf: string | null,
    @Arg('dueSoonDays', () => Int, { nullable: true }) dueSoonDays: number | null,
  ) {
    const on = day(asOf, 'asOf') ?? row.asOf ?? todayIn();
    const soonDays = dueSoonDays == null ? (row.soonDays ?? DEFAULT_DUE_SOON_DAYS) : dueSoonDaysArgument(dueSoonDays);
    return deadlineStatus(row.date, on, soonDays);
  }
}

@Resolver(() => Indicator)
export class IndicatorTimelineResolver {
  @Query(() => IndicatorConnection, { description: 'Indicators of the tasks matching the filter, by document then reading order (kind: TARGET for promises only).' })
  async indicators(@Arg('filter', () => IndicatorFilter, { nullable: true }) filter: IndicatorFilter | null, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const f = filter ?? {};
    const window = connectionWindow(page, info);
    if (f.minValue != null && f.maxValue != null && f.minValue > f.maxValue) throw badInput('filter.minValue must not exceed filter.maxValue');
    const rows = await promiseReads.indicators(ctx.reader, { ...scope(f), kind: f.kind ?? null, unit: f.unit ?? null, minValue: f.minValue ?? null, maxValue: f.maxValue ?? null }, window);
    if (rows.totalCount === 0) await explainEmpty(ctx, scopeNames(f));
    return toConnection(rows, window);
  }
}

