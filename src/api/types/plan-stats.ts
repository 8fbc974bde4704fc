// Statistics per document and per region: what each plan names and promises, so
// "which city names leads for most of its tasks" is one query.
import { ArgsType, Field, Float, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { DEFAULT_DUE_SOON_DAYS } from '../../graph/read/promise.js';
import { DEFAULT_PAGE_SIZE } from './pagination.js';
import { PLAN_STATS_ORDERINGS } from '../../graph/read/aggregate.js';
import { Document } from './document.js';
import { DocumentKind, enumOf } from './enums.js';

@ObjectType('DeadlineCounts', { simpleResolvers: true, description: 'Deadlines by their status on the day asked about.' })
export class DeadlineCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  dueSoon!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  undated!: number;
}

@InterfaceType('PlanCounts', { description: 'What a document, or the documents of a region, name and promise.' })
export abstract class PlanCounts {
  @Field(() => Int)
  tasks!: number;

  @Field(() => Int, { description: 'Tasks whose own text names their lead (leadSource EXPLICIT).' })
  explicitlyLed!: number;

  @Field(() => Float, { description: 'explicitlyLed / tasks (0 without tasks).' })
  explicitLeadShare!: number;

  @Field(() => Int, { description: 'Lead departments named, task by task (LEADS relationships).' })
  leadsNamed!: number;

  @Field(() => Int, { description: 'Distinct departments named as a lead (per region: summed over its documents).' })
  leadDepartments!: number;

  @Field(() => Int, { description: 'Citations of regulations (CITES).' })
  citations!: number;

  @Field(() => Int, { description: 'Promises: TARGET indicators.' })
  promises!: number;

  @Field(() => DeadlineCounts)
  deadlines!: DeadlineCounts;
}

@ObjectType('DocumentStats', { simpleResolvers: true, implements: PlanCounts, description: 'What one document names and promises.' })
export class DocumentStats extends PlanCounts {
  @Field(() => ID)
  documentId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Document)
  document!: Document;
}

@ObjectType('RegionStats', { simpleResolvers: true, implements: PlanCounts, description: 'What the documents of one region name and promise, summed.' })
export class RegionStats extends PlanCounts {
  @Field(() => String, { nullable: true, description: 'null: the documents without a region.' })
  region!: string | null;

  @Field(() => Int)
  documents!: number;
}

@InputType('PlanStatsFilter', { description: 'Every field is optional; the given ones must all hold.' })
export class PlanStatsFilter {
  @Field(() => String, { nullable: true, description: 'Region of the document, with or without its 市/省/县/区: 汕尾市 or 汕尾.' })
  region?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => DocumentKind, { nullable: true })
  documentKind?: DocumentKind | null;

  @Field(() => String, { nullable: true, description: 'The issuing bureau: id or name.' })
  organization?: string | null;
}

export const PlanStatsOrder = enumOf(PLAN_STATS_ORDERINGS);
export type PlanStatsOrder = (typeof PlanStatsOrder)[keyof typeof PlanStatsOrder];
registerEnumType(PlanStatsOrder, {
  name: 'PlanStatsOrder',
  description: 'Most first; ties by document id (documentStats) or region (regionStats).',
  valuesConfig: {
    TASKS: { description: 'Most tasks.' },
    EXPLICIT_LEAD_SHARE: { description: 'Largest share of tasks with an explicit lead.' },
    LEADS_NAMED: { description: 'Most lead namings.' },
    CITATIONS: { description: 'Most citations.' },
    PROMISES: { description: 'Most TARGET indicators.' },
    OVERDUE: { description: 'Most overdue deadlines on asOf.' },
  },
});

/** The arguments documentStats and regionStats share. */
@ArgsType()
export class PlanStatsArgs {
  @Field(() => PlanStatsFilter, { nullable: true })
  filter?: PlanStatsFilter | null;

  @Field(() => PlanStatsOrder, { defaultValue: PlanStatsOrder.TASKS })
  orderBy!: PlanStatsOrder;

  @Field(() => String, { nullable: true, description: 'The day deadline statuses are relative to (yyyy-mm-dd); default today in China.' })
  asOf?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_DUE_SOON_DAYS })
  dueSoonDays!: number;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE })
  first!: number;
}

