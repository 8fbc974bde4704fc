import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Evidence } from '../common/evidence.js';
import { LeadSource } from '../common/enums.js';
import { Node } from '../common/node.js';
import { Department } from '../department/department.type.js';
import { Document } from '../document/document.type.js';
import { Organization } from '../organization/organization.type.js';
import { Section } from '../section/section.type.js';
import { Task } from '../task/task.type.js';

export enum ChainLinkKind {
  CONTAINS = 'CONTAINS',
  LED_BY = 'LED_BY',
  SUPPORTED_BY = 'SUPPORTED_BY',
  PART_OF = 'PART_OF',
  OWNED_BY_DEFAULT = 'OWNED_BY_DEFAULT',
}
registerEnumType(ChainLinkKind, {
  name: 'ChainLinkKind',
  valuesConfig: {
    CONTAINS: { description: 'Document → chapter → task → sub-task.' },
    LED_BY: { description: 'Task → a lead department the text names.' },
    SUPPORTED_BY: { description: 'Task → a supporting (responsible) department the text names.' },
    PART_OF: { description: 'Department → its bureau.' },
    OWNED_BY_DEFAULT: { description: 'Task → the issuing bureau, accountable because the text names no lead.' },
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

  @Field(() => Evidence, { nullable: true, description: 'Offsets of the mention, for links read from the text (LED_BY, SUPPORTED_BY).' })
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

  @Field(() => [ChainDepartment])
  leads!: ChainDepartment[];

  @Field(() => [ChainDepartment])
  supports!: ChainDepartment[];

  @Field(() => Organization, { nullable: true, description: 'The bureau that issued the document and answers for the task.' })
  bureau!: Organization | null;

  @Field(() => Boolean, { description: 'True when no lead is named and the bureau is accountable by default.' })
  accountableByDefault!: boolean;

  @Field(() => [ChainLink], { description: 'The chain as links, in order from the document down and out to the bureau.' })
  links!: ChainLink[];
}
