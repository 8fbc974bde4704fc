import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import { departmentReads } from '../../graph/read/department.js';
import { organizationReads } from '../../graph/read/organization.js';
import type { OrganizationRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { explainEmpty } from '../request/names.js';
import { toConnection } from '../types/connection.js';
import { RoleFilter } from '../types/enums.js';
import { PageArgs } from '../types/pagination.js';
import { Department } from '../types/department.js';
import { Document } from '../types/document.js';
import { TaskConnection } from '../types/task.js';
import { Organization, OrganizationConnection } from '../types/organization.js';

@ArgsType()
class OrganizationsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;

  @Field(() => String, { nullable: true, description: 'With or without its 市/省/县/区: 汕尾市 or 汕尾.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'PROVINCIAL, MUNICIPAL or COUNTY.' })
  level?: string | null;
}

/** Tasks the body itself leads or supports as an outside body (its own 科室's work is under `departments`). */
async function roleTasks(org: OrganizationRow, role: RoleFilter, args: PageArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  const window = connectionWindow(args, info);
  return toConnection(await ctx.loaders.page(departmentReads.tasks, org.id, window, { role }), window);
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Issuing bureaus by name.' })
  async organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    const page = await organizationReads.page(ctx.reader, args, window);
    if (page.totalCount === 0) await explainEmpty(ctx, [{ argument: 'region', label: 'Region', value: args.region?.trim() }]);
    return toConnection(page, window);
  }

  @FieldResolver(() => [Department], { description: "The bureau's own departments by name." })
  departments(@Root() org: OrganizationRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(organizationReads.departments, org.id);
  }

  @FieldResolver(() => [Document], { description: 'Documents it issued, newest first.' })
  documents(@Root() org: OrganizationRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(organizationReads.documents, org.id);
  }

  @FieldResolver(() => TaskConnection, {
    description: "Tasks of any document that name it (as an outside body) as lead (LEAD), support (SUPPORT) or in any role (ANY, default: also as an agency the task involves); its own 科室's tasks are under departments.",
  })
  tasks(
    @Root() org: OrganizationRow,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return roleTasks(org, role, args, ctx, info);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks that name it as lead, by document then reading order.' })
  ledTasks(@Root() org: OrganizationRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    return roleTasks(org, RoleFilter.LEAD, args, ctx, info);
  }
}
