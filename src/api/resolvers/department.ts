// departments(filter) and what a department's work reaches: its tasks, the laws
// they cite, the people they serve, its workload.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import { departmentReads } from '../../graph/read/department.js';
import type { DepartmentRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { toConnection } from '../types/connection.js';
import { PopulationTaskCount, RegulationUse } from '../types/counts.js';
import { CitationMode, DepartmentKind, RoleFilter } from '../types/enums.js';
import { idOrName } from '../request/ids.js';
import { explainEmpty } from '../request/names.js';
import { PageArgs } from '../types/pagination.js';
import { Organization } from '../types/organization.js';
import { TaskConnection } from '../types/task.js';
import { Department, DepartmentConnection, DepartmentWorkload } from '../types/department.js';

@ArgsType()
class DepartmentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias.' })
  nameContains?: string | null;

  @Field(() => DepartmentKind, { nullable: true })
  kind?: DepartmentKind | null;

  @Field(() => String, { nullable: true, description: 'The bureau: id or name.' })
  organization?: string | null;
}

async function roleTasks(dep: DepartmentRow, role: RoleFilter, args: PageArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  const window = connectionWindow(args, info);
  return toConnection(await ctx.loaders.page(departmentReads.tasks, dep.id, window, { role }), window);
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: 'Departments by name.' })
  async departments(@Args(() => DepartmentsArgs) args: DepartmentsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    const organization = idOrName('Organization', args.organization, 'organization');
    const page = await departmentReads.page(ctx.reader, { ...args, organization }, window);
    if (page.totalCount === 0) await explainEmpty(ctx, [{ argument: 'organization', label: 'Organization', value: organization }]);
    return toConnection(page, window);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Its bureau; null for an outside agency.' })
  async organization(@Root() dep: DepartmentRow, @Ctx() ctx: ApiContext) {
    const [org] = await ctx.loaders.list(departmentReads.organization, dep.id);
    return org ?? null;
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks it leads, by document then reading order.' })
  ledTasks(@Root() dep: DepartmentRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return roleTasks(dep, RoleFilter.LEAD, args, ctx, info);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks it supports, by document then reading order.' })
  supportedTasks(@Root() dep: DepartmentRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return roleTasks(dep, RoleFilter.SUPPORT, args, ctx, info);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks it leads (LEAD), supports (SUPPORT) or has any link with (ANY, default: also the tasks that involve it as an outside agency).' })
  tasks(
    @Root() dep: DepartmentRow,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return roleTasks(dep, role, args, ctx, info);
  }

  @FieldResolver(() => [RegulationUse], { description: 'Regulations cited by the tasks it leads/supports (role), optionally only in one mode; most-cited first.' })
  regulations(
    @Root() dep: DepartmentRow,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Arg('mode', () => CitationMode, { nullable: true }) mode: CitationMode | null,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.loaders.list(departmentReads.regulations, dep.id, { role, mode: mode ?? null });
  }

  @FieldResolver(() => [PopulationTaskCount], { description: 'Populations served by the tasks it leads or supports; most tasks first.' })
  populations(@Root() dep: DepartmentRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(departmentReads.populations, dep.id);
  }

  @FieldResolver(() => DepartmentWorkload)
  async workload(@Root() dep: DepartmentRow, @Ctx() ctx: ApiContext) {
    const [row] = await ctx.loaders.list(departmentReads.workload, dep.id);
    return row ?? { led: 0, supported: 0, involved: 0 };
  }
}
