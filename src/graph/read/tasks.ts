// The `tasks` query: every filter optional, text through the full-text index.
import { loadCypherParts } from '../cypher.js';
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

export type TaskSource =
  | 'TEXT'
  | 'DOCUMENT'
  | 'DEPARTMENT_ID'
  | 'DEPARTMENT_NAME'
  | 'REGULATION_ID'
  | 'REGULATION_NAME'
  | 'POPULATION'
  | 'INITIATIVE'
  | 'ALL';

/**
 * Where the candidates come from: the most selective filter given (a full-text hit
 * list, a document, then one entity's tasks; an id is an index seek, a name also
 * matches aliases), so that a filtered page never scans all tasks.
 */
function candidateSource(q: TaskQuery, fulltextQuery: string | null): TaskSource {
  const byIdOrName = <S extends string>(value: string, label: NodeLabel, source: S) => `${source}_${labelOfId(value) === label ? 'ID' : 'NAME'}` as const;
  if (fulltextQuery != null) return 'TEXT';
  if (q.documentId != null) return 'DOCUMENT';
  // An outside body's Organization id is its Department id too.
  if (q.department != null) return labelOfId(q.department) === 'Organization' ? 'DEPARTMENT_ID' : byIdOrName(q.department, 'Department', 'DEPARTMENT');
  if (q.regulation != null) return byIdOrName(q.regulation, 'Regulation', 'REGULATION');
  if (q.population != null) return 'POPULATION';
  if (q.initiative != null) return 'INITIATIVE';
  return 'ALL';
}

/** The @filter parts of cypher/tasks-page.cypher a query needs: those given, less what its source already applies. */
function filtersFor(q: TaskQuery, source: TaskSource): string[] {
  const given = (value: unknown) => value !== null && value !== undefined;
  const filters: string[] = [];
  if (given(q.documentId) && source !== 'DOCUMENT') filters.push('documentId');
  if (given(q.year)) filters.push('year');
  if (given(q.region)) filters.push('region');
  if (given(q.leadSource)) filters.push('leadSource');
  if (given(q.department) && source !== 'DEPARTMENT_ID' && source !== 'DEPARTMENT_NAME') filters.push('department');
  // A regulation source finds the citing tasks in any mode: a mode is still checked.
  if ((given(q.regulation) && source !== 'REGULATION_ID' && source !== 'REGULATION_NAME') || given(q.citationMode)) filters.push('regulation');
  if (given(q.population) && source !== 'POPULATION') filters.push('population');
  if (given(q.initiative) && source !== 'INITIATIVE') filters.push('initiative');
  return filters;
}

const composedPages = new Map<string, string>();

function composePage(source: TaskSource, filters: readonly string[], orderBy: TaskOrdering): string {
  const key = [source, orderBy, ...filters].join(' ');
  let text = composedPages.get(key);
  if (text === undefined) {
    const parts = loadCypherParts('tasks-page');
    const part = (name: string) => {
      const found = parts.get(name);
      if (found === undefined) throw new Error(`cypher/tasks-page.cypher has no part "${name}"`);
      return found;
    };
    text = [
      part(`source ${source}`),
      ...(filters.length > 0 ? [`WITH t, score WHERE ${filters.map((f) => `(${part(`filter ${f}`)})`).join(' AND ')}`] : []),
      `WITH t, score ${part(`order ${orderBy}`)}`,
      part('page'),
    ].join('\n');
    composedPages.set(key, text);
  }
  return text;
}

export interface TaskPageStatement {
  cypher: string;
  params: Record<string, unknown>;
  source: TaskSource;
}

export interface TaskPageOptions {
  /** Forces a candidate source (tests compare each source with ALL). */
  source?: TaskSource;
}

/**
 * The statement of a page of tasks (without the page window): its parts of
 * cypher/tasks-page.cypher and their parameters.
 */
export function taskPageStatement(q: TaskQuery, orderBy: TaskOrdering, options: TaskPageOptions = {}): TaskPageStatement {
  const text = q.text == null ? null : toFulltextQuery(q.text);
  const source = options.source ?? candidateSource(q, text);
  return {
    cypher: composePage(source, filtersFor(q, source), orderBy),
    params: {
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
    },
    source,
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
  const statement = taskPageStatement(q, orderBy);
  return readPageOrWithLists<NodeRow>(reader, statement.cypher, statement.params, window, embed);
}
