import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from './connection.js';
import { Node, type Stored } from './node.js';

@ObjectType('Initiative', { simpleResolvers: true, implements: Node, description: 'A named programme or campaign in quotes (“福蕾行动计划”, “百千万工程”).' })
export class Initiative implements Node, Stored<Initiative, 'Initiative'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

export const InitiativeConnection = connectionType('Initiative', Initiative);
