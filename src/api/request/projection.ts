// What an operation can ask of each node type: the fields it selects anywhere
// (through fragments, on every type an interface or union may be), turned into the
// stored properties they read. The request's projected reads then bring only those
// (src/graph/read/projection.ts). An over-approximation by design: a field under
// @skip or in another branch still counts, so a resolver never finds a property
// missing that its field needs.
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  typeFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { PROJECTABLE, Projection, type ProjectedType } from '../../graph/read/projection.js';

type Needs = Partial<Record<ProjectedType, readonly string[]>>;

/**
 * Fields whose resolvers read stored properties of another name, or of other rows
 * of the same read. Every other field of a node type reads the property of its own
 * name, or none (a relation has its own read).
 */
const FIELD_NEEDS: Record<string, Record<string, Needs>> = {
  Task: { document: { Task: ['documentId'] } },
  Section: { document: { Section: ['documentId'] } },
  Evidence: { document: { Evidence: ['documentId'] }, original: { Evidence: ['documentId', 'start', 'end'] } },
  Deadline: { status: { Deadline: ['date'] } },
  // The chain's leadSource and links are built in code from its rows, whatever is
  // selected (resolvers/chain.ts, resolvers/chain-links.ts).
  Query: {
    responsibilityChain: {
      Task: ['number', 'title', 'leadSource'],
      Section: ['number', 'title'],
      Document: ['title'],
      Department: ['name'],
      Organization: ['name'],
      Evidence: ['sentence', 'mention'],
    },
  },
};

/** The projection of one operation: for every node type (and Evidence) it reaches, the properties its fields read. */
export function operationProjection(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): Projection {
  const properties = new Map<ProjectedType, Set<string>>();
  const asked = (type: ProjectedType) => {
    let props = properties.get(type);
    if (!props) properties.set(type, (props = new Set()));
    return props;
  };
  const visited = new Set<string>();
  const objectTypes = (type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
    isObjectType(type) ? [type] : isAbstractType(type) ? schema.getPossibleTypes(type) : [];

  const visit = (set: SelectionSetNode, type: GraphQLCompositeType): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        for (const object of objectTypes(type)) {
          const field = object.getFields()[name];
          if (!field) continue;
          const stored = PROJECTABLE.get(object.name as ProjectedType);
          if (stored) {
            const props = asked(object.name as ProjectedType);
            if (stored.has(name)) props.add(name);
          }
          for (const [of, needs] of Object.entries(FIELD_NEEDS[object.name]?.[name] ?? {})) {
            for (const need of needs) asked(of as ProjectedType).add(need);
          }
          if (selection.selectionSet) visitOnce(selection.selectionSet, getNamedType(field.type) as GraphQLCompositeType);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (typeFromAST(schema, selection.typeCondition) as GraphQLCompositeType | undefined) : type;
        if (on) visitOnce(selection.selectionSet, on);
      } else {
        const fragment = fragments[selection.name.value];
        const on = fragment && (typeFromAST(schema, fragment.typeCondition) as GraphQLCompositeType | undefined);
        if (fragment && on) visitOnce(fragment.selectionSet, on);
      }
    }
  };
  // A selection set seen on a type once adds nothing the second time (and fragments cannot loop).
  const setIds = new Map<SelectionSetNode, number>();
  const visitOnce = (set: SelectionSetNode, type: GraphQLCompositeType) => {
    let id = setIds.get(set);
    if (id === undefined) setIds.set(set, (id = setIds.size));
    const key = `${type.name} ${id}`;
    if (visited.has(key)) return;
    visited.add(key);
    visit(set, type);
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : schema.getSubscriptionType();
  if (root) visit(operation.selectionSet, root);
  return new Projection(properties);
}

// Parsed operations are cached by Apollo Server, so the same object comes back for the same query text.
const projections = new WeakMap<OperationDefinitionNode, Projection>();

/**
 * The projection of the operation being executed: set on the request before its
 * first read by every resolver (api/middleware.ts wrapResolver); the first resolver
 * of an operation sees the whole operation.
 */
export function projectionOf(info: GraphQLResolveInfo): Projection {
  let projection = projections.get(info.operation);
  if (!projection) {
    projection = operationProjection(info.schema, info.operation, info.fragments);
    projections.set(info.operation, projection);
  }
  return projection;
}
