// The `tasks` query: every filter optional, text through the full-text index.
import { labelOfId, type NodeLabel } from '../ids.js';
import type { GraphReader } from '../reader.js';
import { toFulltextQuery } from './fulltext.js';
import type { EmbeddedList, PageWithLists } from './embedded.js';
import { readPageOrWithLists } from './lists.js';
import type { NodeRow, PageWindow } from './rows.js';

export type TaskRole = 'LEAD' | 'SUPPORT' | 'ANY';
export type TaskOrdering = 'DOCUMENT_ORDER' | 'YEAR' | 'RELEVANCE';

export interface TaskQuery {
  /** Department id, canonical name or alias (names match in every bureau). */
  department?: string | null;
  role?: TaskRole | null;
  regulation?: string | null;
  citationMode?: string | null;
  population?: string | null;
  includeSubgroups?: boolean | null;
  documentId?: string | null;
  region?: string | null;
  year?: number | null;
  initiative?: string | null;
  leadSource?: string | null;
  /** Free text, searched in title and text (index taskText). */
  text?: string | null;
}

/**
 * Where the candidates come from: the most selective filter given (a full-text hit
 * list, a document, then one entity's tasks; an id is an index seek, a name also
 * matches aliases), so that a filtered page never scans all tasks.
 */
function candidateSource(q: TaskQuery, fulltextQuery: string | null): string {
  const byIdOrName = (value: string, label: NodeLabel, source: string) => `${source}_${labelOfId(value) === label ? 'ID' : 'NAME'}`;
  if (fulltextQuery != null) return 'TEXT';
  if (q.documentId != null) return 'DOCUMENT';
  if (q.department != null) return byIdOrName(q.department, 'Department', 'DEPARTMENT');
  if (q.regulation != null) return byIdOrName(q.regulation, 'Regulation', 'REGULATION');
  if (q.population != null) return 'POPULATION';
  if (q.initiative != null) return 'INITIATIVE';
  return 'ALL';
}

/** The parameters of cypher/tasks-page.cypher for a query (without the page window). */
export function taskPageParams(q: TaskQuery, orderBy: TaskOrdering): Record<string, unknown> {
  const text = q.text == null ? null : toFulltextQuery(q.text);
  return {
    department: q.department ?? null,
    role: q.role ?? 'ANY',
    regulation: q.regulation ?? null,
    citationMode: q.citationMode ?? null,
    population: q.population ?? null,
    includeSubgroups: q.includeSubgroups ?? false,
    documentId: q.documentId ?? null,
    region: q.region ?? null,
    year: q.year ?? null,
    initiative: q.initiative ?? null,
    leadSource: q.leadSource ?? null,
    text,
    orderBy,
    source: candidateSource(q, text),
  };
}

/** A page of tasks; with `embed`, also those batch lists for the page's tasks, in the same statement. */
export async function findTasks(
  reader: GraphReader,
  q: TaskQuery,
  orderBy: TaskOrdering,
  window: PageWindow,
  embed: readonly EmbeddedList[] = [],
): Promise<PageWithLists<NodeRow>> {
  return readPageOrWithLists<NodeRow>(reader, 'tasks-page', taskPageParams(q, orderBy), window, embed);
}
