import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import { initiativeReads } from '../../graph/read/initiative.js';
import type { InitiativeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { toConnection } from '../types/connection.js';
import { PageArgs } from '../types/pagination.js';
import { TaskConnection } from '../types/task.js';
import { Initiative, InitiativeConnection } from '../types/initiative.js';

@ArgsType()
class InitiativesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, { description: 'Named programmes by name.' })
  async initiatives(@Args(() => InitiativesArgs) args: InitiativesArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    return toConnection(await initiativeReads.page(ctx.reader, args, window), window);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks that belong to it, by document then reading order.' })
  async tasks(@Root() initiative: InitiativeRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    return toConnection(await ctx.loaders.page(initiativeReads.tasks, initiative.id, window), window);
  }
}
