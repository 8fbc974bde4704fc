import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { TASK_ORDERINGS } from '../../graph/read/task.js';
import { CitationMode, DocumentKind, enumOf, LeadSource, RoleFilter } from './enums.js';

@InputType('TaskFilter', { description: 'Every field is optional; the given ones must all hold. Names match the canonical name or an alias.' })
export class TaskFilter {
  @Field(() => String, {
    nullable: true,
    description: "Department id or name (a name matches that unit in every bureau); an outside body's Organization id or full name (广州市民政局) works too, and an outside agency a task only involves (公安部门).",
  })
  department?: string | null;

  @Field(() => RoleFilter, {
    nullable: true,
    description:
      'With department: LEAD, SUPPORT or ANY (default: leads, supports or is named as an involved outside agency, INVOLVES). Without department: LEAD keeps the tasks with an explicit lead, SUPPORT those with a named supporter.',
  })
  role?: RoleFilter | null;

  @Field(() => String, { nullable: true, description: 'Regulation id or name, e.g. 地名管理条例; in its 《》 or not, by its short name or not (慈善法 → 中华人民共和国慈善法).' })
  regulation?: string | null;

  @Field(() => CitationMode, { nullable: true, description: 'Only citations in this mode (with or without regulation).' })
  citationMode?: CitationMode | null;

  @Field(() => String, { nullable: true, description: 'Population id or name, e.g. 孤儿.' })
  population?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With population: also tasks serving its subgroups (儿童 includes 孤儿). Default false.' })
  includeSubgroups?: boolean | null;

  @Field(() => ID, { nullable: true })
  documentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Region of the document, with or without its 市/省/县/区: 汕尾市 or 汕尾.' })
  region?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Initiative id or name.' })
  initiative?: string | null;

  @Field(() => LeadSource, { nullable: true })
  leadSource?: LeadSource | null;

  @Field(() => DocumentKind, { nullable: true, description: 'Only tasks of work plans (WORK_PLAN) or of articles and reports (ARTICLE).' })
  documentKind?: DocumentKind | null;

  @Field(() => Boolean, { nullable: true, description: 'With (true) or without (false) a deadline.' })
  hasDeadline?: boolean | null;

  @Field(() => String, { nullable: true, description: 'With a deadline dated on or before this day (yyyy-mm-dd).' })
  dueBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'Words that must all occur in the title or text (full-text index, exact CJK terms).' })
  text?: string | null;
}

export const TaskOrder = enumOf(TASK_ORDERINGS);
export type TaskOrder = (typeof TaskOrder)[keyof typeof TaskOrder];
registerEnumType(TaskOrder, {
  name: 'TaskOrder',
  valuesConfig: {
    DOCUMENT_ORDER: { description: 'By document, then reading order within it (default).' },
    YEAR: { description: 'Newest year first, then document order.' },
    RELEVANCE: { description: 'Best full-text match first; needs filter.text.' },
  },
});
