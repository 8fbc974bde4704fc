// A task's links to departments, regulations, populations and programmes, each
// with the evidence that the text states it.
import { Field, ObjectType } from 'type-graphql';
import { Evidence } from './evidence.js';
import { CitationMode } from './enums.js';
import { Department } from './department.js';
import { Initiative } from './initiative.js';
import { Population } from './population.js';
import { Regulation } from './regulation.js';
import { Task } from './task.js';

@ObjectType('DepartmentRole', { simpleResolvers: true, description: 'A department named as lead, support or involved agency of a task, and where the text says so.' })
export class DepartmentRole {
  @Field(() => Department)
  department!: Department;

  @Field(() => Evidence)
  evidence!: Evidence;

  @Field(() => String, {
    nullable: true,
    description: 'The printed word that gives the role (牵头, 配合, 协办, 参与, 责任单位, 负责, 落实 …); null when the text has none (an involved agency).',
  })
  roleWord!: string | null;
}

@ObjectType('Citation', { simpleResolvers: true, description: 'A task citing a regulation: how (mode), the title as printed, and the sentence.' })
export class Citation {
  @Field(() => Task)
  task!: Task;

  @Field(() => Regulation)
  regulation!: Regulation;

  @Field(() => CitationMode)
  mode!: CitationMode;

  @Field(() => String, { description: 'The title as printed between 《》.' })
  title!: string;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType('TaskPopulation', { simpleResolvers: true, description: 'A population a task serves, as the text names it.' })
export class TaskPopulation {
  @Field(() => Population)
  population!: Population;

  @Field(() => String, { description: 'The name as printed (may be an alias of the canonical name).' })
  mention!: string;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType('TaskInitiative', { simpleResolvers: true, description: 'A named programme a task belongs to.' })
export class TaskInitiative {
  @Field(() => Initiative)
  initiative!: Initiative;

  @Field(() => Evidence)
  evidence!: Evidence;
}
