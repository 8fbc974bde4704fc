// The Node interface every graph entity implements. Rows from the read layer
// carry their id, whose prefix names the GraphQL type.
import { Field, ID, InterfaceType } from 'type-graphql';
import { labelOfId } from '../../graph/ids.js';
import type { NodeLabel, NodeRowOf } from '../../graph/model.js';
import type { NodeRow } from '../../graph/read/rows.js';

/** The GraphQL type of a row: its id's prefix names it (schema.ts sets it on the built schema as it is, see there). */
export const resolveNodeType = (value: NodeRow): string | undefined => labelOfId(value.id) ?? undefined;

@InterfaceType('Node', {
  description: 'Any entity of the graph, fetched by its stable id with node(id).',
  resolveType: resolveNodeType,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable id `<prefix>_<16 hex>`; the prefix names the type (doc, org, dept, sec, task, reg, pop, ind, ddl, ini).' })
  id!: string;
}

/**
 * The model's check on an object type (`class Task implements Node, Stored<Task, 'Task'>`):
 * every field the class shares with what the graph stores on that label has the
 * model's type (graph/model.ts), so an enum or a nullability changed there fails to
 * compile here instead of drifting. Fields the API computes are not checked.
 */
export type Stored<C, L extends NodeLabel> = { [K in keyof C & keyof NodeRowOf<L>]: NodeRowOf<L>[K] };
