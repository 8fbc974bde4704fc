// departments(filter) and what a department's work reaches: its tasks, the laws
// they cite, the people they serve, its workload.
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listDepartments } from '../../graph/read/lists.js';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { toConnection } from '../common/connection.js';
import { PopulationTaskCount, RegulationUse } from '../common/counts.js';
import { CitationMode, DepartmentKind, RoleFilter } from '../common/enums.js';
import { idOrName } from '../common/ids.js';
import { PageArgs, pageWindow } from '../common/pagination.js';
import { Organization } from '../organization/organization.type.js';
import { TaskConnection } from '../task/task.type.js';
import { Department, DepartmentConnection, DepartmentWorkload } from './department.type.js';

@ArgsType()
class DepartmentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias.' })
  nameContains?: string | null;

  @Field(() => DepartmentKind, { nullable: true })
  kind?: DepartmentKind | null;

  @Field(() => String, { nullable: true, description: 'The bureau: id or name.' })
  organization?: string | null;
}

async function roleTasks(dep: NodeRow, role: RoleFilter, args: PageArgs, ctx: ApiContext) {
  const window = pageWindow(args);
  return toConnection(await ctx.loaders.page('department-tasks', dep.id, window, { role }), window);
}

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: 'Departments by name.' })
  async departments(@Args(() => DepartmentsArgs) args: DepartmentsArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    const page = await listDepartments(ctx.reader, { ...args, organization: idOrName('Organization', args.organization, 'organization') }, window);
    return toConnection(page, window);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Its bureau; null for an outside agency.' })
  async organization(@Root() dep: NodeRow, @Ctx() ctx: ApiContext) {
    const [org] = await ctx.loaders.list<NodeRow>('department-organization', dep.id);
    return org ?? null;
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks it leads, by document then reading order.' })
  ledTasks(@Root() dep: NodeRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    return roleTasks(dep, RoleFilter.LEAD, args, ctx);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks it supports, by document then reading order.' })
  supportedTasks(@Root() dep: NodeRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    return roleTasks(dep, RoleFilter.SUPPORT, args, ctx);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks it leads (LEAD), supports (SUPPORT) or either (ANY, default).' })
  tasks(
    @Root() dep: NodeRow,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return roleTasks(dep, role, args, ctx);
  }

  @FieldResolver(() => [RegulationUse], { description: 'Regulations cited by the tasks it leads/supports (role), optionally only in one mode; most-cited first.' })
  regulations(
    @Root() dep: NodeRow,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Arg('mode', () => CitationMode, { nullable: true }) mode: CitationMode | null,
    @Ctx() ctx: ApiContext,
  ) {
    return ctx.loaders.list('department-regulations', dep.id, { role, mode: mode ?? null });
  }

  @FieldResolver(() => [PopulationTaskCount], { description: 'Populations served by the tasks it leads or supports; most tasks first.' })
  populations(@Root() dep: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('department-populations', dep.id);
  }

  @FieldResolver(() => DepartmentWorkload)
  async workload(@Root() dep: NodeRow, @Ctx() ctx: ApiContext) {
    const [row] = await ctx.loaders.list('department-workload', dep.id);
    return row ?? { led: 0, supported: 0, involved: 0 };
  }
}
