// Top-level lists (the API's connections): one round trip returns a page of a
// stable ordering and the size of the whole filtered list.
import { loadCypher } from '../cypher.js';
import type { GraphReader } from '../reader.js';
import { readPageWithLists, type EmbeddedList, type PageWithLists } from './embedded.js';
import type { NodeRow, PageRow, PageWindow } from './rows.js';

/** Runs a `*-page` file: the filter parameters plus $skip/$limit, one row {totalCount, items}. */
export async function readPage<T = NodeRow>(reader: GraphReader, query: string, params: Record<string, unknown>, window: PageWindow): Promise<PageRow<T>> {
  return (await readPageOrWithLists<T>(reader, loadCypher(query), params, window, [])).page;
}

/** A page statement (a `*-page` file's text, or a composed one) alone or with embedded lists. */
export async function readPageOrWithLists<T = NodeRow>(
  reader: GraphReader,
  pageCypher: string,
  params: Record<string, unknown>,
  window: PageWindow,
  embed: readonly EmbeddedList[],
): Promise<PageWithLists<T>> {
  if (embed.length > 0) return readPageWithLists<T>(reader, pageCypher, params, window, embed);
  const [row] = await reader.readStatement<PageRow<T>>(pageCypher, { ...params, skip: window.skip, limit: window.limit }, { projected: true });
  return { page: row ?? { totalCount: 0, items: [] }, lists: [] };
}

export interface DepartmentFilter {
  nameContains?: string | null;
  kind?: string | null;
  organization?: string | null;
}
export const listDepartments = (reader: GraphReader, f: DepartmentFilter, w: PageWindow) =>
  readPage(reader, 'departments-page', { nameContains: f.nameContains ?? null, kind: f.kind ?? null, organization: f.organization ?? null }, w);

export interface RegulationFilter {
  nameContains?: string | null;
  /** Any of these kinds. */
  kind?: readonly string[] | null;
  jurisdiction?: string | null;
}
/** A page of regulations; with `embed`, also those batch lists for the page's regulations, in the same statement. */
export const listRegulations = (reader: GraphReader, f: RegulationFilter, w: PageWindow, embed: readonly EmbeddedList[] = []) =>
  readPageOrWithLists(reader, loadCypher('regulations-page'), { nameContains: f.nameContains ?? null, kind: f.kind ?? null, jurisdiction: f.jurisdiction ?? null }, w, embed);

export const listPopulations = (reader: GraphReader, f: { nameContains?: string | null }, w: PageWindow) =>
  readPage(reader, 'populations-page', { nameContains: f.nameContains ?? null }, w);

export interface DocumentFilter {
  titleContains?: string | null;
  kind?: string | null;
  region?: string | null;
  year?: number | null;
  organization?: string | null;
}
export const listDocuments = (reader: GraphReader, f: DocumentFilter, w: PageWindow) =>
  readPage(
    reader,
    'documents-page',
    {
      titleContains: f.titleContains ?? null,
      kind: f.kind ?? null,
      region: f.region ?? null,
      year: f.year ?? null,
      organization: f.organization ?? null,
    },
    w,
  );

export interface OrganizationFilter {
  nameContains?: string | null;
  region?: string | null;
  level?: string | null;
}
export const listOrganizations = (reader: GraphReader, f: OrganizationFilter, w: PageWindow) =>
  readPage(reader, 'organizations-page', { nameContains: f.nameContains ?? null, region: f.region ?? null, level: f.level ?? null }, w);

export const listInitiatives = (reader: GraphReader, f: { nameContains?: string | null }, w: PageWindow) =>
  readPage(reader, 'initiatives-page', { nameContains: f.nameContains ?? null }, w);
