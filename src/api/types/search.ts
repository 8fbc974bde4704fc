import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from './node.js';

@ObjectType('SearchHit', { simpleResolvers: true })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene score (higher is better).' })
  score!: number;

  @Field(() => Node)
  node!: Node;

  @Field(() => String, { description: 'The matching passage of a task, or the name/title of an entity.' })
  snippet!: string;
}

@ObjectType('SearchResults', { simpleResolvers: true })
export class SearchResults {
  @Field(() => Int, { description: 'Every hit, not only those returned.' })
  totalCount!: number;

  @Field(() => [SearchHit], { description: 'Best first.' })
  hits!: SearchHit[];
}
