import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('GraphNode', { simpleResolvers: true, description: 'A node to draw: id, label and a display name (never a document’s text).' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Document, Task, Department, …' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Name, title or text of the node.' })
  name!: string | null;
}

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'A relationship to draw, in its stored direction.' })
export class GraphEdge {
  @Field(() => ID)
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

  @Field(() => Boolean, { description: 'True when the limit cut nodes off.' })
  truncated!: boolean;
}
