// Depth and cost limits, checked after Apollo has parsed and validated an
// operation and before anything runs (didResolveOperation), so a query that is
// too deep or too expensive never reaches Neo4j.
//
// Cost model (an estimate of the work, not an exact count):
// - a leaf (scalar, enum) costs 0; an object field costs 1 plus its children;
// - a field with a `first` or `limit` argument (a connection, search,
//   neighborhood) multiplies its children's cost by that number (the argument,
//   the variable, or the schema default); the lists directly inside it
//   (`nodes`, `edges`, `hits`) are that page, so they do not multiply again;
// - any other list multiplies its children by LIST_FACTOR;
// - introspection fields (`__schema`, `__type`, `__typename`) are free and not
//   counted in the depth (the playground's introspection query is deep but cheap);
// - fragments are expanded; the branches of an abstract type are added up.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApiContext } from '../../api/request/context.js';
import type { QueryLimits } from '../../config.js';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
/** What a list without `first`/`limit` is assumed to hold. */
export const LIST_FACTOR = 10;
const PAGE_ARGS = ['first', 'limit'] as const;

export interface QueryMeasure {
  depth: number;
  cost: number;
}

/** Depth and estimated cost of one operation. `variables` are the request's raw variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> = {},
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  const variables = coerced.coerced ?? {};

  const root =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return { depth: 0, cost: 0 };

  // Returns [cost, depth] of a selection set on `type`; `inPage`: the set belongs to a paged field.
  const visit = (set: SelectionSetNode, type: GraphQLCompositeType, inPage: boolean, seen: Set<string>): [number, number] => {
    let cost = 0;
    let depth = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const field = type.getFields()[name];
        if (!field) continue;
        const named = getNamedType(field.type);
        if (!selection.selectionSet) continue; // a leaf
        const page = pageSize(field, selection, variables);
        const list = isListType(getNullableType(field.type));
        const factor = page ?? (list && !inPage ? LIST_FACTOR : 1);
        const [childCost, childDepth] = visit(selection.selectionSet, named as GraphQLCompositeType, page !== undefined, seen);
        cost += 1 + factor * childCost;
        depth = Math.max(depth, 1 + childDepth);
      } else {
        let inner: SelectionSetNode;
        let on: GraphQLCompositeType = type;
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = selection.selectionSet;
          if (selection.typeCondition) on = (typeFromAST(schema, selection.typeCondition) as GraphQLCompositeType | undefined) ?? type;
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue; // validation already refused cycles and unknown fragments
          inner = fragment.selectionSet;
          on = (typeFromAST(schema, fragment.typeCondition) as GraphQLCompositeType | undefined) ?? type;
          seen = new Set(seen).add(fragment.name.value);
        }
        const [c, d] = visit(inner, on, inPage, seen);
        cost += c;
        depth = Math.max(depth, d);
      }
    }
    return [cost, depth];
  };

  const [cost, depth] = visit(operation.selectionSet, root, false, new Set());
  return { cost, depth };
}

function pageSize(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1], variables: Record<string, unknown>): number | undefined {
  if (!field.args.some((a) => (PAGE_ARGS as readonly string[]).includes(a.name))) return undefined;
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(field, node, variables);
  } catch {
    return undefined; // a bad argument fails at execution with its own error
  }
  for (const name of PAGE_ARGS) {
    const v = values[name];
    if (typeof v === 'number' && Number.isFinite(v)) return Math.max(0, v);
  }
  return undefined;
}

export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { depth, cost } = measureOperation(schema, document, operation, request.variables ?? {});
          if (depth > limits.maxDepth) {
            throw tooComplex(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`, { depth, maxDepth: limits.maxDepth });
          }
          if (cost > limits.maxCost) {
            throw tooComplex(`query cost ${cost} exceeds the limit of ${limits.maxCost} (a connection costs first × its fields; ask for smaller pages or fewer nested lists)`, {
              cost,
              maxCost: limits.maxCost,
            });
          }
        },
      };
    },
  };
}

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, ...details, http: { status: 400 } } });
}
