import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from './connection.js';
import { Jurisdiction, RegulationKind } from './enums.js';
import { Node, type Stored } from './node.js';

@ObjectType('Regulation', {
  simpleResolvers: true,
  implements: Node,
  description: 'A law, regulation, rule, opinion, plan, standard or guideline cited as 《…》; one node however many documents cite it.',
})
export class Regulation implements Node, Stored<Regulation, 'Regulation'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Canonical name (《慈善法》 → 中华人民共和国慈善法).' })
  name!: string;

  @Field(() => String, { description: 'Canonical title (same as name).' })
  title!: string;

  @Field(() => RegulationKind)
  kind!: RegulationKind;

  @Field(() => Jurisdiction, { nullable: true })
  jurisdiction!: Jurisdiction | null;

  @Field(() => [String], { description: 'Every title as printed.' })
  aliases!: string[];
}

export const RegulationConnection = connectionType('Regulation', Regulation);
