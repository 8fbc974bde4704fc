// "X with how many tasks" pairs returned by aggregate relations.
import { Field, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { Population } from '../population/population.type.js';
import { Regulation } from '../regulation/regulation.type.js';
import { CitationMode } from './enums.js';

@ObjectType('DepartmentTaskCount', { simpleResolvers: true })
export class DepartmentTaskCount {
  @Field(() => Department)
  department!: Department;

  @Field(() => Int)
  taskCount!: number;
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
