// Enums shared by several types. Values are the strings stored in the graph.
import { registerEnumType } from 'type-graphql';

export enum LeadSource {
  EXPLICIT = 'EXPLICIT',
  ISSUER = 'ISSUER',
}
registerEnumType(LeadSource, {
  name: 'LeadSource',
  description: 'Who answers for a task: a lead department named in the text, or by default the issuing bureau.',
  valuesConfig: {
    EXPLICIT: { description: 'The text names the lead department(s) (牵头科室 …).' },
    ISSUER: { description: 'No lead is named: the issuing bureau is accountable by default.' },
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
