// Depth and cost limits, checked after Apollo has parsed and validated an
// operation and before anything runs (didResolveOperation), so a query that is
// too deep or too expensive never reaches Neo4j. The cost is graphql-query-complexity's
// walk (fragments, @skip/@include, the costliest branch of an abstract type) with
// our estimator:
// - a leaf (scalar, enum) costs 0; an object field costs 1 plus its children;
// - a field with a `first` or `limit` argument (a connection, search,
//   neighborhood) multiplies its children's cost by that number (the argument,
//   the variable, or the schema default); the lists directly inside what it
//   returns (`nodes`, `edges`, `hits`) are that page, so they do not multiply again;
// - any other list multiplies its children by LIST_FACTOR;
// - introspection fields (`__schema`, `__type`, `__typename`) are free and not
//   counted in the depth (the playground's introspection query is deep but cheap);
// - and every field that starts a database read of its own costs READ_COST more,
//   once per occurrence in the operation (fragments expanded), not multiplied by its
//   parents: a root field, or a field with arguments (an alias with other arguments is
//   another read; the loaders batch one field over all its parents, and aliases
//   without arguments share their read). graphStats, a count over the whole graph,
//   costs READ_COST + 3, not 3.
// An operation also has at most `maxRootFields` root fields (aliases counted), so
// that one request cannot ask for thousands of reads side by side, and at most
// MAX_SELECTIONS selections with its fragments expanded, so that fragments spread
// twice inside each other (which double at every level) are refused before any walk
// of them grows without bound.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  TypeInfo,
  ValidationContext,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLCompositeType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApiContext } from '../../api/request/context.js';
import { DEFAULT_MAX_ROOT_FIELDS, type QueryLimits } from '../../config.js';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';
/** What a list without `first`/`limit` is assumed to hold. */
export const LIST_FACTOR = 10;
/** What a field that starts its own database read adds to the cost (once per occurrence). */
export const READ_COST = 10;
const PAGE_ARGS = ['first', 'limit'] as const;
/** Selections an operation may have, fragments expanded (each occurrence counted). */
export const MAX_SELECTIONS = 10_000;

/** What the walks may still visit; they stop with TOO_MANY_SELECTIONS past it. */
interface Budget {
  left: number;
}
const TOO_MANY_SELECTIONS = Symbol('too many selections');
function visit(budget: Budget): void {
  if (--budget.left < 0) throw TOO_MANY_SELECTIONS;
}

export interface QueryMeasure {
  depth: number;
  cost: number;
  /** Root fields, aliases counted, fragments expanded (introspection fields left out). */
  rootFields: number;
  /** More than MAX_SELECTIONS selections, fragments expanded: nothing else was measured. */
  tooManySelections?: true;
}

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

/** The estimator of the cost model above, for one schema (it knows which types are pages). */
function estimatorFor(schema: GraphQLSchema): ComplexityEstimator {
  let estimator = estimators.get(schema);
  if (estimator) return estimator;
  // The types a paged field returns (connections, search results, views): their lists are the page.
  const pages = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((a) => (PAGE_ARGS as readonly string[]).includes(a.name))) pages.add(getNamedType(field.type).name);
    }
  }
  estimator = ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__') || !isCompositeType(getNamedType(field.type))) return 0;
    const page = PAGE_ARGS.map((name) => args[name]).find((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const list = isListType(getNullableType(field.type));
    const factor = page !== undefined ? Math.max(0, page) : list && !pages.has(type.name) ? LIST_FACTOR : 1;
    return 1 + factor * childComplexity;
  };
  estimators.set(schema, estimator);
  return estimator;
}

/** Depth and estimated cost of one operation. `variables` are the request's raw variables. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> = {},
): QueryMeasure {
  let depth: number;
  let rootFields = 0;
  let reads = 0;
  try {
    depth = selectionDepth(document, operation.selectionSet, { left: MAX_SELECTIONS });
    const rootType = schema.getRootType(operation.operation);
    if (rootType) ({ root: rootFields, reads } = countFields(schema, document, rootType, operation.selectionSet, true, { left: MAX_SELECTIONS }));
  } catch (error) {
    if (error !== TOO_MANY_SELECTIONS) throw error;
    return { depth: 0, cost: 0, rootFields: 0, tooManySelections: true };
  }
  let cost = 0;
  const errors: GraphQLError[] = [];
  try {
    // graphql-query-complexity's walk of this one operation: its rule's visitor entered
    // and left on the operation, without getComplexity's visit of the whole document
    // with a TypeInfo, which only serves to reach the operation and was most of the
    // time (Q3: ≈220 → ≈50 µs a request).
    const visitor = createComplexityRule({
      maximumComplexity: Infinity,
      // Bounded above (MAX_SELECTIONS); the library's own bound would end its walk in an error read as bad variables, cost 0.
      maxQueryNodes: Infinity,
      variables: rawVariables,
      estimators: [estimatorFor(schema)],
      onComplete: (complexity: number) => (cost = complexity),
    })(new ValidationContext(schema, document, new TypeInfo(schema), (error) => errors.push(error)));
    const hooks = visitor.OperationDefinition as { enter(node: OperationDefinitionNode): void; leave(node: OperationDefinitionNode): void };
    hooks.enter.call(visitor, operation);
    hooks.leave.call(visitor, operation);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    errors.push(error);
  }
  // Variables that do not coerce (a required one missing, a wrong type): execution
  // refuses them with its own BAD_USER_INPUT before any resolver runs.
  if (errors.length > 0) return { depth, cost: 0, rootFields };
  return { cost: cost + READ_COST * reads, depth, rootFields };
}

/**
 * Root fields and fields that start their own read (see the top of this file) in
 * a selection set, fragments expanded (each occurrence counted; @skip/@include not
 * honoured: an upper bound).
 */
function countFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  type: GraphQLCompositeType,
  set: SelectionSetNode,
  root: boolean,
  budget: Budget,
  seen: ReadonlySet<string> = new Set(),
): { root: number; reads: number } {
  const total = { root: 0, reads: 0 };
  const add = (part: { root: number; reads: number }) => {
    total.root += part.root;
    total.reads += part.reads;
  };
  for (const selection of set.selections) {
    visit(budget);
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!field) continue;
      if (root) total.root++;
      if (root || field.args.length > 0) total.reads++;
      const child = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(child)) total.reads += countFields(schema, document, child, selection.selectionSet, false, budget, seen).reads;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      add(countFields(schema, document, on && isCompositeType(on) ? on : type, selection.selectionSet, root, budget, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragmentNamed(document, selection.name.value);
      if (!fragment) continue;
      const on = schema.getType(fragment.typeCondition.name.value);
      add(countFields(schema, document, on && isCompositeType(on) ? on : type, fragment.selectionSet, root, budget, new Set(seen).add(fragment.name.value)));
    }
  }
  return total;
}

function fragmentNamed(document: DocumentNode, name: string): FragmentDefinitionNode | undefined {
  return document.definitions.find((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
}

/** The deepest chain of fields with sub-selections (introspection left out), fragments expanded. */
function selectionDepth(document: DocumentNode, set: SelectionSetNode, budget: Budget, seen: ReadonlySet<string> = new Set()): number {
  let depth = 0;
  for (const selection of set.selections) {
    visit(budget);
    if (selection.kind === Kind.FIELD) {
      if (selection.selectionSet && !selection.name.value.startsWith('__')) depth = Math.max(depth, 1 + selectionDepth(document, selection.selectionSet, budget, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = Math.max(depth, selectionDepth(document, selection.selectionSet, budget, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragmentNamed(document, selection.name.value);
      if (fragment) depth = Math.max(depth, selectionDepth(document, fragment.selectionSet, budget, new Set(seen).add(fragment.name.value)));
    }
  }
  return depth;
}

/** Measures kept per operation (one per distinct variables); past it they are forgotten and measured again. */
const MEASURES_PER_OPERATION = 16;
/** Variables longer than this as JSON are not kept (16 of a 10 MB text would hold 160 MB). */
const MAX_KEPT_VARIABLES_LENGTH = 4096;

export function queryCostPlugin(limits: QueryLimits): ApolloServerPlugin<ApiContext> {
  // An operation sent again is the same parsed object (Apollo keeps parsed documents by
  // their text), and its measure is a function of it and its variables alone: the walks
  // (≈100 µs a request) run once per operation and variables. One server, one schema.
  const measures = new WeakMap<OperationDefinitionNode, Map<string, QueryMeasure>>();
  const measure = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): QueryMeasure => {
    let byVariables = measures.get(operation);
    if (!byVariables) measures.set(operation, (byVariables = new Map()));
    const key = JSON.stringify(variables);
    // Large variables (a document's text sent to ingestDocument) are measured, never kept as a key.
    if (key.length > MAX_KEPT_VARIABLES_LENGTH) return measureOperation(schema, document, operation, variables);
    let measured = byVariables.get(key);
    if (!measured) {
      measured = measureOperation(schema, document, operation, variables);
      if (byVariables.size >= MEASURES_PER_OPERATION) byVariables.clear();
      byVariables.set(key, measured);
    }
    return measured;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { depth, cost, rootFields, tooManySelections } = measure(schema, document, operation, request.variables ?? {});
          if (tooManySelections) {
            throw tooComplex(`the operation has more than ${MAX_SELECTIONS} selections with its fragments expanded (send a smaller query)`, { maxSelections: MAX_SELECTIONS });
          }
          const maxRootFields = limits.maxRootFields ?? DEFAULT_MAX_ROOT_FIELDS;
          if (rootFields > maxRootFields) {
            throw tooComplex(`${rootFields} root fields exceed the limit of ${maxRootFields} per operation (aliases count; send fewer fields, or several requests)`, {
              rootFields,
              maxRootFields,
            });
          }
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
