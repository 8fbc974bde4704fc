// The whole graph of a corpus, assembled in memory for `neo4j-admin database import`
// (graph/bulk/import-files.ts): what cypher/write/ensure-populations.cypher and
// ingest-documents.cypher write when every document goes in one batch, in the same order
// and with the same rules (owned nodes created, shared nodes created by the first document
// that names them and given the later ones' aliases, a relationship only where both ends
// exist), then the derived LEADS_CITING as derive-department-citations.cypher counts it.
// tests/graph/bulk-import.test.ts compares the imported graph with one loaded document by
// document. Pure: no I/O.
import type { Continuation } from '../../extract/continuity.js';
import type { DocumentGraph } from '../document-graph.js';
import { CITATION_MODES, leadsCitingCount } from '../model.js';

/** A value as the driver would store it: a JS number is a FLOAT (the driver sends numbers as floats), a bigint an INTEGER. */
export type StoredValue = string | number | bigint | boolean | string[];
export type StoredProperties = Record<string, StoredValue>;

export interface CorpusNode {
  id: string;
  labels: string[];
  properties: StoredProperties;
}

export interface CorpusRelationship {
  type: string;
  from: string;
  to: string;
  properties: StoredProperties;
}

/** One document to assemble: its rows and the version its first load adds (ingest.ts prepareDocument). */
export interface CorpusDocument {
  rows: DocumentGraph;
  version: string;
}

/** A taxonomy population (reference data): as ensure-populations writes it. */
export interface ReferencePopulation {
  id: string;
  name: string;
  aliases: string[];
  parentIds: string[];
}

export interface CorpusGraph {
  nodes: Map<string, CorpusNode>;
  relationships: CorpusRelationship[];
}

/** The properties set by `SET x = map` / `CREATE (x {…})`: null and undefined are not stored. */
function stored(map: object): StoredProperties {
  const out: StoredProperties = {};
  for (const [key, value] of Object.entries(map)) if (value !== null && value !== undefined) out[key] = value as StoredValue;
  return out;
}

/** `SET x += map`: a null removes the property. */
function setAll(target: StoredProperties, map: object): void {
  for (const [key, value] of Object.entries(map)) {
    if (value === null || value === undefined) delete target[key];
    else target[key] = value as StoredValue;
  }
}

/** `x.aliases = coalesce(x.aliases, []) + [a IN more WHERE NOT a IN coalesce(x.aliases, [])]`. */
function addAliases(node: CorpusNode, more: readonly string[]): void {
  const known = (node.properties.aliases as string[] | undefined) ?? [];
  node.properties.aliases = [...known, ...more.filter((a) => !known.includes(a))];
}

export function assembleCorpusGraph(documents: readonly CorpusDocument[], taxonomy: readonly ReferencePopulation[]): CorpusGraph {
  const nodes = new Map<string, CorpusNode>();
  const relationships: CorpusRelationship[] = [];
  const merged = new Set<string>();

  const labelled = (id: string, label: string): CorpusNode | null => {
    const node = nodes.get(id);
    return node && node.labels.includes(label) ? node : null;
  };
  const create = (label: string, id: string, properties: StoredProperties): CorpusNode => {
    if (nodes.has(id)) throw new Error(`node ${id} (${label}) is written twice: two documents own it`);
    const node = { id, labels: [label], properties: { ...properties, id } };
    nodes.set(id, node);
    return node;
  };
  /** MERGE (x:Label {id}): the node, and whether it was created now. */
  const merge = (label: string, id: string): [CorpusNode, boolean] => {
    const node = labelled(id, label);
    return node ? [node, false] : [create(label, id, {}), true];
  };
  const relate = (type: string, from: string, to: string, properties: object = {}) => {
    relationships.push({ type, from, to, properties: stored(properties) });
  };
  /** MERGE (a)-[:TYPE]->(b) without properties. */
  const relateOnce = (type: string, from: string, to: string) => {
    const key = `${type}\u0000${from}\u0000${to}`;
    if (merged.has(key)) return;
    merged.add(key);
    relate(type, from, to);
  };
  /** MATCH both ends by label and id, then CREATE: nothing when either is missing. */
  const link = (type: string, fromLabel: string, toLabel: string, links: ReadonlyArray<{ from: string; to: string; props: object }>) => {
    for (const l of links) if (labelled(l.from, fromLabel) && labelled(l.to, toLabel)) relate(type, l.from, l.to, l.props);
  };

  // ensure-populations: the taxonomy, and its SUBGROUP_OF links.
  for (const p of taxonomy) {
    const [x] = merge('Population', p.id);
    x.properties.name = p.name;
    x.properties.aliases = p.aliases;
  }
  for (const p of taxonomy) for (const parentId of p.parentIds) {
    merge('Population', parentId);
    relateOnce('SUBGROUP_OF', p.id, parentId);
  }

  // ingest-documents, each subquery over every document in turn.
  const all = documents.map((d) => d.rows);
  documents.forEach(({ rows: g, version }) => {
    const [d] = merge('Document', g.document.id);
    setAll(d.properties, g.document);
    d.properties.versions = [...((d.properties.versions as string[] | undefined) ?? []), version];
  });
  const issuerOf = new Map<string, string>();
  for (const g of all) {
    if (!g.organization) continue;
    const [org] = merge('Organization', g.organization.id);
    setAll(org.properties, g.organization);
    // MERGE (d)-[i:ISSUED_BY]->(org) SET i = g.issuedBy: one per document.
    relate('ISSUED_BY', g.document.id, org.id, g.issuedBy ?? {});
    issuerOf.set(g.document.id, org.id);
  }
  for (const g of all) for (const s of g.sections) {
    create('Section', s.id, stored({ ...s, documentId: g.document.id }));
    relate('HAS_SECTION', g.document.id, s.id);
  }
  for (const g of all) for (const t of g.tasks) create('Task', t.props.id, stored(t.props));
  for (const g of all) for (const t of g.tasks) {
    const section = t.sectionId === null ? null : labelled(t.sectionId, 'Section');
    const parent = t.parentId === null ? null : labelled(t.parentId, 'Task');
    if (section) relate('HAS_TASK', section.id, t.props.id);
    if (parent) relate('HAS_SUBTASK', parent.id, t.props.id);
    if (!section && !parent) relate('HAS_TASK', g.document.id, t.props.id);
  }
  for (const g of all) {
    const org = issuerOf.get(g.document.id);
    if (org === undefined) continue;
    for (const t of g.tasks) if (t.props.leadSource === 'ISSUER') relate('ACCOUNTABLE_FOR', org, t.props.id, { documentId: g.document.id });
  }
  for (const g of all) for (const dep of g.departments) {
    const [x, created] = merge('Department', dep.id);
    if (created) Object.assign(x.properties, stored({ name: dep.name, kind: dep.kind, aliases: dep.aliases }));
    else addAliases(x, dep.aliases);
    if (dep.organizationId !== null && labelled(dep.organizationId, 'Organization')) relateOnce('PART_OF', dep.id, dep.organizationId);
  }
  for (const g of all) for (const b of g.bodies) {
    const [x, created] = merge('Organization', b.id);
    if (created) Object.assign(x.properties, stored({ name: b.name, region: b.region, level: b.level }));
    if (!x.labels.includes('Department')) x.labels.push('Department');
    x.properties.kind ??= b.kind;
    addAliases(x, b.aliases);
  }
  for (const g of all) link('LEADS', 'Department', 'Task', g.leads);
  for (const g of all) link('SUPPORTS', 'Department', 'Task', g.supports);
  for (const g of all) link('INVOLVES', 'Task', 'Department', g.involves);
  for (const g of all) for (const reg of g.regulations) {
    const [x, created] = merge('Regulation', reg.id);
    if (created) Object.assign(x.properties, stored({ name: reg.name, title: reg.name, kind: reg.kind, jurisdiction: reg.jurisdiction, aliases: reg.aliases }));
    else addAliases(x, reg.aliases);
  }
  for (const g of all) for (const i of g.regulationImplements) {
    if (labelled(i.from, 'Regulation') && labelled(i.to, 'Regulation')) relateOnce('IMPLEMENTS', i.from, i.to);
  }
  for (const g of all) link('CITES', 'Task', 'Regulation', g.cites);
  for (const g of all) for (const p of g.populations) {
    const [x, created] = merge('Population', p.id);
    if (created) Object.assign(x.properties, stored({ name: p.name, aliases: p.aliases }));
    else addAliases(x, p.aliases);
  }
  for (const g of all) for (const p of g.populations) for (const parentId of p.parentIds) {
    if (labelled(p.id, 'Population') && labelled(parentId, 'Population')) relateOnce('SUBGROUP_OF', p.id, parentId);
  }
  for (const g of all) link('TARGETS', 'Task', 'Population', g.targets);
  for (const g of all) for (const i of g.indicators) {
    if (!labelled(i.taskId, 'Task')) continue;
    create('Indicator', i.id, stored({ value: i.value, unit: i.unit, comparator: i.comparator, subject: i.subject, text: i.text, kind: i.kind, documentId: g.document.id }));
    relate('HAS_INDICATOR', i.taskId, i.id, { documentId: i.documentId, start: i.start, end: i.end, sentence: i.sentence, mention: i.mention });
  }
  for (const g of all) for (const dl of g.deadlines) {
    if (!labelled(dl.taskId, 'Task')) continue;
    create('Deadline', dl.id, stored({ text: dl.text, date: dl.date, documentId: g.document.id }));
    relate('HAS_DEADLINE', dl.taskId, dl.id, { documentId: dl.documentId, start: dl.start, end: dl.end, sentence: dl.sentence, mention: dl.mention });
  }
  for (const g of all) for (const i of g.initiatives) {
    const [x, created] = merge('Initiative', i.id);
    if (created) x.properties.name = i.name;
  }
  for (const g of all) link('PART_OF_INITIATIVE', 'Task', 'Initiative', g.partOfInitiative);

  relationships.push(...departmentCitations(relationships));
  return { nodes, relationships };
}

/**
 * LEADS_CITING, as derive-department-citations.cypher counts it: per (department,
 * regulation) pair joined by LEADS and CITES, the distinct tasks in any mode and in each.
 * Counts are INTEGERs (Cypher's count()), hence bigint.
 */
function departmentCitations(relationships: readonly CorpusRelationship[]): CorpusRelationship[] {
  const leaders = new Map<string, Set<string>>();
  const cited = new Map<string, Map<string, Set<string>>>();
  for (const r of relationships) {
    if (r.type === 'LEADS') {
      if (!leaders.has(r.to)) leaders.set(r.to, new Set());
      leaders.get(r.to)!.add(r.from);
    } else if (r.type === 'CITES') {
      if (!cited.has(r.from)) cited.set(r.from, new Map());
      const modes = cited.get(r.from)!;
      if (!modes.has(r.to)) modes.set(r.to, new Set());
      modes.get(r.to)!.add(r.properties.mode as string);
    }
  }
  const pairs = new Map<string, { from: string; to: string; tasks: number; byMode: Map<string, number> }>();
  for (const [task, regulations] of cited) {
    for (const dep of leaders.get(task) ?? []) {
      for (const [reg, modes] of regulations) {
        const key = `${dep}\u0000${reg}`;
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { from: dep, to: reg, tasks: 0, byMode: new Map() }));
        pair.tasks++;
        for (const mode of modes) pair.byMode.set(mode, (pair.byMode.get(mode) ?? 0) + 1);
      }
    }
  }
  return [...pairs.values()].map(({ from, to, tasks, byMode }) => ({
    type: 'LEADS_CITING',
    from,
    to,
    properties: Object.fromEntries([
      [leadsCitingCount(null), BigInt(tasks)],
      ...CITATION_MODES.map((mode) => [leadsCitingCount(mode), BigInt(byMode.get(mode) ?? 0)]),
    ]),
  }));
}

/**
 * The CONTINUES links of matched tasks (extract/continuity.ts matchTasks), as
 * cypher/write/link-continuations.cypher creates them: from the later task to the
 * earlier, with both tasks' documents, the similarity and the shared phrases.
 */
export function continuationRelationships(nodes: CorpusGraph['nodes'], continuations: readonly Continuation[]): CorpusRelationship[] {
  const relationships: CorpusRelationship[] = [];
  for (const c of continuations) {
    const later = nodes.get(c.to);
    const earlier = nodes.get(c.from);
    if (!later?.labels.includes('Task') || !earlier?.labels.includes('Task')) continue;
    relationships.push({
      type: 'CONTINUES',
      from: c.to,
      to: c.from,
      properties: { documentId: later.properties.documentId!, fromDocumentId: earlier.properties.documentId!, similarity: c.similarity, phrases: c.phrases },
    });
  }
  return relationships;
}
