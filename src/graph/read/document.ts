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

/** A slice of a document's text; `whole` when the read returned all of it (characters beyond the BMP: offsets are UTF-16 units, Cypher's code points). */
export interface DocumentTextRow {
  length: number;
  text: string;
  whole: boolean;
}

/** A document as `kg delete` names it. */
export interface DocumentNameRow {
  id: string;
  title: string;
  source: string;
}

export const documentReads = {
  /** Documents read from a file of this name (their current file or one of their versions'). */
  bySource: (reader: GraphReader, source: string) =>
    // A version is JSON {sha256, source, ingestedAt} (graph/ingest.ts): its source is `"source":<name>,`.
    reader.read<DocumentNameRow>('read/document/by-source', { source, versionSource: `"source":${JSON.stringify(source)},` }),
  page: (reader: GraphReader, f: DocumentFilter, w: PageWindow) =>
    readPage<DocumentRow>(
      reader,
      'read/document/page',
      { titleContains: f.titleContains ?? null, kind: f.kind ?? null, region: f.region ?? null, year: f.year ?? null, organization: f.organization ?? null },
      w,
    ),
  organization: listRead<OrganizationRow>('read/document/organization'),
  /** A slice of the normalized text (`whole`: the text came whole, to be sliced by the caller) and its length. */
  text: listRead<DocumentTextRow, { offset: number; length: number }>('read/document/text'),
  /** The map to the original file, as stored (JSON of src/formats' Origin). */
  origin: listRead<{ origin: string | null }>('read/document/origin'),
  /** Versions as stored: JSON {sha256, source, ingestedAt}, oldest first. */
  versions: listRead<string>('read/document/versions'),
  sections: listRead<SectionRow>('read/document/sections'),
  /** Every task, sub-tasks included, in reading order. */
  tasks: pageRead<TaskRow>('read/document/tasks'),
};
