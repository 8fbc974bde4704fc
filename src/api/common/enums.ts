// Enums shared by several types. Values are the strings stored in the graph.
import { registerEnumType } from 'type-graphql';

export enum LeadSource {
  EXPLICIT = 'EXPLICIT',
  SUBTASKS = 'SUBTASKS',
  ISSUER = 'ISSUER',
}
registerEnumType(LeadSource, {
  name: 'LeadSource',
  description: "Who answers for a task: a lead named in its text, its sub-tasks' leads, or by default the issuing bureau.",
  valuesConfig: {
    EXPLICIT: { description: 'Its own text names the lead department(s) (牵头科室 …).' },
    SUBTASKS: { description: "Its own text names no lead, its sub-tasks' (any depth) do: it is led through them (the union of their leads)." },
    ISSUER: { description: 'No lead is named, nor by any sub-task: the issuing bureau is accountable by default.' },
  },
});

export enum IssuerSource {
  FIELD = 'FIELD',
  SIGNATURE = 'SIGNATURE',
  TITLE = 'TITLE',
  COVER_LETTER = 'COVER_LETTER',
  INFERRED = 'INFERRED',
  GIVEN = 'GIVEN',
}
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

export enum CitationMode {
  DRAFTS = 'DRAFTS',
  REVISES = 'REVISES',
  IMPLEMENTS = 'IMPLEMENTS',
  REFERENCES = 'REFERENCES',
}
registerEnumType(CitationMode, {
  name: 'CitationMode',
  description: 'How a task cites a regulation: 制定/出台 (DRAFTS), 修订 (REVISES), 贯彻/落实/依据 (IMPLEMENTS), otherwise REFERENCES.',
});

export enum DepartmentKind {
  INTERNAL = 'INTERNAL',
  SUBORDINATE = 'SUBORDINATE',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(DepartmentKind, {
  name: 'DepartmentKind',
  description: "INTERNAL: a unit of the bureau (科室); SUBORDINATE: a body under it (各县(市、区)民政局, 直属单位); EXTERNAL: an outside agency.",
});

export enum DocumentKind {
  WORK_PLAN = 'WORK_PLAN',
  ARTICLE = 'ARTICLE',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

export enum RegulationKind {
  LAW = 'LAW',
  REGULATION = 'REGULATION',
  RULE = 'RULE',
  OPINION = 'OPINION',
  PLAN = 'PLAN',
  STANDARD = 'STANDARD',
  GUIDELINE = 'GUIDELINE',
  OTHER = 'OTHER',
}
registerEnumType(RegulationKind, { name: 'RegulationKind' });

export enum Jurisdiction {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  MUNICIPAL = 'MUNICIPAL',
}
registerEnumType(Jurisdiction, { name: 'Jurisdiction' });

export enum RoleFilter {
  LEAD = 'LEAD',
  SUPPORT = 'SUPPORT',
  ANY = 'ANY',
}
registerEnumType(RoleFilter, {
  name: 'RoleFilter',
  description: 'Which link between a department and a task counts: LEADS, SUPPORTS, or either.',
});
