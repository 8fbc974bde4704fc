import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from './connection.js';
import { Node, type Stored } from './node.js';

@ObjectType('Population', {
  simpleResolvers: true,
  implements: Node,
  description: 'A group of people served (孤儿, 特困人员, …); SUBGROUP_OF forms a taxonomy (孤儿 → 困境儿童 → 儿童 → 未成年人).',
})
export class Population implements Node, Stored<Population, 'Population'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String])
  aliases!: string[];
}

export const PopulationConnection = connectionType('Population', Population);
