// Name arguments that forgive and answers that explain: the forms a name argument
// matches (graph/read/name.ts), and, when a list comes back empty, which of its name
// arguments matched no node, each with the closest names of its kind, kept on the
// request's context for the response's extensions.suggestions (server/plugins/suggestions.ts).
import type { NodeLabel } from '../../graph/model.js';
import { nameReads, regionForms, regulationName, type NameKind } from '../../graph/read/name.js';
import { notFound } from '../errors.js';
import type { ApiContext } from './context.js';
import { ID_SHAPE, idOrName } from './ids.js';

/** A name argument as the request gave it (already checked: an id of the right label, or a trimmed name). */
export interface NameArgument {
  /** As the query writes it: filter.department, organization … */
  argument: string;
  label: NameKind;
  value: string | null | undefined;
}

/** The forms a name argument matches in the graph. */
export function formsOf(label: NameKind, value: string): string[] {
  if (label === 'Region') return regionForms(value);
  if (label === 'Regulation') return [...new Set([value, regulationName(value)])];
  return [value];
}

/** A regulation argument: its id, or its name as the graph names it (《慈善法》 and 慈善法 → 中华人民共和国慈善法). */
export function regulationIdOrName(value: string | null | undefined, argument: string): string | null {
  const checked = idOrName('Regulation', value, argument);
  return checked == null || ID_SHAPE.test(checked) ? checked : regulationName(checked);
}

/**
 * An argument that names one node: an id (checked against the label), or a name
 * resolved to the id of the node it names; a name that names none is NOT_FOUND, with
 * the closest names on ctx.suggestions.
 */
export async function resolveIdOrName(ctx: ApiContext, label: NodeLabel, value: string, argument: string): Promise<string> {
  const checked = idOrName(label, value, argument)!;
  if (ID_SHAPE.test(checked)) return checked;
  const [id] = await nameReads.ids(ctx.reader, label, formsOf(label, checked));
  if (id !== undefined) return id;
  await explainEmpty(ctx, [{ argument, label, value: checked }]);
  throw notFound(`no ${label.toLowerCase()} named ${JSON.stringify(checked.slice(0, 80))}`);
}

/** Levenshtein distance over code points. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[y.length]!;
}

/** Characters two names share, counted with multiplicity. */
function sharedCharacters(a: string, b: string): number {
  const left = new Map<string, number>();
  for (const c of a) left.set(c, (left.get(c) ?? 0) + 1);
  let shared = 0;
  for (const c of b) {
    const n = left.get(c) ?? 0;
    if (n > 0) {
      shared++;
      left.set(c, n - 1);
    }
  }
  return shared;
}

/**
 * The names closest to `value`: those sharing a character with it, most shared
 * characters relative to both lengths (Dice) first, then the smaller edit distance,
 * then code-point order; at most `limit`.
 */
export function closestNames(value: string, names: readonly string[], limit = 5): string[] {
  const length = [...value].length;
  return [...new Set(names)]
    .map((name) => ({ name, shared: sharedCharacters(value, name), distance: editDistance(value, name), size: [...name].length }))
    .filter((c) => c.shared > 0 && c.name !== value)
    .map((c) => ({ ...c, dice: (2 * c.shared) / (length + c.size) }))
    .sort((a, b) => b.dice - a.dice || a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((c) => c.name);
}

/**
 * After a list came back empty: which of the name arguments given matched no node
 * (ids are not names and are left out), each with the closest names of its kind, on
 * ctx.suggestions. One read, and only for an empty answer.
 */
export async function explainEmpty(ctx: ApiContext, args: readonly NameArgument[]): Promise<void> {
  const names = args.filter((a): a is NameArgument & { value: string } => a.value != null && !ID_SHAPE.test(a.value));
  const unmatched = await nameReads.unmatched(
    ctx.reader,
    names.map((a) => ({ label: a.label, forms: formsOf(a.label, a.value) })),
  );
  for (const row of unmatched) {
    const a = names[row.index]!;
    // Compared as the graph would name it (a regulation without its 《》, by its full name).
    const compared = a.label === 'Regulation' ? regulationName(a.value) : a.value;
    ctx.suggestions.push({ argument: a.argument, value: a.value, suggestions: closestNames(compared, row.names) });
  }
}
