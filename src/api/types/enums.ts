// The API's enums. Their values are declared once, by the graph model (values
// stored in the graph, graph/model.ts) or by the read they parameterise
// (graph/read/*.ts); here they only get their GraphQL names and descriptions.
import { registerEnumType } from 'type-graphql';
import { CITATION_MODES, DEPARTMENT_KINDS, DOCUMENT_KINDS, INDICATOR_KINDS, ISSUER_SOURCES, JURISDICTIONS, LEAD_SOURCES, REGULATION_KINDS } from '../../graph/model.js';
import { DEADLINE_STATUSES } from '../../graph/read/promise.js';
import { TASK_ROLES } from '../../graph/read/task.js';

/** A TypeScript-enum-like object ({LEAD: 'LEAD', …}) of a list of values, as registerEnumType takes it. */
export function enumOf<const V extends readonly string[]>(values: V): { readonly [K in V[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in V[number]]: K };
}
type ValueOf<E> = E[keyof E];

export const LeadSource = enumOf(LEAD_SOURCES);
export type LeadSource = ValueOf<typeof LeadSource>;
registerEnumType(LeadSource, {
  name: 'LeadSource',
  description: "Who answers for a task: a lead named in its text, its sub-tasks' leads, or by default the issuing bureau.",
  valuesConfig: {
    EXPLICIT: { description: 'Its own text names the lead department(s) (牵头科室 …).' },
    SUBTASKS: { description: "Its own text names no lead, its sub-tasks' (any depth) do: it is led through them (the union of their leads)." },
    ISSUER: { description: 'No lead is named, nor by any sub-task: the issuing bureau is accountable by default.' },
  },
});

export const IssuerSource = enumOf(ISSUER_SOURCES);
export type IssuerSource = ValueOf<typeof IssuerSource>;
registerEnumType(IssuerSource, {
  name: 'IssuerSource',
  description: "Where a document's issuer was read from.",
  valuesConfig: {
    FIELD: { description: 'A 发文机关 / 发布机构 metadata line.' },
    SIGNATURE: { description: 'The signature: the organ on its own line above the date.' },
    TITLE: { description: 'The title line: 广州市人民政府办公厅关于印发…的通知, 汕尾市民政局2024年工作要点.' },
    COVER_LETTER: { description: "The cover letter's header (广州市民政局文件) or an organ alone on a line of the front matter." },
    INFERRED: { description: 'No line names it: composed from what the text names (the city whose 民政 it is about).' },
    GIVEN: { description: 'Given with the file by whoever loaded it (ingestDocument metadata).' },
  },
});

export const CitationMode = enumOf(CITATION_MODES);
export type CitationMode = ValueOf<typeof CitationMode>;
registerEnumType(CitationMode, {
  name: 'CitationMode',
  description: 'How a task cites a regulation: 制定/出台 (DRAFTS), 修订 (REVISES), 贯彻/落实/依据 (IMPLEMENTS), otherwise REFERENCES.',
});

export const DepartmentKind = enumOf(DEPARTMENT_KINDS);
export type DepartmentKind = ValueOf<typeof DepartmentKind>;
registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: "INTERNAL: a unit of the bureau (科室); SUBORDINATE: a body under it (各县(市、区)民政局, 直属单位); EXTERNAL: an outside agency.",
});

export const DocumentKind = enumOf(DOCUMENT_KINDS);
export type DocumentKind = ValueOf<typeof DocumentKind>;
registerEnumType(DocumentKind, { name: 'DocumentKind' });

export const RegulationKind = enumOf(REGULATION_KINDS);
export type RegulationKind = ValueOf<typeof RegulationKind>;
registerEnumType(RegulationKind, { name: 'RegulationKind' });

export const Jurisdiction = enumOf(JURISDICTIONS);
export type Jurisdiction = ValueOf<typeof Jurisdiction>;
registerEnumType(Jurisdiction, { name: 'Jurisdiction' });

export const RoleFilter = enumOf(TASK_ROLES);
export type RoleFilter = ValueOf<typeof RoleFilter>;
registerEnumType(RoleFilter, {
  name: 'RoleFilter',
  description: 'Which link between a department and a task counts.',
  valuesConfig: {
    LEAD: { description: 'The department leads the task (LEADS).' },
    SUPPORT: { description: 'The department supports the task (SUPPORTS).' },
    ANY: {
      description:
        'Either; where tasks are listed (tasks, Department.tasks), also a task that names the department as an outside agency it works with (INVOLVES).',
    },
  },
});

export const IndicatorKind = enumOf(INDICATOR_KINDS);
export type IndicatorKind = ValueOf<typeof IndicatorKind>;
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'Whether a figure is promised or reported: only targets are promises.',
  valuesConfig: {
    TARGET: { description: 'A promise: 新增床位500张, 至少建成12个, 力争…达到….' },
    ACHIEVED: { description: 'A reported result: 发放低保金5.38亿元, 累计建成…, 已…, a 进展情况 cell.' },
  },
});

export const DeadlineStatus = enumOf(DEADLINE_STATUSES);
export type DeadlineStatus = ValueOf<typeof DeadlineStatus>;
registerEnumType(DeadlineStatus, {
  name: 'DeadlineStatus',
  description: "Where a deadline stands on a day (asOf): the supervisor's traffic light.",
  valuesConfig: {
    OPEN: { description: 'Dated after the DUE_SOON window.' },
    DUE_SOON: { description: 'Dated from asOf to dueSoonDays days after it (both included).' },
    OVERDUE: { description: 'Dated before asOf.' },
    UNDATED: { description: 'The text gives no fixed date (长期坚持, 持续推进).' },
  },
});

