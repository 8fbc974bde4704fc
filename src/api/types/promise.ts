// Promises: the figures (indicators) and time limits (deadlines) a task states, and
// the filters of the timelines across the graph.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Comparator } from '../../graph/model.js';
import { connectionType } from './connection.js';
import { DeadlineStatus, IndicatorKind } from './enums.js';
import { Node, type Stored } from './node.js';

@ObjectType('Indicator', {
  simpleResolvers: true,
  implements: Node,
  description: 'A figure a task states: a promise (TARGET: 新增床位1000张, 覆盖率达到90%以上) or a reported result (ACHIEVED).',
})
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

  @Field(() => IndicatorKind, { description: 'TARGET (a promise) or ACHIEVED (a reported result).' })
  kind!: IndicatorKind;
}

@ObjectType('Deadline', { simpleResolvers: true, implements: Node, description: 'A time limit: 2024年底前, 3月底, 年内.' })
export class Deadline implements Node, Stored<Deadline, 'Deadline'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'As printed.' })
  text!: string;

  @Field(() => String, { nullable: true, description: "The last day it allows, ISO (yyyy-mm-dd): 2024年底前 → 2024-12-31, 3月底 → the plan's year's 03-31; null when the text fixes none." })
  date!: string | null;
}

export const DeadlineConnection = connectionType('Deadline', Deadline);
export const IndicatorConnection = connectionType('Indicator', Indicator);

/** Where the promising task sits; every field optional, the given ones must all hold. Not itself in the schema: only the filters that extend it are. */
@InputType('PromiseScope')
class PromiseScopeFields {
  @Field(() => ID, { nullable: true })
  documentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Region of the document, with or without its 市/省/县/区: 汕尾市 or 汕尾.' })
  region?: string | null;

  @Field(() => Int, { nullable: true, description: "The document's year." })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'A department (id or name, in every bureau) that leads or supports the task.' })
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'The issuing bureau (id or name).' })
  organization?: string | null;
}

@InputType('DeadlineFilter', { description: 'Every field is optional; the given ones must all hold.' })
export class DeadlineFilter extends PromiseScopeFields {
  @Field(() => String, { nullable: true, description: 'Dated on or before this day (yyyy-mm-dd).' })
  dueBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'Dated on or after this day (yyyy-mm-dd).' })
  dueAfter?: string | null;

  @Field(() => DeadlineStatus, { nullable: true, description: "Only this status, relative to the query's asOf." })
  status?: DeadlineStatus | null;
}

@InputType('IndicatorFilter', { description: 'Every field is optional; the given ones must all hold.' })
export class IndicatorFilter extends PromiseScopeFields {
  @Field(() => IndicatorKind, { nullable: true, description: 'TARGET for promises only.' })
  kind?: IndicatorKind | null;

  @Field(() => String, { nullable: true, description: 'The unit as printed: 张, 个, %, 万元 …' })
  unit?: string | null;

  @Field(() => Float, { nullable: true, description: 'The stated figure is at least this.' })
  minValue?: number | null;

  @Field(() => Float, { nullable: true, description: 'The stated figure is at most this.' })
  maxValue?: number | null;
}
