// Reads of tasks: the `tasks` query (every filter optional, text through the
// full-text index, composed from the parts of cypher/read/task/page.cypher) and
// everything a task links to.
import { loadCypherParts } from '../cypher.js';
import { labelOfId } from '../ids.js';
import type { CitationMode, DocumentKind, NodeLabel } from '../model.js';
import type { GraphReader } from '../reader.js';
import { listRead } from './batch.js';
import { toFulltextQuery } from './fulltext.js';
import { regionForms } from './name.js';
import type { EmbeddedList, PageWithLists } from './embedded.js';
import { readPageOrWithLists } from './page.js';
import type {
  DeadlineRow,
  EvidenceRow,
  IndicatorRow,
  InitiativeRow,
  OrganizationRow,
  PageWindow,
  PopulationRow,
  RegulationRow,
  RoleRow,
  SectionRow,
  TaskRow,
} from './rows.js';

/** Which link between a department and a task counts: LEADS, SUPPORTS or any (in `tasks`, INVOLVES too). */
export const TASK_ROLES = ['LEAD', 'SUPPORT', 'ANY'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];
export const TASK_ORDERINGS = ['DOCUMENT_ORDER', 'YEAR', 'RELEVANCE'] as const;
export type TaskOrdering = (typeof TASK_ORDERINGS)[number];

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
  /** Only tasks of work plans (WORK_PLAN) or of articles and reports (ARTICLE). */
  documentKind?: DocumentKind | null;
  /** With (true) or without (false) a deadline. */
  hasDeadline?: boolean | null;
  /** With a deadline dated on or before this day (yyyy-mm-dd). */
  dueBefore?: string | null;
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

/** The @filter parts of cypher/read/task/page.cypher a query needs: those given, less what its source already applies. */
function filtersFor(q: TaskQuery, source: TaskSource): string[] {
  const given = (value: unknown) => value !== null && value !== undefined;
  const filters: string[] = [];
  if (given(q.documentId) && source !== 'DOCUMENT') filters.push('documentId');
  if (given(q.year)) filters.push('year');
  if (given(q.region)) filters.push('region');
  // A role without a department: the tasks that have such a link at all (LEAD: an explicit lead).
  if (given(q.role) && q.role !== 'ANY' && !given(q.department)) filters.push('role');
  if (given(q.leadSource)) filters.push('leadSource');
  if (given(q.department) && source !== 'DEPARTMENT_ID' && source !== 'DEPARTMENT_NAME') filters.push('department');
  // A regulation source finds the citing tasks in any mode: a mode is still checked.
  if ((given(q.regulation) && source !== 'REGULATION_ID' && source !== 'REGULATION_NAME') || given(q.citationMode)) filters.push('regulation');
  if (given(q.population) && source !== 'POPULATION') filters.push('population');
  if (given(q.initiative) && source !== 'INITIATIVE') filters.push('initiative');
  if (given(q.documentKind)) filters.push('documentKind');
  if (given(q.hasDeadline)) filters.push('hasDeadline');
  if (given(q.dueBefore)) filters.push('dueBefore');
  return filters;
}

const composedPages = new Map<string, string>();

/** The links a department source expands, per role: the types page.cypher lists, narrowed (see composePage). */
const ROLE_TYPES: Record<TaskRole, string> = { ANY: 'LEADS|SUPPORTS|INVOLVES', LEAD: 'LEADS', SUPPORT: 'SUPPORTS' };
const DEPARTMENT_EXPAND = `[r:${ROLE_TYPES.ANY}]`;

function composePage(source: TaskSource, filters: readonly string[], orderBy: TaskOrdering, role: TaskRole): string {
  const key = [source, orderBy, role, ...filters].join(' ');
  let text = composedPages.get(key);
  if (text === undefined) {
    const parts = loadCypherParts('read/task/page');
    const part = (name: string) => {
      const found = parts.get(name);
      if (found === undefined) throw new Error(`cypher/read/task/page.cypher has no part "${name}"`);
      return found;
    };
    // A department's tasks in one role expand that role's relationships only, which is the
    // source's whole role filter: the parameter $role cannot narrow an expand when the plan
    // is made, and expanding all three types read every SUPPORTS and INVOLVES of a
    // department asked for what it leads.
    const sourceText = part(`source ${source}`).replace(DEPARTMENT_EXPAND, `[r:${ROLE_TYPES[role]}]`);
    text = [
      sourceText,
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
 * cypher/read/task/page.cypher and their parameters.
 */
export function taskPageStatement(q: TaskQuery, orderBy: TaskOrdering, options: TaskPageOptions = {}): TaskPageStatement {
  const text = q.text == null ? null : toFulltextQuery(q.text);
  const source = options.source ?? candidateSource(q, text);
  return {
    cypher: composePage(source, filtersFor(q, source), orderBy, q.role ?? 'ANY'),
    params: {
      department: q.department ?? null,
      role: q.role ?? 'ANY',
      regulation: q.regulation ?? null,
      citationMode: q.citationMode ?? null,
      population: q.population ?? null,
      includeSubgroups: q.includeSubgroups ?? false,
      documentId: q.documentId ?? null,
      regions: q.region == null ? null : regionForms(q.region),
      year: q.year ?? null,
      initiative: q.initiative ?? null,
      leadSource: q.leadSource ?? null,
      documentKind: q.documentKind ?? null,
      hasDeadline: q.hasDeadline ?? null,
      dueBefore: q.dueBefore ?? null,
      text,
    },
    source,
  };
}

/** Where a task sits and who answers for it by default. */
export type TaskContextRow = { section: SectionRow | null; parent: TaskRow | null; organization: OrganizationRow | null };
/** A citation read from the task's side (the task is the parent). */
export type TaskCitationRow = { regulation: RegulationRow; mode: CitationMode; title: string; evidence: EvidenceRow };
export type TaskPopulationRow = { population: PopulationRow; mention: string; evidence: EvidenceRow };
export type TaskInitiativeRow = { initiative: InitiativeRow; evidence: EvidenceRow };
/** A task of the neighbouring plan joined by CONTINUES, how similar they read and the phrases both print. */
export type ContinuationRow = { task: TaskRow; similarity: number; phrases: string[] };

/** The departments in one role on a task: one file, the relationship type as its parameter. */
const roles = (type: 'LEADS' | 'SUPPORTS' | 'INVOLVES') => listRead<RoleRow>('read/task/roles', { type });

export const taskReads = {
  /** A page of tasks; with `embed`, also those batch lists for the page's tasks, in the same statement. */
  async page(reader: GraphReader, q: TaskQuery, orderBy: TaskOrdering, window: PageWindow, embed: readonly EmbeddedList[] = []): Promise<PageWithLists<TaskRow>> {
    const statement = taskPageStatement(q, orderBy);
    return readPageOrWithLists<TaskRow>(reader, statement.cypher, statement.params, window, embed);
  },
  context: listRead<TaskContextRow>('read/task/context'),
  subtasks: listRead<TaskRow>('read/task/subtasks'),
  leads: roles('LEADS'),
  supports: roles('SUPPORTS'),
  involves: roles('INVOLVES'),
  citations: listRead<TaskCitationRow>('read/task/citations'),
  populations: listRead<TaskPopulationRow>('read/task/populations'),
  indicators: listRead<IndicatorRow>('read/task/indicators'),
  deadlines: listRead<DeadlineRow>('read/task/deadlines'),
  initiatives: listRead<TaskInitiativeRow>('read/task/initiatives'),
  /** The previous plan's task it continues (at most one). */
  continues: listRead<ContinuationRow>('read/task/continues'),
  /** The next plan's task that continues it (at most one). */
  continuedBy: listRead<ContinuationRow>('read/task/continued-by'),
};
