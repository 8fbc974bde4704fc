import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence } from './evidence.js';
import { IssuerSource, LeadSource } from './enums.js';
import { Node } from './node.js';
import { Department } from './department.js';
import { Document } from './document.js';
import { Organization } from './organization.js';
import { Section } from './section.js';
import { Task } from './task.js';

export enum ChainLinkKind {
  CONTAINS = 'CONTAINS',
  LED_BY = 'LED_BY',
  LED_THROUGH_SUBTASK = 'LED_THROUGH_SUBTASK',
  SUPPORTED_BY = 'SUPPORTED_BY',
  PART_OF = 'PART_OF',
  OWNED_BY_DEFAULT = 'OWNED_BY_DEFAULT',
  ISSUED_BY = 'ISSUED_BY',
}
registerEnumType(ChainLinkKind, {
  name: 'ChainLinkKind',
  valuesConfig: {
    CONTAINS: { description: 'Document → chapter → task → sub-task.' },
    LED_BY: { description: 'Task → a lead department the text names.' },
    LED_THROUGH_SUBTASK: { description: 'Sub-task → a lead its text names, for a task led through its sub-tasks (leadSource SUBTASKS).' },
    SUPPORTED_BY: { description: 'Task → a supporting (responsible) department the text names.' },
    PART_OF: { description: 'Department → its bureau.' },
    OWNED_BY_DEFAULT: { description: 'Task → the issuing bureau, accountable because neither the task nor its sub-tasks name a lead.' },
    ISSUED_BY: { description: 'Document → the bureau that issued it, with where the issuer was read (for a bureau accountable by default).' },
  },
});

@ObjectType('ChainLink', { simpleResolvers: true, description: 'One step of a responsibility chain and the text that supports it.' })
export class ChainLink {
  @Field(() => ChainLinkKind)
  kind!: ChainLinkKind;

  @Field(() => Node)
  from!: Node;

  @Field(() => Node)
  to!: Node;

  @Field(() => String, { nullable: true, description: 'The sentence, heading or annotation that states the link.' })
  sentence!: string | null;

  @Field(() => Evidence, { nullable: true, description: 'Offsets of the mention, for links read from the text (LED_BY, LED_THROUGH_SUBTASK, SUPPORTED_BY, ISSUED_BY when the issuer is printed).' })
  evidence!: Evidence | null;

  @Field(() => String, { description: 'The link in words.' })
  note!: string;
}

@ObjectType('ChainDepartment', { simpleResolvers: true, description: 'A lead or supporting department with its bureau and the evidence.' })
export class ChainDepartment {
  @Field(() => Department)
  department!: Department;

  @Field(() => Organization, { nullable: true, description: 'Its bureau; null for an outside agency.' })
  organization!: Organization | null;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => String, { nullable: true, description: 'The printed role word (牵头, 配合, 责任单位 …), when the text has one.' })
  roleWord!: string | null;

  @Field(() => Task, {
    nullable: true,
    description: 'For a task led through its sub-tasks (leadSource SUBTASKS): the sub-task whose text names this lead; null when the task itself names it.',
  })
  subtask!: Task | null;
}

@ObjectType('ResponsibilityChain', {
  simpleResolvers: true,
  description: 'From a task back to who answers for it: document → chapter → parent tasks → task → departments → bureau.',
})
export class ResponsibilityChain {
  @Field(() => Task)
  task!: Task;

  @Field(() => Document)
  document!: Document;

  @Field(() => Section, { nullable: true })
  section!: Section | null;

  @Field(() => [Task], { description: 'Parent tasks, top-level first.' })
  parentTasks!: Task[];

  @Field(() => LeadSource)
  leadSource!: LeadSource;

  @Field(() => [ChainDepartment], {
    description: "The leads its text names; for leadSource SUBTASKS, its sub-tasks' leads (one entry per sub-task and department, in reading order, each with its sub-task).",
  })
  leads!: ChainDepartment[];

  @Field(() => [ChainDepartment])
  supports!: ChainDepartment[];

  @Field(() => Organization, { nullable: true, description: 'The bureau that issued the document and answers for the task.' })
  bureau!: Organization | null;

  @Field(() => IssuerSource, { nullable: true, description: "Where the document's issuer (the bureau) was read from; null when it has none." })
  issuerSource!: IssuerSource | null;

  @Field(() => Evidence, { nullable: true, description: 'The issuer as printed (title, signature, 发文机关 line, cover letter …); null when it is not printed (INFERRED, GIVEN).' })
  issuerEvidence!: Evidence | null;

  @Field(() => Boolean, { description: 'True when neither the task nor its sub-tasks name a lead and the bureau is accountable by default (leadSource ISSUER).' })
  accountableByDefault!: boolean;

  @Field(() => [ChainLink], { description: 'The chain as links, in order from the document down and out to the bureau.' })
  links!: ChainLink[];
}
