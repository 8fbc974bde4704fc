// Evidence: why the graph holds a relationship. The document, character offsets
// into its normalized text, the exact mention and the sentence it came from.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Evidence', { simpleResolvers: true, description: 'Where the source text says so.' })
export class Evidence {
  @Field(() => String)
  documentId!: string;

  @Field(() => Int, { description: 'Start offset (inclusive) of the mention in the normalized document text.' })
  start!: number;

  @Field(() => Int, { description: 'End offset (exclusive).' })
  end!: number;

  @Field(() => String, { description: 'The sentence (or annotation such as {牵头科室:…}) the relationship was read from.' })
  sentence!: string;

  @Field(() => String, { description: 'The exact text of the mention.' })
  mention!: string;
}
