import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Comparator } from '../../graph/model.js';
import { Node, type Stored } from './node.js';

@ObjectType('Indicator', { simpleResolvers: true, implements: Node, description: 'A quantitative promise: 新增床位1000张, 覆盖率达到90%以上.' })
export class Indicator implements Node, Stored<Indicator, 'Indicator'> {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  unit!: string;

  @Field(() => String, { description: '≥, = or ≤.' })
  comparator!: Comparator;

  @Field(() => String, { nullable: true, description: 'What is counted, when the text says.' })
  subject!: string | null;

  @Field(() => String, { description: 'The phrase as printed.' })
  text!: string;
}

@ObjectType('Deadline', { simpleResolvers: true, implements: Node, description: 'A time limit: 2024年底前, 3月底, 年内.' })
export class Deadline implements Node, Stored<Deadline, 'Deadline'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'As printed.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Normalized ISO date (yyyy-mm-dd) where possible.' })
  date!: string | null;
}
