import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listInitiatives } from '../../graph/read/lists.js';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { toConnection } from '../common/connection.js';
import { PageArgs, pageWindow } from '../common/pagination.js';
import { TaskConnection } from '../task/task.type.js';
import { Initiative, InitiativeConnection } from './initiative.type.js';

@ArgsType()
class InitiativesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  nameContains?: string | null;
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, { description: 'Named programmes by name.' })
  async initiatives(@Args(() => InitiativesArgs) args: InitiativesArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    return toConnection(await listInitiatives(ctx.reader, args, window), window);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks that belong to it, by document then reading order.' })
  async tasks(@Root() initiative: NodeRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    return toConnection(await ctx.loaders.page('initiative-tasks', initiative.id, window), window);
  }
}
