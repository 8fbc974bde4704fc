// populations(filter), the taxonomy around a population, and the work that serves it.
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listPopulations } from '../../graph/read/lists.js';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { toConnection } from '../common/connection.js';
import { DepartmentTaskCount, departmentTaskCounts } from '../common/counts.js';
import { PageArgs, pageWindow } from '../common/pagination.js';
import { TaskConnection } from '../task/task.type.js';
import { Population, PopulationConnection } from './population.type.js';

@ArgsType()
class PopulationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias.' })
  nameContains?: string | null;
}

@Resolver(() => Population)
export class PopulationResolver {
  @Query(() => PopulationConnection, { description: 'Populations of the taxonomy by name.' })
  async populations(@Args(() => PopulationsArgs) args: PopulationsArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    return toConnection(await listPopulations(ctx.reader, args, window), window);
  }

  @FieldResolver(() => [Population], { description: 'The broader groups it directly belongs to.' })
  parents(@Root() pop: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('population-parents', pop.id);
  }

  @FieldResolver(() => [Population], { description: 'Its direct subgroups.' })
  subgroups(@Root() pop: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('population-subgroups', pop.id);
  }

  @FieldResolver(() => [Population], { description: 'Every broader group, nearest first.' })
  ancestors(@Root() pop: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('population-ancestors', pop.id);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks serving it, or with includeSubgroups any of its subgroups.' })
  async tasks(
    @Root() pop: NodeRow,
    @Arg('includeSubgroups', () => Boolean, { defaultValue: false }) includeSubgroups: boolean,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    const window = pageWindow(args);
    return toConnection(await ctx.loaders.page('population-tasks', pop.id, window, { includeSubgroups }), window);
  }

  @FieldResolver(() => [DepartmentTaskCount], { description: 'Departments leading the tasks that serve it (and its subgroups with includeSubgroups); most tasks first.' })
  departments(
    @Root() pop: NodeRow,
    @Arg('includeSubgroups', () => Boolean, { defaultValue: false }) includeSubgroups: boolean,
    @Ctx() ctx: ApiContext,
  ) {
    return departmentTaskCounts(ctx.loaders.list('population-departments', pop.id, { includeSubgroups }));
  }
}
