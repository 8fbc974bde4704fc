import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node, type Stored } from './node.js';

@ObjectType('Section', { simpleResolvers: true, implements: Node, description: 'A chapter 一、… of a document.' })
export class Section implements Node, Stored<Section, 'Section'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The chapter number as printed: 一, 二, …' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'Position among the chapters of its document.' })
  order!: number;
}
