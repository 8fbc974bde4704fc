import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from './connection.js';
import { DepartmentKind } from './enums.js';
import { Node, type Stored } from './node.js';

@ObjectType('Department', {
  simpleResolvers: true,
  implements: Node,
  description: "A unit that leads or supports work: a bureau's 科室, a group such as 各县(市、区)民政局, or an outside agency (shared by all documents).",
})
export class Department implements Node, Stored<Department, 'Department'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Canonical name within its bureau (慈善和社工科 → 慈善事业促进和社会工作科).' })
  name!: string;

  @Field(() => DepartmentKind)
  kind!: DepartmentKind;

  @Field(() => [String], { description: 'Every form the documents print.' })
  aliases!: string[];
}

export const DepartmentConnection = connectionType('Department', Department);

@ObjectType('DepartmentWorkload', { simpleResolvers: true, description: 'How many tasks a department leads, supports, or is named in as an outside agency.' })
export class DepartmentWorkload {
  @Field(() => Int)
  led!: number;

  @Field(() => Int)
  supported!: number;

  @Field(() => Int, { description: 'Tasks whose text names it as an involved agency (INVOLVES).' })
  involved!: number;
}
