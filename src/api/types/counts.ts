// "X with how many tasks" pairs returned by aggregate relations.
import { Field, Int, ObjectType } from 'type-graphql';
import type { Counted, DepartmentRow } from '../../graph/read/rows.js';
import { Department } from './department.js';
import { Population } from './population.js';
import { Regulation } from './regulation.js';
import { CitationMode } from './enums.js';

@ObjectType('DepartmentTaskCount', { simpleResolvers: true })
export class DepartmentTaskCount {
  @Field(() => Department)
  department!: Department;

  @Field(() => Int)
  taskCount!: number;
}

/** Rows of the catalogue's `departments` reads (a department with its taskCount) as DepartmentTaskCount values. */
export function departmentTaskCounts(rows: Array<Counted<DepartmentRow>>): DepartmentTaskCount[] {
  return rows.map((department) => ({ department: department as unknown as Department, taskCount: department.taskCount }));
}

@ObjectType('PopulationTaskCount', { simpleResolvers: true })
export class PopulationTaskCount {
  @Field(() => Population)
  population!: Population;

  @Field(() => Int)
  taskCount!: number;
}

@ObjectType('RegulationUse', { simpleResolvers: true, description: 'A regulation cited by tasks of a department: in how many tasks and in which modes.' })
export class RegulationUse {
  @Field(() => Regulation)
  regulation!: Regulation;

  @Field(() => Int)
  taskCount!: number;

  @Field(() => [CitationMode])
  modes!: CitationMode[];
}
