import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from './connection.js';
import { DepartmentKind } from './enums.js';
import { Node, type Stored } from './node.js';

@ObjectType('Organization', {
  simpleResolvers: true,
  implements: Node,
  description:
    'A government body: a bureau that issues documents (汕尾市民政局), or an outside body that leads or supports tasks in other bodies\' plans (广州市民政局 in a plan of 广州市人民政府办公厅), or both — one node, whose id is also its Department id.',
})
export class Organization implements Node, Stored<Organization, 'Organization'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'PROVINCIAL, MUNICIPAL or COUNTY when the name says so.' })
  level!: string | null;

  @Field(() => DepartmentKind, {
    nullable: true,
    description: 'EXTERNAL when tasks name it as an outside body (it is then also listed by `departments`); null for a bureau that only issues.',
  })
  kind!: DepartmentKind | null;
}

export const OrganizationConnection = connectionType('Organization', Organization);
