// Reads of documents: the `documents` list, a document's bureau, chapters and tasks.
import type { DocumentKind } from '../model.js';
import type { GraphReader } from '../reader.js';
import { listRead, pageRead } from './batch.js';
import { readPage } from './page.js';
import type { DocumentRow, OrganizationRow, PageWindow, SectionRow, TaskRow } from './rows.js';

export type DocumentFilter = {
  titleContains?: string | null;
  kind?: DocumentKind | null;
  region?: string | null;
  year?: number | null;
  /** An Organization id or name. */
  organization?: string | null;
};

export const documentReads = {
  page: (reader: GraphReader, f: DocumentFilter, w: PageWindow) =>
    readPage<DocumentRow>(
      reader,
      'read/document/page',
      { titleContains: f.titleContains ?? null, kind: f.kind ?? null, region: f.region ?? null, year: f.year ?? null, organization: f.organization ?? null },
      w,
    ),
  organization: listRead<OrganizationRow>('read/document/organization'),
  sections: listRead<SectionRow>('read/document/sections'),
  /** Every task, sub-tasks included, in reading order. */
  tasks: pageRead<TaskRow>('read/document/tasks'),
};
