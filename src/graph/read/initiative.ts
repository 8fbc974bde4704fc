// Reads of named programmes.
import type { GraphReader } from '../reader.js';
import { pageRead } from './batch.js';
import { readPage } from './page.js';
import type { InitiativeRow, PageWindow, TaskRow } from './rows.js';

export type InitiativeFilter = { nameContains?: string | null };

export const initiativeReads = {
  page: (reader: GraphReader, f: InitiativeFilter, w: PageWindow) => readPage<InitiativeRow>(reader, 'read/initiative/page', { nameContains: f.nameContains ?? null }, w),
  tasks: pageRead<TaskRow>('read/initiative/tasks'),
};
