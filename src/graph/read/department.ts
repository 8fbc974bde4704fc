// Reads of departments: the `departments` list and what a department's work reaches.
import type { CitationMode, DepartmentKind } from '../model.js';
import type { GraphReader } from '../reader.js';
import { listRead, pageRead } from './batch.js';
import { readPage } from './page.js';
import type { DepartmentRow, OrganizationRow, PageWindow, PopulationRow, RegulationRow, TaskRow } from './rows.js';
import type { TaskRole } from './task.js';

export type DepartmentFilter = {
  nameContains?: string | null;
  kind?: DepartmentKind | null;
  /** An Organization id or name. */
  organization?: string | null;
};

export type WorkloadCounts = { led: number; supported: number; involved: number };

export const departmentReads = {
  page: (reader: GraphReader, f: DepartmentFilter, w: PageWindow) =>
    readPage<DepartmentRow>(reader, 'read/department/page', { nameContains: f.nameContains ?? null, kind: f.kind ?? null, organization: f.organization ?? null }, w),
  /** Its bureau (none for an outside agency). */
  organization: listRead<OrganizationRow>('read/department/organization'),
  /** Tasks it (or an outside body, by its org_ id) leads, supports or either (ANY: or is involved in), by document then reading order. */
  tasks: pageRead<TaskRow, { role: TaskRole }>('read/department/tasks'),
  /** Regulations cited by the tasks it leads/supports (role), optionally in one mode; most-cited first. */
  regulations: listRead<{ regulation: RegulationRow; taskCount: number; modes: CitationMode[] }, { role: TaskRole; mode: CitationMode | null }>(
    'read/department/regulations',
  ),
  /** Populations its tasks serve, most tasks first. */
  populations: listRead<{ population: PopulationRow; taskCount: number }>('read/department/populations'),
  workload: listRead<WorkloadCounts>('read/department/workload'),
};
