// Reads of a chapter.
import { listRead } from './batch.js';
import type { TaskRow } from './rows.js';

export const sectionReads = {
  /** Top-level tasks of the chapter in reading order. */
  tasks: listRead<TaskRow>('read/section/tasks'),
};
