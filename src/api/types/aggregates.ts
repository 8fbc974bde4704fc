import { Field, Int, ObjectType } from 'type-graphql';
import { Department } from './department.js';
import { Population } from './population.js';

@ObjectType('DepartmentLoad', { simpleResolvers: true, description: 'A department with the number of tasks it leads and supports.' })
export class DepartmentLoad {
  @Field(() => Department)
  department!: Department;

  @Field(() => Int)
  led!: number;

  @Field(() => Int)
  supported!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType('WorkloadReport', { simpleResolvers: true })
export class WorkloadReport {
  @Field(() => Int, { description: 'Departments with at least one task.' })
  totalCount!: number;

  @Field(() => [DepartmentLoad], { description: 'Busiest (most led, then most supported) first.' })
  departments!: DepartmentLoad[];
}

@ObjectType('CoverageCell', { simpleResolvers: true })
export class CoverageCell {
  @Field(() => Department)
  department!: Department;

  @Field(() => Population)
  population!: Population;

  @Field(() => Int, { description: 'Tasks the department leads or supports that serve the population.' })
  taskCount!: number;
}

@ObjectType('Coverage', { simpleResolvers: true, description: 'The department × population matrix, as its non-empty cells and its two axes.' })
export class Coverage {
  @Field(() => [Department], { description: 'Rows: departments with at least one cell, by name.' })
  departments!: Department[];

  @Field(() => [Population], { description: 'Columns: populations with at least one cell, by name.' })
  populations!: Population[];

  @Field(() => [CoverageCell])
  cells!: CoverageCell[];
}

@ObjectType('LabelCount', { simpleResolvers: true })
export class LabelCount {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RelationshipCount', { simpleResolvers: true })
export class RelationshipCount {
  @Field(() => String)
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('GraphStats', { simpleResolvers: true })
export class GraphStats {
  @Field(() => [LabelCount], { description: 'Nodes per label, by label.' })
  labels!: LabelCount[];

  @Field(() => [RelationshipCount], { description: 'Relationships per type, by type.' })
  relationships!: RelationshipCount[];

  @Field(() => Int)
  nodeCount!: number;

  @Field(() => Int)
  relationshipCount!: number;
}
