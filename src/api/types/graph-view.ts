import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../graph/model.js';
import { enumOf } from './enums.js';

type ValueOf<E> = E[keyof E];

// The node labels and relationship types a drawing tool may filter by: the model's.
export const NodeLabel = enumOf(NODE_LABELS);
export type NodeLabel = ValueOf<typeof NodeLabel>;
registerEnumType(NodeLabel, { name: 'NodeLabel', description: 'A node type of the graph (src/graph/model.ts).' });

export const RelationshipType = enumOf(RELATIONSHIP_TYPES);
export type RelationshipType = ValueOf<typeof RelationshipType>;
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'A relationship type of the graph (src/graph/model.ts).' });

@ObjectType('GraphNode', { simpleResolvers: true, description: 'A node to draw: id, label, a short caption and the full name (never a document’s text).' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Document, Task, Department, …' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Name, title or text of the node, in full.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'A display label of at most 40 characters: the name cut with …, a task or section led by its number.' })
  caption!: string | null;

  @Field(() => Int, { description: 'neighborhood: hops from the start node (0 for it); path: the position along the path.' })
  distance!: number;
}

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'A relationship to draw, in its stored direction.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable across re-ingests: a hash of the type, both ends and the document it was read from (and a citation’s mode); the exports use the same ids.' })
  id!: string;

  @Field(() => String, { description: 'LEADS, SUPPORTS, CITES, TARGETS, HAS_TASK, …' })
  type!: string;

  @Field(() => ID, { description: 'Id of the start node.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the end node.' })
  to!: string;

  @Field(() => GraphQLJSONObject, { description: 'Stored properties: mode (CITES), mention, sentence and offsets (evidence), …' })
  properties!: Record<string, unknown>;
}

@ObjectType('GraphView', { simpleResolvers: true, description: 'A subgraph for drawing.' })
export class GraphView {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'neighborhood: true when the limit cut nodes off.' })
  truncated!: boolean;

  @Field(() => Boolean, {
    description: 'path: true when both nodes exist but no path joins them within maxDepth (a deeper search, up to 6, may find one); false otherwise.',
  })
  maxDepthReached!: boolean;
}
