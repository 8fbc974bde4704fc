// tasks(filter, orderBy) and everything a task links to. Each relation is one
// batched loader call, so a page of tasks costs one query per relation asked for.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { NodeRow } from '../../graph/read/rows.js';
import { findTasks } from '../../graph/read/tasks.js';
import type { ApiContext } from '../context.js';
import { toConnection } from '../common/connection.js';
import { withParent } from '../common/links.js';
import { departmentIdOrName, idOrName, requireIdOf } from '../common/ids.js';
import { PageArgs, pageWindow } from '../common/pagination.js';
import { chooseEmbeds, primeEmbeds, type Embeddable } from '../common/embed.js';
import { Document } from '../document/document.type.js';
import { Organization } from '../organization/organization.type.js';
import { Deadline, Indicator } from '../promise/promise.type.js';
import { Section } from '../section/section.type.js';
import { badInput } from '../errors.js';
import { TaskFilter, TaskOrder } from './task-filter.js';
import { Citation, DepartmentRole, TaskInitiative, TaskPopulation } from './task-links.type.js';
import { Task, TaskConnection } from './task.type.js';

interface TaskContextRow {
  section: NodeRow | null;
  parent: NodeRow | null;
  organization: NodeRow | null;
}

async function taskContext(ctx: ApiContext, task: NodeRow): Promise<TaskContextRow | null> {
  const [row] = await ctx.loaders.list<TaskContextRow>('task-context', task.id);
  return row ?? null;
}

/** Lists of a task that a page of tasks can bring along (see common/embed.ts). */
const EMBEDDABLE: Embeddable[] = [
  { itemType: 'Task', field: 'citations', query: 'task-citations' },
  { itemType: 'Task', field: 'populations', query: 'task-populations' },
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
    const window = pageWindow(page);
    // The page's citations and populations, when asked for, come in the same statement.
    const embed = chooseEmbeds(info, EMBEDDABLE);
    const f = filter ?? {};
    if (f.text != null && f.text.trim() === '') throw badInput('filter.text must not be empty');
    if (orderBy === TaskOrder.RELEVANCE && f.text == null) throw badInput('orderBy RELEVANCE needs filter.text');
    const rows = await findTasks(
      ctx.reader,
      {
        ...f,
        department: departmentIdOrName(f.department, 'filter.department'),
        regulation: idOrName('Regulation', f.regulation, 'filter.regulation'),
        population: idOrName('Population', f.population, 'filter.population'),
        initiative: idOrName('Initiative', f.initiative, 'filter.initiative'),
        documentId: f.documentId == null ? null : requireIdOf('Document', f.documentId, 'filter.documentId'),
      },
      orderBy,
      window,
      embed,
    );
    primeEmbeds(ctx, embed, rows.lists);
    return toConnection(rows.page, window);
  }

  @FieldResolver(() => Document)
  document(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.referenced(String(task.documentId));
  }

  @FieldResolver(() => Section, { nullable: true, description: 'The chapter it sits in (through its top-level task); null in a document without chapters.' })
  async section(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return (await taskContext(ctx, task))?.section ?? null;
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task it is a sub-task of.' })
  async parent(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return (await taskContext(ctx, task))?.parent ?? null;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The bureau that answers for the task: by default when leadSource is ISSUER, else the bureau that issued the document (whose departments, or outside bodies, lead it or its sub-tasks).',
  })
  async accountableOrganization(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return (await taskContext(ctx, task))?.organization ?? null;
  }

  @FieldResolver(() => [Task])
  subtasks(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-subtasks', task.id);
  }

  @FieldResolver(() => [DepartmentRole], {
    description: "Lead departments its own text names (empty when leadSource is SUBTASKS or ISSUER; the responsibility chain has a SUBTASKS task's leads).",
  })
  leads(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-leads', task.id);
  }

  @FieldResolver(() => [DepartmentRole], { description: 'Supporting (responsible) departments named by the text.' })
  supports(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-supports', task.id);
  }

  @FieldResolver(() => [DepartmentRole], { description: 'Outside agencies the text names (医保, 市委组织部 …).' })
  involvedAgencies(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-involves', task.id);
  }

  @FieldResolver(() => [Citation])
  citations(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return withParent(ctx.loaders.list('task-citations', task.id), 'task', task);
  }

  @FieldResolver(() => [TaskPopulation])
  populations(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-populations', task.id);
  }

  @FieldResolver(() => [Indicator])
  indicators(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-indicators', task.id);
  }

  @FieldResolver(() => [Deadline])
  deadlines(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-deadlines', task.id);
  }

  @FieldResolver(() => [TaskInitiative])
  initiatives(@Root() task: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('task-initiatives', task.id);
  }
}
