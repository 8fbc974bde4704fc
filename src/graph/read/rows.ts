// Shapes the read layer returns. Nodes come back as property maps with their id,
// whose prefix names their label (graph/ids.ts): that is how the API tells types
// apart. Their properties are the model's (graph/model.ts); a projected read
// (read/projection.ts) brings only those the request asks for.
import type { EvidenceRow, NodeRowOf } from '../model.js';

export type { EvidenceRow };

/** Any node: its id and some of its properties. */
export interface NodeRow {
  id: string;
  [property: string]: unknown;
}

export type DocumentRow = NodeRowOf<'Document'>;
export type OrganizationRow = NodeRowOf<'Organization'>;
/** A department; an outside body is an Organization as well (its id says org_). */
export type DepartmentRow = NodeRowOf<'Department'> & Partial<NodeRowOf<'Organization'>>;
export type SectionRow = NodeRowOf<'Section'>;
export type TaskRow = NodeRowOf<'Task'>;
export type RegulationRow = NodeRowOf<'Regulation'>;
export type PopulationRow = NodeRowOf<'Population'>;
export type InitiativeRow = NodeRowOf<'Initiative'>;
/** An indicator or deadline read through its task carries the task's id and its HAS_… evidence. */
export type IndicatorRow = NodeRowOf<'Indicator'> & { taskId?: string; evidence?: EvidenceRow };
export type DeadlineRow = NodeRowOf<'Deadline'> & { taskId?: string; evidence?: EvidenceRow };

/** A department in a role on a task (LEADS, SUPPORTS, INVOLVES) and where the text says so. */
export interface RoleRow {
  department: DepartmentRow;
  evidence: EvidenceRow;
  /** The printed role word (牵头, 配合, 责任单位 …), when the text has one. */
  roleWord?: string | null;
}

/** A node with how many tasks reach it. */
export type Counted<T> = T & { taskCount: number };

/** One page of a list: the rows at [skip, skip + limit) of a stable ordering and the size of the whole list. */
export interface PageRow<T = NodeRow> {
  totalCount: number;
  items: T[];
}

export interface PageWindow {
  skip: number;
  limit: number;
  /**
   * False when nobody reads the list's size: the ordering stops after skip + limit + 1
   * items (a top-N sort, not a sort of every match), which still tells whether a next
   * page exists; the row's totalCount is then the size of that prefix.
   */
  counted?: boolean;
}
