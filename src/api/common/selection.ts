// Lookahead: whether a query asks for a field below the one being resolved, so that
// a resolver can leave out work nobody asked for (reading edges, counting a list).
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** True when the field being resolved selects `name` directly (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectsPath(info, [name]);
}

/**
 * True when the field being resolved selects the path of field names below it,
 * e.g. ['nodes', 'citations'], through fragments and whatever the aliases.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === 'Field') return s.name.value === rest[0] && (rest.length === 1 || visit(s.selectionSet, rest.slice(1)));
      if (s.kind === 'InlineFragment') return visit(s.selectionSet, rest);
      return visit(info.fragments[s.name.value]?.selectionSet, rest);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, path));
}
