// The extracted document: what `extract` produces from one source file and what
// `graph` writes. Every offset is into the *normalized* text (see normalize.ts),
// end exclusive, so `text.slice(start, end) === mention` always holds.

export interface Span {
  start: number;
  end: number;
}

/** Why we believe a relationship: where in the normalized text, and the sentence that says so. */
export interface Evidence extends Span {
  sentence: string;
  sentenceStart: number;
}

export const DOCUMENT_KINDS = ['WORK_PLAN', 'ARTICLE'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Where a document's issuer was read from: a 发文机关/发布机构 metadata line (FIELD),
 * the signature above the date (SIGNATURE), the title line (广州市人民政府办公厅关于印发…的通知,
 * 汕尾市民政局2024年工作要点: TITLE), the cover letter's header or organ line
 * (COVER_LETTER), composed from what the text names (INFERRED: a city's 市民政局), or
 * given by the caller with the file (GIVEN: ingestDocument's metadata).
 */
export const ISSUER_SOURCES = ['FIELD', 'SIGNATURE', 'TITLE', 'COVER_LETTER', 'INFERRED', 'GIVEN'] as const;
export type IssuerSource = (typeof ISSUER_SOURCES)[number];

export interface DocumentMeta {
  title: string;
  /** true when the document prints no title and we composed one (汕尾's plan). */
  titleDerived: boolean;
  issuer: string | null;
  /** Where the issuer was read: null when there is no issuer. */
  issuerSource: IssuerSource | null;
  /** The issuer as printed (offsets of that slice and its sentence/line); null when not printed verbatim. */
  issuerEvidence: Evidence | null;
  docNumber: string | null;
  /** ISO date (yyyy-mm-dd) the document was signed or published, when printed. */
  publishedAt: string | null;
  year: number | null;
  region: string | null;
  kind: DocumentKind;
}

export const DEPARTMENT_KINDS = ['INTERNAL', 'SUBORDINATE', 'EXTERNAL'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface DepartmentMention {
  /** Canonical name within its bureau (慈善和社工科 → 慈善事业促进和社会工作科). */
  name: string;
  /** Exact substring of the normalized text. */
  mention: string;
  kind: DepartmentKind;
  /** The printed word that gives the role (牵头, 配合, 责任单位, 落实…); null for agencies named in running text. */
  roleWord: string | null;
  evidence: Evidence;
}

export const CITATION_MODES = ['DRAFTS', 'REVISES', 'IMPLEMENTS', 'REFERENCES'] as const;
export type CitationMode = (typeof CITATION_MODES)[number];
export const REGULATION_KINDS = ['LAW', 'REGULATION', 'RULE', 'OPINION', 'PLAN', 'STANDARD', 'GUIDELINE', 'OTHER'] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];
export const JURISDICTIONS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export interface RegulationCitation {
  /** The title as printed between 《》 (nested 〈〉/<> kept as printed). */
  title: string;
  /** Canonical title: back-references and short names resolved (《慈善法》 → 中华人民共和国慈善法). */
  name: string;
  mode: CitationMode;
  kind: RegulationKind;
  jurisdiction: Jurisdiction | null;
  /** Canonical name of the regulation this one implements (《福建省实施<X>办法》 → X). */
  implements: string | null;
  evidence: Evidence;
}

export interface PopulationMention {
  /** Canonical name: a taxonomy entry (data/populations.json) or a compound read by grammar (散居孤儿). */
  name: string;
  mention: string;
  /** Direct SUBGROUP_OF parents by canonical name (散居孤儿 → [孤儿]); a compound's parent may be a compound itself. */
  parents: string[];
  evidence: Evidence;
}

export const COMPARATORS = ['≥', '=', '≤', '>', '<'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/**
 * TARGET: a figure the document promises (新增床位500张, 至少建成12个); ACHIEVED: a figure it
 * reports as done or standing (累计建成…, 已…, 今年以来…, a 进展情况 cell, an article's
 * narrative). Only targets are promises.
 */
export const INDICATOR_KINDS = ['TARGET', 'ACHIEVED'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface Indicator {
  kind: IndicatorKind;
  value: number;
  unit: string;
  comparator: Comparator;
  /** What is counted, e.g. 普惠型养老床位; null when the sentence does not say. */
  subject: string | null;
  /** The phrase that states the promise, exact substring of the normalized text. */
  text: string;
  evidence: Evidence;
}

export interface Deadline {
  text: string;
  /** ISO date of the deadline's last day when it can be fixed (2024年底前 → 2024-12-31). */
  date: string | null;
  evidence: Evidence;
}

export interface InitiativeMention {
  name: string;
  mention: string;
  evidence: Evidence;
}

/**
 * Who leads a task: departments its own text names (EXPLICIT); else the leads its
 * sub-tasks name, at any depth (SUBTASKS: the task's own `leads` stay empty); else
 * the issuing bureau by default (ISSUER).
 */
export const LEAD_SOURCES = ['EXPLICIT', 'SUBTASKS', 'ISSUER'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export interface ExtractedSection {
  number: string;
  title: string;
  order: number;
  span: Span;
}

export interface ExtractedTask {
  /** The label as printed after normalization: "1.", "(一)", "①", or "一是" / "¶3" for narrative measures. */
  number: string;
  /** Labels from the chapter down to this task: ["二", "(六)", "1."]. */
  path: string[];
  title: string;
  /** The task's own text (without its sub-tasks), from its label up to the next item. */
  text: string;
  /** Position among all tasks of the document, 0-based, in reading order. */
  order: number;
  /** 1 for a task directly under a chapter (or top level), 2 for its sub-tasks, … */
  depth: number;
  span: Span;
  leadSource: LeadSource;
  leads: DepartmentMention[];
  supports: DepartmentMention[];
  agencies: DepartmentMention[];
  regulations: RegulationCitation[];
  populations: PopulationMention[];
  indicators: Indicator[];
  deadlines: Deadline[];
  initiatives: InitiativeMention[];
}

export interface ExtractedDocument {
  /** File name the text came from, for messages; not part of the identity. */
  source: string;
  /** sha256 of the original bytes. */
  sha256: string;
  /** The normalized text every offset refers to. */
  text: string;
  document: DocumentMeta;
  sections: ExtractedSection[];
  tasks: ExtractedTask[];
  /** Things a reader should know (a derived title, an unparsed annotation), never fatal. */
  warnings: string[];
  /** Where the normalized text sits in the original file (PDF page and line, Word paragraph or cell, sheet cell, text line): set by src/formats' extractFile. */
  origin?: import('../formats/position.js').Origin;
}
