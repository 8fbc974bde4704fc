import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node.js';

@ObjectType('Section', { simpleResolvers: true, implements: Node, description: 'A chapter 一、… of a document.' })
export class Section implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The chapter number as printed: 一, 二, …' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'Position among the chapters of its document.' })
  order!: number;
}
