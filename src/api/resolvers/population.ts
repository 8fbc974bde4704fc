// populations(filter), the taxonomy around a population, and the work that serves it.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import { populationReads } from '../../graph/read/population.js';
import type { PopulationRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { toConnection } from '../types/connection.js';
import { DepartmentTaskCount, departmentTaskCounts } from '../types/counts.js';
import { mapLoaded } from './links.js';
import { PageArgs } from '../types/pagination.js';
import { TaskConnection } from '../types/task.js';
import { Population, PopulationConnection } from '../types/population.js';

@ArgsType()
class PopulationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias.' })
  nameContains?: string | null;
}

@Resolver(() => Population)
export class PopulationResolver {
  @Query(() => PopulationConnection, { description: 'Populations of the taxonomy by name.' })
  async populations(@Args(() => PopulationsArgs) args: PopulationsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    return toConnection(await populationReads.page(ctx.reader, args, window), window);
  }

  @FieldResolver(() => [Population], { description: 'The broader groups it directly belongs to.' })
  parents(@Root() pop: PopulationRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(populationReads.parents, pop.id);
  }

  @FieldResolver(() => [Population], { description: 'Its direct subgroups.' })
  subgroups(@Root() pop: PopulationRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(populationReads.subgroups, pop.id);
  }

  @FieldResolver(() => [Population], { description: 'Every broader group, nearest first.' })
  ancestors(@Root() pop: PopulationRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(populationReads.ancestors, pop.id);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks serving it, or with includeSubgroups any of its subgroups.' })
  async tasks(
    @Root() pop: PopulationRow,
    @Arg('includeSubgroups', () => Boolean, { defaultValue: false }) includeSubgroups: boolean,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const window = connectionWindow(args, info);
    return toConnection(await ctx.loaders.page(populationReads.tasks, pop.id, window, { includeSubgroups }), window);
  }

  @FieldResolver(() => [DepartmentTaskCount], { description: 'Departments leading the tasks that serve it (and its subgroups with includeSubgroups); most tasks first.' })
  departments(
    @Root() pop: PopulationRow,
    @Arg('includeSubgroups', () => Boolean, { defaultValue: false }) includeSubgroups: boolean,
    @Ctx() ctx: ApiContext,
  ) {
    return mapLoaded(ctx.loaders.list(populationReads.departments, pop.id, { includeSubgroups }), departmentTaskCounts);
  }
}
