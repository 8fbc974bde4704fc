// Lookahead: what a query asks for below the field being resolved, so that a
// resolver can leave out work nobody asked for (reading edges) or read ahead in one
// statement what its children would read one by one (see embed.ts).
import { GraphQLIncludeDirective, GraphQLSkipDirective, getDirectiveValues, type FieldNode, type GraphQLResolveInfo, type SelectionNode, type SelectionSetNode } from 'graphql';
import type { PageWindow } from '../../graph/read/rows.js';
import { pageWindow } from '../types/pagination.js';

/**
 * The field nodes at a path of field names below the resolved field, through fragments
 * and whatever the aliases; a selection that @skip or @include leaves out is not there.
 */
export function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, rest: readonly string[]): void => {
    for (const s of set?.selections ?? []) {
      if (!included(s, info.variableValues)) continue;
      if (s.kind === 'Field') {
        if (s.name.value !== rest[0]) continue;
        if (rest.length === 1) found.push(s);
        else visit(s.selectionSet, rest.slice(1));
      } else if (s.kind === 'InlineFragment') visit(s.selectionSet, rest);
      else visit(info.fragments[s.name.value]?.selectionSet, rest);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, path);
  return found;
}

/** False when the selection's @skip or @include leaves it out (as graphql-js decides it). */
function included(selection: SelectionNode, variables: GraphQLResolveInfo['variableValues']): boolean {
  if (!selection.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.['if'] === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.['if'] !== false;
}

/** True when the field being resolved selects `name` directly. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return fieldsAt(info, [name]).length > 0;
}

/** A connection's window (first, after): the whole list counted only when the query reads totalCount. */
export function connectionWindow(args: { first?: number | null; after?: string | null }, info: GraphQLResolveInfo): PageWindow {
  return { ...pageWindow(args), counted: selectsField(info, 'totalCount') };
}
