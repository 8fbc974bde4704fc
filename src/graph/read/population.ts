// Reads of populations: the taxonomy around one and the work that serves it.
import type { GraphReader } from '../reader.js';
import { listRead, pageRead } from './batch.js';
import { readPage } from './page.js';
import type { Counted, DepartmentRow, PageWindow, PopulationRow, TaskRow } from './rows.js';

export type PopulationFilter = { nameContains?: string | null };

export const populationReads = {
  page: (reader: GraphReader, f: PopulationFilter, w: PageWindow) => readPage<PopulationRow>(reader, 'read/population/page', { nameContains: f.nameContains ?? null }, w),
  parents: listRead<PopulationRow>('read/population/parents'),
  subgroups: listRead<PopulationRow>('read/population/subgroups'),
  /** Every broader group, nearest first. */
  ancestors: listRead<PopulationRow>('read/population/ancestors'),
  tasks: pageRead<TaskRow, { includeSubgroups: boolean }>('read/population/tasks'),
  /** Departments leading the tasks that serve it, most tasks first. */
  departments: listRead<Counted<DepartmentRow>, { includeSubgroups: boolean }>('read/population/departments'),
};
