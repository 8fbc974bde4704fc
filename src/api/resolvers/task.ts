// tasks(filter, orderBy) and everything a task links to. Each relation is one
// batched loader call, so a page of tasks costs one query per relation asked for.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import type { TaskRow } from '../../graph/read/rows.js';
import { taskReads } from '../../graph/read/task.js';
import type { ApiContext } from '../request/context.js';
import { toConnection } from '../types/connection.js';
import { withParent } from './links.js';
import { dayArgument, departmentIdOrName, idOrName, requireIdOf } from '../request/ids.js';
import { explainEmpty, regulationIdOrName } from '../request/names.js';
import { PageArgs } from '../types/pagination.js';
import { chooseEmbeds, primeEmbeds, type Embeddable } from '../request/embed.js';
import { Document } from '../types/document.js';
import { Organization } from '../types/organization.js';
import { Deadline, Indicator } from '../types/promise.js';
import { Section } from '../types/section.js';
import { badInput } from '../errors.js';
import { TaskFilter, TaskOrder } from '../types/task-filter.js';
import { Citation, DepartmentRole, TaskInitiative, TaskPopulation } from '../types/task-links.js';
import { Task, TaskConnection } from '../types/task.js';

async function taskContext(ctx: ApiContext, task: TaskRow) {
  const [row] = await ctx.loaders.list(taskReads.context, task.id);
  return row ?? null;
}

/** Lists of a task that a page of tasks can bring along (see request/embed.ts). */
const EMBEDDABLE: Embeddable[] = [
  { itemType: 'Task', field: 'citations', read: taskReads.citations },
  { itemType: 'Task', field: 'populations', read: taskReads.populations },
];

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Tasks matching every given filter, as a connection.' })
  async tasks(
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Arg('orderBy', () => TaskOrder, { nullable: true, defaultValue: TaskOrder.DOCUMENT_ORDER }) orderBy: TaskOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const window = connectionWindow(page, info);
    // The page's citations and populations, when asked for, come in the same statement.
    const embed = chooseEmbeds(info, EMBEDDABLE);
    const f = filter ?? {};
    if (f.text != null && f.text.trim() === '') throw badInput('filter.text must not be empty');
    if (orderBy === TaskOrder.RELEVANCE && f.text == null) throw badInput('orderBy RELEVANCE needs filter.text');
    const rows = await taskReads.page(
      ctx.reader,
      {
        ...f,
        department: departmentIdOrName(f.department, 'filter.department'),
        regulation: regulationIdOrName(f.regulation, 'filter.regulation'),
        population: idOrName('Population', f.population, 'filter.population'),
        initiative: idOrName('Initiative', f.initiative, 'filter.initiative'),
        documentId: f.documentId == null ? null : requireIdOf('Document', f.documentId, 'filter.documentId'),
        dueBefore: dayArgument(f.dueBefore, 'filter.dueBefore'),
      },
      orderBy,
      window,
      embed,
    );
    primeEmbeds(ctx, embed, rows.lists);
    if (rows.page.totalCount === 0) {
      await explainEmpty(ctx, [
        { argument: 'filter.department', label: 'Department', value: f.department?.trim() },
        { argument: 'filter.regulation', label: 'Regulation', value: f.regulation?.trim() },
        { argument: 'filter.population', label: 'Population', value: f.population?.trim() },
        { argument: 'filter.initiative', label: 'Initiative', value: f.initiative?.trim() },
        { argument: 'filter.region', label: 'Region', value: f.region?.trim() },
      ]);
    }
    return toConnection(rows.page, window);
  }

  @FieldResolver(() => Document)
  document(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.referenced(task.documentId);
  }

  @FieldResolver(() => Section, { nullable: true, description: 'The chapter it sits in (through its top-level task); null in a document without chapters.' })
  async section(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return (await taskContext(ctx, task))?.section ?? null;
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task it is a sub-task of.' })
  async parent(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return (await taskContext(ctx, task))?.parent ?? null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The bureau that answers for the task: by default when leadSource is ISSUER, else the bureau that issued the document (whose departments, or outside bodies, lead it or its sub-tasks).',
  })
  async accountableOrganization(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return (await taskContext(ctx, task))?.organization ?? null;
  }

  @FieldResolver(() => [Task])
  subtasks(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.subtasks, task.id);
  }

  @FieldResolver(() => [DepartmentRole], {
    description: "Lead departments its own text names (empty when leadSource is SUBTASKS or ISSUER; the responsibility chain has a SUBTASKS task's leads).",
  })
  leads(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.leads, task.id);
  }

  @FieldResolver(() => [DepartmentRole], { description: 'Supporting (responsible) departments named by the text.' })
  supports(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.supports, task.id);
  }

  @FieldResolver(() => [DepartmentRole], { description: 'Outside agencies the text names (医保, 市委组织部 …).' })
  involvedAgencies(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.involves, task.id);
  }

  @FieldResolver(() => [Citation])
  citations(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return withParent(ctx.loaders.list(taskReads.citations, task.id), 'task', task);
  }

  @FieldResolver(() => [TaskPopulation])
  populations(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.populations, task.id);
  }

  @FieldResolver(() => [Indicator])
  indicators(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.indicators, task.id);
  }

  @FieldResolver(() => [Deadline])
  deadlines(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.deadlines, task.id);
  }

  @FieldResolver(() => [TaskInitiative])
  initiatives(@Root() task: TaskRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(taskReads.initiatives, task.id);
  }
}
