import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { Node } from '../common/node.js';

@ObjectType('Organization', { simpleResolvers: true, implements: Node, description: 'An issuing bureau, e.g. 汕尾市民政局.' })
export class Organization implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'PROVINCIAL, MUNICIPAL or COUNTY when the name says so.' })
  level!: string | null;
}

export const OrganizationConnection = connectionType('Organization', Organization);
