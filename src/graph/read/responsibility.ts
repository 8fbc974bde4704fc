// Who answers for what: a task's responsibility chain, and the accountability
// for everything that cites a regulation or serves a population.
import type { GraphReader } from '../reader.js';
import type { CitationMode } from '../model.js';
import type { DepartmentRow, DocumentRow, EvidenceRow, OrganizationRow, PopulationRow, SectionRow, TaskRow } from './rows.js';

export interface ChainRoleRow {
  department: DepartmentRow;
  organization: OrganizationRow | null;
  evidence: EvidenceRow;
  /** The printed role word (牵头, 配合, 责任单位 …), when the text has one. */
  roleWord?: string | null;
}

/** A lead named by a sub-task of a task led through its sub-tasks: which sub-task, and the tasks down to it. */
export interface SubtaskRoleRow extends ChainRoleRow {
  subtask: TaskRow;
  /** From the task's child down to the sub-task itself. */
  line: TaskRow[];
}

export interface ChainRow {
  task: TaskRow;
  document: DocumentRow;
  section: SectionRow | null;
  /** Parent tasks from the top-level task down to the direct parent. */
  ancestors: TaskRow[];
  leads: ChainRoleRow[];
  /** For leadSource SUBTASKS: the leads its sub-tasks (any depth) name, in reading order. */
  subtaskLeads: SubtaskRoleRow[];
  supports: ChainRoleRow[];
  issuer: OrganizationRow | null;
  /** Where the issuer was read (FIELD, SIGNATURE, TITLE, COVER_LETTER, INFERRED, GIVEN). */
  issuerSource: string | null;
  /** The issuer as printed, when it is. */
  issuerEvidence: EvidenceRow | null;
  /** The bureau that owns the task by default (it names no lead), else null. */
  defaultOwner: OrganizationRow | null;
}

export async function responsibilityChain(reader: GraphReader, taskId: string): Promise<ChainRow | null> {
  // Projected: what api/resolvers/chain-links.ts builds the links from is in the projection's FIELD_NEEDS (api/request/projection.ts).
  const [row] = await reader.read<ChainRow>('read/responsibility/chain', { taskId }, { projected: true });
  return row ?? null;
}

export const RESPONSIBILITY_ROLES = ['LEAD', 'SUBTASK_LEAD', 'SUPPORT', 'DEFAULT_OWNER'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

export interface AccountabilityGroupRow {
  /** Null for a bureau's group of tasks it owns by default. */
  department: DepartmentRow | null;
  organization: OrganizationRow | null;
  leadCount: number;
  subtaskLeadCount: number;
  supportCount: number;
  defaultCount: number;
  tasks: Array<{
    task: TaskRow;
    role: ResponsibilityRole;
    evidence: EvidenceRow | null;
    /** Its citations of the regulation asked about (one per mode), first printed first. */
    citations: Array<{ mode: CitationMode; title: string; evidence: EvidenceRow }>;
    /** Where it names the population asked about (or, with includeSubgroups, a subgroup). */
    populations: Array<{ population: PopulationRow; mention: string; evidence: EvidenceRow }>;
  }>;
}

export interface AccountabilityRow {
  taskCount: number;
  groups: AccountabilityGroupRow[];
}

export async function accountability(
  reader: GraphReader,
  subject: { regulationId: string | null; populationId: string | null; includeSubgroups: boolean },
): Promise<AccountabilityRow> {
  const [row] = await reader.read<AccountabilityRow>('read/responsibility/accountability', subject);
  return row ?? { taskCount: 0, groups: [] };
}
