// Reads of regulations: who cites one, how, and who leads that work.
import type { CitationMode, Jurisdiction, LeadsCitingCount, RegulationKind } from '../model.js';
import type { GraphReader } from '../reader.js';
import { listRead, pageRead } from './batch.js';
import type { EmbeddedList } from './embedded.js';
import { loadCypher } from '../cypher.js';
import { readPageOrWithLists } from './page.js';
import type { Counted, DepartmentRow, EvidenceRow, PageWindow, RegulationRow, TaskRow } from './rows.js';

export type RegulationFilter = {
  nameContains?: string | null;
  /** Any of these kinds. */
  kind?: readonly RegulationKind[] | null;
  jurisdiction?: Jurisdiction | null;
};

/** A citation read from the regulation's side: the citing task (the regulation is the parent). */
export type RegulationCitationRow = { task: TaskRow; mode: CitationMode; title: string; evidence: EvidenceRow };

type ModeArgs = { mode: CitationMode | null };
/** Which of LEADS_CITING's counts (model.ts leadsCitingCount: a mode's, or any mode's). */
type CountArgs = { countKey: LeadsCitingCount };

export const regulationReads = {
  /** A page of regulations; with `embed`, also those batch lists for the page's regulations, in the same statement. */
  page: (reader: GraphReader, f: RegulationFilter, w: PageWindow, embed: readonly EmbeddedList[] = []) =>
    readPageOrWithLists<RegulationRow>(
      reader,
      loadCypher('read/regulation/page'),
      { nameContains: f.nameContains ?? null, kind: f.kind ?? null, jurisdiction: f.jurisdiction ?? null },
      w,
      embed,
    ),
  citations: listRead<RegulationCitationRow, ModeArgs>('read/regulation/citations'),
  tasks: pageRead<TaskRow, ModeArgs>('read/regulation/tasks'),
  implements: listRead<RegulationRow>('read/regulation/implements'),
  implementedBy: listRead<RegulationRow>('read/regulation/implemented-by'),
  /** Departments leading the tasks that cite it, most first, the first `first` (null: all); from the derived LEADS_CITING. */
  departments: listRead<Counted<DepartmentRow>, CountArgs & { first: number | null }>('read/regulation/departments'),
  /** How many departments lead tasks citing it (a one-item list, the batch contract). */
  departmentCount: listRead<number, CountArgs>('read/regulation/department-count'),
};
