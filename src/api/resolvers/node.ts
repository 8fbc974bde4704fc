// node(id) / nodes(ids): fetch any entity by its stable id.
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../request/context.js';
import { requireNodeId } from '../request/ids.js';
import { Node } from '../types/node.js';
import { badInput } from '../errors.js';

const MAX_IDS = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by id; null when no node has it. A malformed id is BAD_USER_INPUT.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    requireNodeId(id);
    return ctx.loaders.node.load(id);
  }

  @Query(() => [Node], { nullable: 'items', description: `Entities by id, in the order asked (null for unknown ids); at most ${MAX_IDS}.` })
  async nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: ApiContext) {
    if (ids.length > MAX_IDS) throw badInput(`at most ${MAX_IDS} ids, got ${ids.length}`);
    ids.forEach((id, i) => requireNodeId(id, `ids[${i}]`));
    return Promise.all(ids.map((id) => ctx.loaders.node.load(id)));
  }
}
