// Which per-item lists a page resolver can read in its own statement (see
// graph/read/embedded.ts): those the query selects under `nodes` or `edges.node`,
// each with one set of arguments. Their results are then primed into the request's
// loaders, so the field resolvers answer them without another read.
import { getArgumentValues, isObjectType, type GraphQLResolveInfo } from 'graphql';
import type { ListRead } from '../../graph/read/batch.js';
import type { EmbeddedList } from '../../graph/read/embedded.js';
import type { Row } from '../../graph/reader.js';
import type { ApiContext } from './context.js';
import { fieldsAt } from './selection.js';

/** A list field of the page's item type and the catalogue read (and arguments) its resolver makes. */
export interface Embeddable {
  itemType: string;
  field: string;
  read: ListRead<unknown, any>;
  /** The loader parameters for the field's arguments, exactly as its resolver passes them. */
  params?: (args: Record<string, unknown>) => Record<string, unknown>;
}

export interface ChosenEmbed extends EmbeddedList {
  params: Record<string, unknown>;
}

/** The embeddable lists this query selects; a field selected with different arguments in different places is left to its loader. */
export function chooseEmbeds(info: GraphQLResolveInfo, candidates: readonly Embeddable[]): ChosenEmbed[] {
  return candidates.flatMap((c) => {
    const nodes = [...fieldsAt(info, ['nodes', c.field]), ...fieldsAt(info, ['edges', 'node', c.field])];
    const type = info.schema.getType(c.itemType);
    const definition = isObjectType(type) ? type.getFields()[c.field] : undefined;
    if (nodes.length === 0 || !definition) return [];
    const params = nodes.map((node) => (c.params ?? (() => ({})))(getArgumentValues(definition, node, info.variableValues)));
    const distinct = new Set(params.map((p) => JSON.stringify(p)));
    return distinct.size === 1 ? [{ read: c.read, params: params[0]! }] : [];
  });
}

export function primeEmbeds(ctx: ApiContext, chosen: readonly ChosenEmbed[], lists: ReadonlyArray<ReadonlyMap<string, Row[]>>): void {
  chosen.forEach((c, i) => ctx.loaders.primeLists(c.read, lists[i]!, c.params));
}
