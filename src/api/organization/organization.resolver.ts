import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listOrganizations } from '../../graph/read/lists.js';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { toConnection } from '../common/connection.js';
import { RoleFilter } from '../common/enums.js';
import { PageArgs, pageWindow } from '../common/pagination.js';
import { Department } from '../department/department.type.js';
import { Document } from '../document/document.type.js';
import { TaskConnection } from '../task/task.type.js';
import { Organization, OrganizationConnection } from './organization.type.js';

@ArgsType()
class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'PROVINCIAL, MUNICIPAL or COUNTY.' })
  level?: string | null;
}

/** Tasks the body itself leads or supports as an outside body (its own 科室's work is under `departments`). */
async function roleTasks(org: NodeRow, role: RoleFilter, args: PageArgs, ctx: ApiContext) {
  const window = pageWindow(args);
  return toConnection(await ctx.loaders.page('department-tasks', org.id, window, { role }), window);
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Issuing bureaus by name.' })
  async organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    return toConnection(await listOrganizations(ctx.reader, args, window), window);
  }

  @FieldResolver(() => [Department], { description: "The bureau's own departments by name." })
  departments(@Root() org: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('organization-departments', org.id);
  }

  @FieldResolver(() => [Document], { description: 'Documents it issued, newest first.' })
  documents(@Root() org: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('organization-documents', org.id);
  }

  @FieldResolver(() => TaskConnection, {
    description: "Tasks of any document that name it (as an outside body) as lead (LEAD), support (SUPPORT) or either (ANY, default); its own 科室's tasks are under departments.",
  })
  tasks(
    @Root() org: NodeRow,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
  ) {
    return roleTasks(org, role, args, ctx);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks that name it as lead, by document then reading order.' })
  ledTasks(@Root() org: NodeRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    return roleTasks(org, RoleFilter.LEAD, args, ctx);
  }
}
