import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RESPONSIBILITY_ROLES } from '../../graph/read/responsibility.js';
import { enumOf } from './enums.js';
import { Evidence } from './evidence.js';
import { Node } from './node.js';
import { Department } from './department.js';
import { Organization } from './organization.js';
import { Task } from './task.js';
import { Citation, TaskPopulation } from './task-links.js';

export const ResponsibilityRole = enumOf(RESPONSIBILITY_ROLES);
export type ResponsibilityRole = (typeof ResponsibilityRole)[keyof typeof ResponsibilityRole];
registerEnumType(ResponsibilityRole, {
  name: 'ResponsibilityRole',
  valuesConfig: {
    LEAD: { description: 'Named as lead (牵头) in the text.' },
    SUBTASK_LEAD: { description: "Leads a sub-task of a task whose own text names no lead (leadSource SUBTASKS); the evidence is the first such sub-task's." },
    SUPPORT: { description: 'Named as supporting/responsible (责任/配合) in the text.' },
    DEFAULT_OWNER: { description: 'The issuing bureau, because neither the task nor its sub-tasks name a lead.' },
  },
});

@ObjectType('AccountableTask', { simpleResolvers: true })
export class AccountableTask {
  @Field(() => Task)
  task!: Task;

  @Field(() => ResponsibilityRole)
  role!: ResponsibilityRole;

  @Field(() => Evidence, { nullable: true, description: 'Where the text names the department; null for a default owner.' })
  evidence!: Evidence | null;

  @Field(() => [Citation], { description: 'For a regulation: how the task cites it (one per mode), with the evidence; empty for a population.' })
  citations!: Citation[];

  @Field(() => [TaskPopulation], { description: 'For a population: where the task names it (or a subgroup, with includeSubgroups), with the evidence; empty for a regulation.' })
  populations!: TaskPopulation[];
}

@ObjectType('AccountabilityGroup', {
  simpleResolvers: true,
  description: 'The tasks one party answers for: a department (as lead or support), or a bureau as default owner (department null).',
})
export class AccountabilityGroup {
  @Field(() => Department, { nullable: true, description: 'Null for the group of tasks the bureau owns by default.' })
  department!: Department | null;

  @Field(() => Organization, { nullable: true, description: "The department's bureau, or the bureau that owns the tasks by default." })
  organization!: Organization | null;

  @Field(() => Boolean, { description: 'True for a bureau owning tasks that name no lead.' })
  defaultOwner!: boolean;

  @Field(() => Int)
  leadCount!: number;

  @Field(() => Int, { description: 'Tasks it leads through their sub-tasks (SUBTASK_LEAD).' })
  subtaskLeadCount!: number;

  @Field(() => Int)
  supportCount!: number;

  @Field(() => Int)
  defaultCount!: number;

  @Field(() => [AccountableTask], { description: 'By document, then reading order.' })
  tasks!: AccountableTask[];
}

@ObjectType('Accountability', { simpleResolvers: true, description: 'Who answers for every task that cites a regulation or serves a population.' })
export class Accountability {
  @Field(() => Node, { description: 'The regulation or population asked about.' })
  subject!: Node;

  @Field(() => Int, { description: 'Distinct tasks citing / serving it.' })
  taskCount!: number;

  @Field(() => [AccountabilityGroup], { description: 'Most lead and default-owned tasks first.' })
  groups!: AccountabilityGroup[];
}
