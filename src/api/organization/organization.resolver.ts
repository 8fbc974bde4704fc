import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listOrganizations } from '../../graph/read/lists.js';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { toConnection } from '../common/connection.js';
import { PageArgs, pageWindow } from '../common/pagination.js';
import { Department } from '../department/department.type.js';
import { Document } from '../document/document.type.js';
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
}
