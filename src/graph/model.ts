// The graph's shape, declared once: each node label with its id prefix and the
// properties ingestion stores on it, each relationship type with its ends and
// properties. What derives from it: the ids (ids.ts), the ingest rows
// (document-graph.ts), the properties a projection may read (read/projection.ts),
// the typed rows the reads return (read/*.ts), and the API's enums and the
// property lists its object types are checked against (api/types). The values of
// the enums are the extraction contract's (extract/types.ts): one vocabulary from
// the text to the API.
import {
  CITATION_MODES,
  COMPARATORS,
  DEPARTMENT_KINDS,
  DOCUMENT_KINDS,
  INDICATOR_KINDS,
  ISSUER_SOURCES,
  JURISDICTIONS,
  LEAD_SOURCES,
  REGULATION_KINDS,
  type CitationMode,
} from '../extract/types.js';

export type { CitationMode, Comparator, DepartmentKind, DocumentKind, IndicatorKind, IssuerSource, Jurisdiction, LeadSource, RegulationKind } from '../extract/types.js';
export { CITATION_MODES, COMPARATORS, DEPARTMENT_KINDS, DOCUMENT_KINDS, INDICATOR_KINDS, ISSUER_SOURCES, JURISDICTIONS, LEAD_SOURCES, REGULATION_KINDS };

/** A stored property: its type travels in the phantom `value`, the rest is what code can ask at run time. */
export interface Property<T> {
  /** The stored value's type, for code that writes it out (the exports' attribute types). */
  readonly type: PropertyType;
  readonly nullable: boolean;
  /** For enum-valued properties: every value the graph may hold. */
  readonly values?: readonly string[];
  /** false for what is stored but never read back (a document's whole text). */
  readonly readable: boolean;
  readonly value?: T;
}

export type PropertyType = 'string' | 'int' | 'float' | 'boolean' | 'string[]';

const property = <T>(type: PropertyType, nullable = false, values?: readonly string[]): Property<T> => ({ type, nullable, readable: true, ...(values ? { values } : {}) });
const string = property<string>('string');
const int = property<number>('int');
const float = property<number>('float');
const boolean = property<boolean>('boolean');
const strings = property<string[]>('string[]');
const oneOf = <V extends readonly string[]>(values: V): Property<V[number]> => property<V[number]>('string', false, values);
const nullable = <T>(p: Property<T>): Property<T | null> => ({ ...p, nullable: true }) as Property<T | null>;
const unread = <T>(p: Property<T>): Property<T> => ({ ...p, readable: false });

type Properties = Record<string, Property<unknown>>;
/** The row type of a property list. */
export type RowOf<P extends Properties> = { [K in keyof P]: P[K] extends Property<infer T> ? T : never };

/** Where a relationship was read from: stored on every relationship the text states. */
export const EVIDENCE = { documentId: string, start: int, end: int, sentence: string, mention: string } as const;

export const NODES = {
  Document: {
    prefix: 'doc',
    properties: {
      source: string,
      sha256: string,
      title: string,
      titleDerived: boolean,
      issuer: nullable(string),
      issuerSource: nullable(oneOf(ISSUER_SOURCES)),
      docNumber: nullable(string),
      publishedAt: nullable(string),
      year: nullable(int),
      region: nullable(string),
      kind: oneOf(DOCUMENT_KINDS),
      /** sha256 of the ingest rows but what only names the file (source, sha256, origin): equal hashes mean nothing to write. */
      contentHash: string,
      /** The normalized text every offset points into; reads never return it whole (read/document/text reads a slice). */
      text: unread(string),
      /** Length of the normalized text in UTF-16 code units (the unit of every offset). */
      textLength: int,
      /** sha256 of the normalized text: a new version of the document is a new text. */
      textSha256: string,
      /**
       * Where the normalized text sits in the original file (src/formats' Origin as JSON:
       * segments of normalized offsets with their page/line, paragraph, table cell, sheet
       * cell or line/column); null when the text came without a map. Read by read/document/origin.
       */
      origin: unread(nullable(string)),
      /** Each distinct text this document has had, oldest first: JSON {sha256, source, ingestedAt}. Read by read/document/versions. */
      versions: unread(strings),
    },
  },
  Organization: {
    prefix: 'org',
    // An outside body that leads or supports is an Organization and a Department (kind, aliases) at once.
    properties: { name: string, region: nullable(string), level: nullable(string), kind: nullable(oneOf(DEPARTMENT_KINDS)) },
  },
  Department: { prefix: 'dept', properties: { name: string, kind: oneOf(DEPARTMENT_KINDS), aliases: strings } },
  Section: { prefix: 'sec', properties: { documentId: string, number: string, title: string, order: int, start: int, end: int } },
  Task: {
    prefix: 'task',
    properties: {
      documentId: string,
      number: string,
      path: strings,
      title: string,
      text: string,
      order: int,
      depth: int,
      start: int,
      end: int,
      leadSource: oneOf(LEAD_SOURCES),
      year: nullable(int),
      region: nullable(string),
    },
  },
  Regulation: {
    prefix: 'reg',
    properties: { name: string, title: string, kind: oneOf(REGULATION_KINDS), jurisdiction: nullable(oneOf(JURISDICTIONS)), aliases: strings },
  },
  Population: { prefix: 'pop', properties: { name: string, aliases: strings } },
  Indicator: {
    prefix: 'ind',
    properties: {
      documentId: string,
      value: float,
      unit: string,
      comparator: oneOf(COMPARATORS),
      subject: nullable(string),
      text: string,
      /** TARGET: a promise; ACHIEVED: a reported result. */
      kind: oneOf(INDICATOR_KINDS),
    },
  },
  /** date: the ISO day (yyyy-mm-dd) the text's deadline ends on, when it can be fixed. */
  Deadline: { prefix: 'ddl', properties: { documentId: string, text: string, date: nullable(string) } },
  Initiative: { prefix: 'ini', properties: { name: string } },
} as const satisfies Record<string, { prefix: string; properties: Properties }>;

export type NodeLabel = keyof typeof NODES;
export const NODE_LABELS = Object.keys(NODES) as NodeLabel[];
export const isNodeLabel = (name: unknown): name is NodeLabel => typeof name === 'string' && name in NODES;

/** A node's stored properties (what ingestion writes). */
export type NodeProperties<L extends NodeLabel> = RowOf<(typeof NODES)[L]['properties']>;
/** A node as the reads return it: its id and what it stores (a projected read brings only what the request asks). */
export type NodeRowOf<L extends NodeLabel> = { id: string } & NodeProperties<L>;
export type EvidenceRow = RowOf<typeof EVIDENCE>;

const withEvidence = <P extends Properties>(p: P) => ({ ...EVIDENCE, ...p });

export const RELATIONSHIPS = {
  ISSUED_BY: {
    from: 'Document',
    to: 'Organization',
    // The issuer's evidence when printed (documentId and source always).
    properties: { documentId: string, source: nullable(oneOf(ISSUER_SOURCES)), start: nullable(int), end: nullable(int), sentence: nullable(string), mention: nullable(string) },
  },
  HAS_SECTION: { from: 'Document', to: 'Section', properties: {} },
  HAS_TASK: { from: 'Document|Section', to: 'Task', properties: {} },
  HAS_SUBTASK: { from: 'Task', to: 'Task', properties: {} },
  /** A bureau answering by default for a task that names no lead (leadSource ISSUER). */
  ACCOUNTABLE_FOR: { from: 'Organization', to: 'Task', properties: { documentId: string } },
  PART_OF: { from: 'Department', to: 'Organization', properties: {} },
  LEADS: { from: 'Department', to: 'Task', properties: withEvidence({ roleWord: nullable(string) }) },
  SUPPORTS: { from: 'Department', to: 'Task', properties: withEvidence({ roleWord: nullable(string) }) },
  INVOLVES: { from: 'Task', to: 'Department', properties: EVIDENCE },
  CITES: { from: 'Task', to: 'Regulation', properties: withEvidence({ mode: oneOf(CITATION_MODES), title: string }) },
  IMPLEMENTS: { from: 'Regulation', to: 'Regulation', properties: {} },
  TARGETS: { from: 'Task', to: 'Population', properties: EVIDENCE },
  SUBGROUP_OF: { from: 'Population', to: 'Population', properties: {} },
  HAS_INDICATOR: { from: 'Task', to: 'Indicator', properties: EVIDENCE },
  HAS_DEADLINE: { from: 'Task', to: 'Deadline', properties: EVIDENCE },
  PART_OF_INITIATIVE: { from: 'Task', to: 'Initiative', properties: EVIDENCE },
  /**
   * A task of a work plan continuing a task of the same issuer's previous plan
   * (graph/continuity.ts): how similar they read and the phrases both print.
   */
  CONTINUES: { from: 'Task', to: 'Task', properties: { documentId: string, fromDocumentId: string, similarity: float, phrases: strings } },
} as const satisfies Record<string, { from: string; to: string; properties: Properties }>;

/**
 * Relationships the graph derives from others, never read from a text: indexes kept
 * by ingestion in the same transaction as what they derive from, so a read can answer
 * in time proportional to its answer, not to the corpus. Left out of RELATIONSHIPS (the
 * facts): views, paths, neighbourhoods and exports traverse only facts, and a derived
 * relationship has no evidence of its own (its facts' evidence is on them).
 */
export const DERIVED_RELATIONSHIPS = {
  /**
   * Derived: the department leads at least one task that cites the regulation,
   * (Department)-[:LEADS]->(Task)-[:CITES]->(Regulation), with how many distinct such
   * tasks in any mode (taskCount) and in each mode (draftsTaskCount … referencesTaskCount,
   * the mode's name in lower case): Regulation.departments(mode) reads it.
   * Kept by cypher/write/derive-department-citations.cypher (graph/derived.ts).
   */
  LEADS_CITING: {
    from: 'Department',
    to: 'Regulation',
    derivedFrom: '(Department)-[:LEADS]->(Task)-[:CITES]->(Regulation)',
    properties: { taskCount: int, draftsTaskCount: int, revisesTaskCount: int, implementsTaskCount: int, referencesTaskCount: int },
  },
} as const satisfies Record<string, { from: string; to: string; derivedFrom: string; properties: Properties }>;

export type DerivedRelationshipType = keyof typeof DERIVED_RELATIONSHIPS;

/** A LEADS_CITING count property: taskCount, or a mode's (draftsTaskCount … referencesTaskCount). */
export type LeadsCitingCount = keyof (typeof DERIVED_RELATIONSHIPS)['LEADS_CITING']['properties'];

/** The LEADS_CITING property counting the tasks that cite in `mode` (null: in any mode): the mode's name in lower case + TaskCount. */
export function leadsCitingCount(mode: CitationMode | null): LeadsCitingCount {
  return mode === null ? 'taskCount' : (`${mode.toLowerCase()}TaskCount` as LeadsCitingCount);
}
export type RelationshipType = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIPS) as RelationshipType[];
export const isRelationshipType = (name: unknown): name is RelationshipType => typeof name === 'string' && name in RELATIONSHIPS;
export type RelationshipProperties<R extends RelationshipType> = RowOf<(typeof RELATIONSHIPS)[R]['properties']>;

/** Per label, the stored properties reads may return, in declaration order (all but a document's whole text, origin and versions). */
export const READABLE_PROPERTIES = {} as Record<NodeLabel, readonly string[]>;
for (const label of NODE_LABELS) {
  READABLE_PROPERTIES[label] = Object.entries(NODES[label].properties as Properties)
    .filter(([, p]) => p.readable)
    .map(([name]) => name);
}
