// Reads of organizations (issuing bureaus and outside bodies).
import type { GraphReader } from '../reader.js';
import { listRead } from './batch.js';
import { regionForms } from './name.js';
import { readPage } from './page.js';
import type { DepartmentRow, DocumentRow, OrganizationRow, PageWindow } from './rows.js';

export type OrganizationFilter = {
  nameContains?: string | null;
  region?: string | null;
  level?: string | null;
};

export const organizationReads = {
  page: (reader: GraphReader, f: OrganizationFilter, w: PageWindow) =>
    readPage<OrganizationRow>(reader, 'read/organization/page', { nameContains: f.nameContains ?? null, regions: f.region == null ? null : regionForms(f.region), level: f.level ?? null }, w),
  /** Its own departments by name. */
  departments: listRead<DepartmentRow>('read/organization/departments'),
  /** Documents it issued, newest first. */
  documents: listRead<DocumentRow>('read/organization/documents'),
  // The tasks an outside body leads or supports are departmentReads.tasks (its org_ id is its Department id).
};
