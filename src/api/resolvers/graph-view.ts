// neighborhood and path, for visualization tools. Every argument is bounded.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../../graph/model.js';
import { neighborhood, shortestPath, type ViewNode } from '../../graph/read/view.js';
import type { ApiContext } from '../request/context.js';
import { requireNodeId } from '../request/ids.js';
import { Node } from '../types/node.js';
import { boundedInt } from '../request/ids.js';
import { fieldsAt, selectsField } from '../request/selection.js';
import { badInput, notFound } from '../errors.js';
import { GraphNode, GraphView, NodeLabel, RelationshipType } from '../types/graph-view.js';

@Resolver(() => GraphNode)
export class GraphViewResolver {
  @Query(() => GraphView, {
    nullable: true,
    description:
      'The nodes within depth (1–3) hops of a node, nearest first, at most limit (≤ 500), each with its distance, and the relationships among them. ' +
      'relationshipTypes: follow and return only these; labels: return only nodes of these types (the start node always; the nodes between are traversed). NOT_FOUND for an unknown id.',
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Arg('labels', () => [NodeLabel], { nullable: true, description: 'Only nodes of these types (the start node always).' }) labels: NodeLabel[] | null,
    @Arg('relationshipTypes', () => [RelationshipType], { nullable: true, description: 'Only through, and only, relationships of these types.' })
    relationshipTypes: RelationshipType[] | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    requireNodeId(id);
    const view = await neighborhood(
      ctx.reader,
      id,
      boundedInt('depth', depth, 1, 3),
      boundedInt('limit', limit, 1, 500),
      {
        edges: selectsField(info, 'edges'),
        names: ['name', 'caption'].some((field) => fieldsAt(info, ['nodes', field]).length > 0),
      },
      { labels, relationshipTypes },
    );
    if (!view) throw notFound(`no node with id ${id}`);
    return view;
  }

  @Query(() => GraphView, {
    description:
      'One shortest path between two nodes, at most maxDepth (≤ 6) relationships long, optionally only through the given relationship types; ' +
      'empty with maxDepthReached when there is none within maxDepth. NOT_FOUND for an unknown id.',
  })
  async path(
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Arg('maxDepth', () => Int, { defaultValue: 4 }) maxDepth: number,
    @Arg('relationshipTypes', () => [String], { nullable: true, description: 'e.g. ["CITES"] to connect only through shared regulations (names of RelationshipType).' })
    relationshipTypes: string[] | null,
    @Ctx() ctx: ApiContext,
  ) {
    requireNodeId(fromId, 'fromId');
    requireNodeId(toId, 'toId');
    if (fromId === toId) throw badInput('fromId and toId must differ');
    const types = (relationshipTypes ?? []).map((t) => {
      if (!isRelationshipType(t)) throw badInput(`not a relationship type: ${JSON.stringify(t.slice(0, 40))} (one of ${RELATIONSHIP_TYPES.join(', ')})`);
      return t;
    });
    const path = await shortestPath(ctx.reader, fromId, toId, boundedInt('maxDepth', maxDepth, 1, 6), types);
    if (!path.fromFound) throw notFound(`no node with id ${fromId}`);
    if (!path.toFound) throw notFound(`no node with id ${toId}`);
    return path;
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The full entity (one batched query for all nodes of the view).' })
  node(@Root() node: ViewNode, @Ctx() ctx: ApiContext) {
    return ctx.loaders.node.load(node.id);
  }
}
