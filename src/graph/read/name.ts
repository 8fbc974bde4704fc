// Names as people write them: the forms an argument may match (a region with or
// without its 市/省/县/区, a regulation in or out of its 《》 and by its short name),
// and, when a filter matched nothing, which of its names matched no node and the
// names of that kind there are (for the API's suggestions).
import { regulationName } from '../../extract/regulations.js';
import type { NodeLabel } from '../model.js';
import type { GraphReader } from '../reader.js';

export { regulationName };

/** The suffixes a region's name may be written with or without. */
const REGION_SUFFIXES = ['市', '省', '县', '区'] as const;

/** 汕尾 → 汕尾, 汕尾市, 汕尾省, 汕尾县, 汕尾区; 汕尾市 → 汕尾市, 汕尾. */
export function regionForms(region: string): string[] {
  const name = region.trim();
  const suffix = REGION_SUFFIXES.find((s) => name.length > 1 && name.endsWith(s));
  return suffix ? [name, name.slice(0, -suffix.length)] : [name, ...REGION_SUFFIXES.map((s) => name + s)];
}

/** What a name argument names: a node label, or a document's region. */
export type NameKind = NodeLabel | 'Region';

/** A name argument as a read looks for it. */
export interface WantedName {
  label: NameKind;
  /** Every form that counts as a match (an id is one form). */
  forms: string[];
}

export const nameReads = {
  /** The ids of the nodes of a label that one of the forms names (by id or name first, then by alias). */
  ids: async (reader: GraphReader, label: NodeLabel, forms: readonly string[]) =>
    (await reader.read<{ id: string }>('read/name/ids', { label, forms })).map((r) => r.id),
  /** For each wanted name that matches no node: its index and every name of its kind. */
  unmatched: (reader: GraphReader, wanted: readonly WantedName[]) =>
    wanted.length === 0 ? Promise.resolve([]) : reader.read<{ index: number; names: string[] }>('read/name/unmatched', { wanted }),
};
