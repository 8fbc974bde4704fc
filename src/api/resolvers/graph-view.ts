// neighborhood and path, for visualization tools. Every argument is bounded.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { neighborhood, shortestPath, type ViewNode } from '../../graph/read/view.js';
import type { ApiContext } from '../request/context.js';
import { requireNodeId } from '../request/ids.js';
import { Node } from '../types/node.js';
import { boundedInt } from '../types/pagination.js';
import { fieldsAt, selectsField } from '../request/selection.js';
import { badInput } from '../errors.js';
import { GraphNode, GraphView } from '../types/graph-view.js';

const RELATIONSHIP_TYPE = /^[A-Z][A-Z_]{0,39}$/;

@Resolver(() => GraphNode)
export class GraphViewResolver {
  @Query(() => GraphView, {
    nullable: true,
    description: 'The nodes within depth (1–3) hops of a node, nearest first, at most limit (≤ 500), and the relationships among them. Null for an unknown id.',
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    requireNodeId(id);
    return neighborhood(ctx.reader, id, boundedInt('depth', depth, 1, 3), boundedInt('limit', limit, 1, 500), {
      edges: selectsField(info, 'edges'),
      names: fieldsAt(info, ['nodes', 'name']).length > 0,
    });
  }

  @Query(() => GraphView, {
    description: 'One shortest path between two nodes, at most maxDepth (≤ 6) relationships long, optionally only through the given relationship types; empty when there is none.',
  })
  async path(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Arg('maxDepth', () => Int, { defaultValue: 4 }) maxDepth: number,
    @Arg('relationshipTypes', () => [String], { nullable: true, description: 'e.g. ["CITES"] to connect only through shared regulations.' })
    relationshipTypes: string[] | null,
    @Ctx() ctx: ApiContext,
  ) {
    requireNodeId(fromId, 'fromId');
    requireNodeId(toId, 'toId');
    if (fromId === toId) throw badInput('fromId and toId must differ');
    for (const t of relationshipTypes ?? []) if (!RELATIONSHIP_TYPE.test(t)) throw badInput(`not a relationship type: ${JSON.stringify(t.slice(0, 40))}`);
    return shortestPath(ctx.reader, fromId, toId, boundedInt('maxDepth', maxDepth, 1, 6), relationshipTypes ?? null);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The full entity (one batched query for all nodes of the view).' })
  node(@Root() node: ViewNode, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node.load(node.id);
  }
}
