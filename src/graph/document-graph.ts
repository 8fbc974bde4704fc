import { createHash } from 'node:crypto';
import type {
  DepartmentKind,
  DepartmentMention,
  DocumentMeta,
  Evidence,
  ExtractedDocument,
  ExtractedTask,
} from '../extract/types.js';
import { isCollective, simplified } from '../extract/bodies.js';
import { regionOf } from '../extract/metadata.js';
import { jurisdictionOf, kindOf } from '../extract/regulations.js';
import { isKnownPopulation, populationParents } from '../extract/populations.js';
import { nodeId } from './ids.js';
import type { EvidenceRow, NodeLabel, NodeProperties, RelationshipProperties } from './model.js';

// Turns an extracted document into the flat rows that the ingest Cypher UNWINDs:
// one list per node label and per relationship type, ids already computed, so the
// number of statements per document does not depend on its number of tasks.

export type { EvidenceRow };

/** LEADS / SUPPORTS also keep the printed role word (牵头, 配合, 责任单位, 落实 …) when there is one. */
export type RoleRow = EvidenceRow & { roleWord?: string };

/** A relationship to create: its end nodes' ids and the properties it carries (evidence at least). */
interface Link<P = EvidenceRow> {
  from: string;
  to: string;
  props: P;
}

type Row<L extends NodeLabel, K extends keyof NodeProperties<L> = keyof NodeProperties<L>> = { id: string } & Pick<NodeProperties<L>, K>;

/** The rows of one document, shaped as graph/model.ts declares its nodes and relationships. */
export interface DocumentGraph {
  /** contentHash is set by ingestDocument: the sha256 of these rows; versions by the ingest statement. */
  document: Row<'Document', Exclude<keyof NodeProperties<'Document'>, 'contentHash' | 'versions'>> & { contentHash?: string };
  organization: Row<'Organization', 'name' | 'region' | 'level'> | null;
  /** Properties of the ISSUED_BY relationship: where the issuer was read and, when printed, its evidence. */
  issuedBy: (Partial<EvidenceRow> & Pick<RelationshipProperties<'ISSUED_BY'>, 'documentId' | 'source'>) | null;
  /** A section's documentId is set by the ingest statement. */
  sections: Array<Row<'Section', Exclude<keyof NodeProperties<'Section'>, 'documentId'>>>;
  /** Task properties as stored, and where the task hangs (a section, a parent task, or neither). */
  tasks: Array<{ props: Row<'Task'>; sectionId: string | null; parentId: string | null }>;
  departments: Array<Row<'Department'> & { organizationId: string | null }>;
  /**
   * Outside bodies (EXTERNAL units with a full name, 广州市民政局): one node per body,
   * keyed like an issuing Organization (org_ id) and labelled Organization and Department.
   */
  bodies: Array<Row<'Department'> & Row<'Organization', 'region' | 'level'>>;
  leads: Array<Link<RoleRow>>;
  supports: Array<Link<RoleRow>>;
  involves: Link[];
  regulations: Array<Row<'Regulation', Exclude<keyof NodeProperties<'Regulation'>, 'title'>>>;
  cites: Array<Link<RelationshipProperties<'CITES'>>>;
  regulationImplements: Array<{ from: string; to: string }>;
  targets: Link[];
  /** Populations read by grammar (散居孤儿), not in the taxonomy, with the compounds above them: SUBGROUP_OF parentIds. */
  populations: Array<Row<'Population'> & { parentIds: string[] }>;
  /** An indicator's or deadline's documentId is set by the ingest statement; the evidence is its HAS_INDICATOR / HAS_DEADLINE's. */
  indicators: Array<EvidenceRow & Row<'Indicator', Exclude<keyof NodeProperties<'Indicator'>, 'documentId'>> & { taskId: string }>;
  deadlines: Array<EvidenceRow & Row<'Deadline', Exclude<keyof NodeProperties<'Deadline'>, 'documentId'>> & { taskId: string }>;
  initiatives: Array<Row<'Initiative'>>;
  partOfInitiative: Link[];
}

/**
 * What a document is, whatever file it came in: its issuer and 文号 where it prints one,
 * else its issuer, title and year, else its text. Two files of one plan (another name,
 * another encoding) are one document; a new text under the same issuer and 文号 (or
 * title and year) is a new version of it; an unrelated plan under the same file name
 * is another document. The issuer is keyed in simplified characters, 文号's brackets
 * ([2022], (2022), 【2022】) as 〔2022〕, spaces dropped.
 */
export function documentKey(meta: Pick<DocumentMeta, 'issuer' | 'docNumber' | 'title' | 'year'>, textSha256: string): string[] {
  const squeeze = (s: string) => simplified(s).replace(/\s+/g, '');
  const issuer = meta.issuer === null ? '' : squeeze(meta.issuer);
  if (issuer && meta.docNumber) return ['number', issuer, squeeze(meta.docNumber).replace(/[[(（【［〔]/g, '〔').replace(/[\])）】］〕]/g, '〕')];
  if (issuer && meta.title.trim()) return ['title', issuer, squeeze(meta.title), String(meta.year ?? '')];
  return ['text', textSha256];
}

/** sha256 (hex) of a document's normalized text. */
export const textSha256Of = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A document's id: a hash of what it is (documentKey), never of its file name. */
export function documentIdOf(doc: Pick<ExtractedDocument, 'document' | 'text'>): string {
  return nodeId('Document', ...documentKey(doc.document, textSha256Of(doc.text)));
}

/** The id a document loaded before ids came from documentKey had: a hash of its file name. */
export const legacyDocumentId = (sourceName: string): string => nodeId('Document', sourceName);

/**
 * An outside unit that names one government body, so that it is the same node as an
 * issuing bureau of that name: a region in its name (广州市民政局, 辽宁省卫生健康委员会,
 * 中共广州市委办公室) or a national body (民政部, 国家卫生健康委员会). Collectives (各有关单位,
 * 各县(市、区)人民政府, 广州市民政工作联席会议成员单位) and names without a place (医保部门,
 * 市委组织部, or 市财政局 in a plan whose region is unknown) are not.
 */
export function isOutsideBody(name: string): boolean {
  // Collectives as the extractor knows them, and sectors named in general (医保部门).
  if (isCollective(name) || /有关|相关|部门$/.test(name)) return false;
  if (regionOf(name) !== null) return true;
  return /^(?:国务院|国家|中共中央|中央|全国|中华全国|中国)/.test(name) || /^[^省市县区\s]{1,10}(?:部|署|总局)(?:办公厅)?$/.test(name);
}

export function organizationLevel(name: string): string | null {
  if (/省|自治区/.test(name) && !/市/.test(name)) return 'PROVINCIAL';
  if (/[市州盟]/.test(name)) return 'MUNICIPAL';
  if (/[县区旗]/.test(name)) return 'COUNTY';
  return null;
}

/** `sourceName`: the file name it was read from, kept as `source` (not part of its identity). */
export function buildDocumentGraph(doc: ExtractedDocument, sourceName: string): DocumentGraph {
  const documentId = documentIdOf(doc);
  const meta = doc.document;
  // Departments belong to their own bureau: the issuer, or the document itself when no issuer is known.
  // The bureau is named in simplified characters (辦公室 printed is 办公室), as the bodies that lead are.
  const issuer = meta.issuer === null ? null : simplified(meta.issuer);
  const bureauKey = issuer ?? `document:${documentId}`;
  const organization = issuer
    ? { id: nodeId('Organization', issuer), name: issuer, region: meta.region, level: organizationLevel(issuer) }
    : null;

  const evidence = (ev: Evidence, mention: string): EvidenceRow => ({
    documentId,
    start: ev.start,
    end: ev.end,
    sentence: ev.sentence,
    mention,
  });

  const sections = doc.sections.map((s) => ({
    id: nodeId('Section', documentId, s.number, s.order),
    number: s.number,
    title: s.title,
    order: s.order,
    start: s.span.start,
    end: s.span.end,
  }));
  const sectionByNumber = new Map(doc.sections.map((s, i) => [s.number, sections[i]!.id]));

  const taskId = (t: Pick<ExtractedTask, 'path'>) => nodeId('Task', documentId, t.path.join('/'));
  const taskIds = new Set(doc.tasks.map(taskId));
  const tasks = doc.tasks.map((t) => {
    const parent = t.path.length > 1 ? nodeId('Task', documentId, t.path.slice(0, -1).join('/')) : null;
    const parentId = parent && taskIds.has(parent) ? parent : null;
    return {
      props: {
        id: taskId(t),
        number: t.number,
        path: t.path,
        title: t.title,
        text: t.text,
        order: t.order,
        depth: t.depth,
        start: t.span.start,
        end: t.span.end,
        leadSource: t.leadSource,
        documentId,
        year: meta.year,
        region: meta.region,
      },
      sectionId: parentId ? null : (sectionByNumber.get(t.path[0] ?? '') ?? null),
      parentId,
    };
  });

  const departments = new Map<string, DocumentGraph['departments'][number]>();
  const bodies = new Map<string, DocumentGraph['bodies'][number]>();
  const departmentId = (m: DepartmentMention): string => {
    if (m.kind === 'EXTERNAL' && isOutsideBody(m.name)) {
      // An outside body is one node whether it issues a plan or leads a task in another's.
      const id = nodeId('Organization', m.name);
      const known = bodies.get(id);
      if (known) {
        if (!known.aliases.includes(m.mention)) known.aliases.push(m.mention);
      } else {
        bodies.set(id, { id, name: m.name, kind: m.kind, aliases: [m.mention], region: regionOf(m.name), level: organizationLevel(m.name) });
      }
      return id;
    }
    // The same outside agency is one node everywhere; a bureau's own units are its own.
    const id = m.kind === 'EXTERNAL' ? nodeId('Department', m.name) : nodeId('Department', bureauKey, m.name);
    const known = departments.get(id);
    if (known) {
      if (!known.aliases.includes(m.mention)) known.aliases.push(m.mention);
    } else {
      departments.set(id, {
        id,
        name: m.name,
        kind: m.kind,
        aliases: [m.mention],
        organizationId: m.kind === 'EXTERNAL' ? null : (organization?.id ?? null),
      });
    }
    return id;
  };

  const graph: DocumentGraph = {
    document: {
      id: documentId,
      source: sourceName,
      sha256: doc.sha256,
      textLength: doc.text.length,
      textSha256: textSha256Of(doc.text),
      origin: doc.origin ? JSON.stringify(doc.origin) : null,
      title: meta.title,
      titleDerived: meta.titleDerived,
      issuer: meta.issuer,
      issuerSource: meta.issuer ? (meta.issuerSource ?? null) : null,
      docNumber: meta.docNumber,
      publishedAt: meta.publishedAt,
      year: meta.year,
      region: meta.region,
      kind: meta.kind,
      text: doc.text,
    },
    organization,
    issuedBy: organization
      ? {
          documentId,
          source: meta.issuerSource ?? null,
          ...(meta.issuerEvidence ? evidence(meta.issuerEvidence, doc.text.slice(meta.issuerEvidence.start, meta.issuerEvidence.end)) : {}),
        }
      : null,
    sections,
    tasks,
    departments: [],
    bodies: [],
    leads: [],
    supports: [],
    involves: [],
    regulations: [],
    cites: [],
    regulationImplements: [],
    targets: [],
    populations: [],
    indicators: [],
    deadlines: [],
    initiatives: [],
    partOfInitiative: [],
  };

  const regulations = new Map<string, DocumentGraph['regulations'][number]>();
  const initiatives = new Map<string, { id: string; name: string }>();
  const seenLinks = new Set<string>();
  // A population read by grammar (散居孤儿) is not reference data: its node travels with the
  // document, and so do the compounds above it (集中供养成年孤儿 → 成年孤儿 → 孤儿).
  const compounds = new Map<string, DocumentGraph['populations'][number]>();
  const addCompound = (name: string, parents: string[], mention: string | null): void => {
    if (isKnownPopulation(name)) return;
    const id = nodeId('Population', name);
    // Another printed form (城市最低生活保障对象 for 城市低保对象) is an alias; an alternative (农村留守(困境)儿童) is not.
    const aliases = mention !== null && mention !== name && !mention.includes('(') ? [mention] : [];
    const known = compounds.get(id);
    if (known) {
      for (const a of aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
      return;
    }
    compounds.set(id, { id, name, aliases, parentIds: parents.map((q) => nodeId('Population', q)) });
    for (const q of parents) addCompound(q, populationParents(q), null);
  };
  // One relationship per (type, from, to[, mode]) and task: the first mention is its evidence.
  const addLink = <P,>(list: Array<Link<P>>, key: string, link: Link<P>) => {
    if (seenLinks.has(key)) return;
    seenLinks.add(key);
    list.push(link);
  };

  doc.tasks.forEach((t, i) => {
    const task = tasks[i]!.props.id;
    const departmentLinks = [
      [t.leads, graph.leads, 'LEADS'],
      [t.supports, graph.supports, 'SUPPORTS'],
      [t.agencies, graph.involves, 'INVOLVES'],
    ] as const;
    for (const [mentions, list, type] of departmentLinks) {
      for (const m of mentions) {
        const dept = departmentId(m);
        // INVOLVES points from the task to the agency; LEADS/SUPPORTS from the department to the task.
        const [from, to] = type === 'INVOLVES' ? [task, dept] : [dept, task];
        const props: RoleRow = evidence(m.evidence, m.mention);
        if (type !== 'INVOLVES' && m.roleWord) props.roleWord = m.roleWord;
        addLink<RoleRow>(list, `${type}|${from}|${to}`, { from, to, props });
      }
    }
    for (const c of t.regulations) {
      const reg = nodeId('Regulation', c.name);
      const known = regulations.get(reg);
      if (known) {
        if (!known.aliases.includes(c.title)) known.aliases.push(c.title);
      } else {
        regulations.set(reg, { id: reg, name: c.name, kind: c.kind, jurisdiction: c.jurisdiction, aliases: [c.title] });
      }
      if (c.implements) {
        const inner = nodeId('Regulation', c.implements);
        graph.regulationImplements.push({ from: reg, to: inner });
        // A back-reference (《办法》) may name an implementing title whose inner law no task cites: it still needs a node.
        if (!regulations.has(inner)) {
          regulations.set(inner, {
            id: inner,
            name: c.implements,
            kind: kindOf(c.implements),
            jurisdiction: jurisdictionOf(c.implements),
            aliases: [],
          });
        }
      }
      addLink(graph.cites, `CITES|${task}|${reg}|${c.mode}`, {
        from: task,
        to: reg,
        props: { mode: c.mode, title: c.title, ...evidence(c.evidence, c.title) },
      });
    }
    for (const p of t.populations) {
      const pop = nodeId('Population', p.name);
      addCompound(p.name, p.parents, p.mention);
      addLink(graph.targets, `TARGETS|${task}|${pop}`, { from: task, to: pop, props: evidence(p.evidence, p.mention) });
    }
    t.indicators.forEach((ind, k) => {
      graph.indicators.push({
        id: nodeId('Indicator', task, k, ind.text),
        taskId: task,
        value: ind.value,
        unit: ind.unit,
        comparator: ind.comparator,
        subject: ind.subject,
        text: ind.text,
        kind: ind.kind,
        ...evidence(ind.evidence, ind.text),
      });
    });
    t.deadlines.forEach((d, k) => {
      graph.deadlines.push({
        id: nodeId('Deadline', task, k, d.text),
        taskId: task,
        text: d.text,
        date: d.date,
        ...evidence(d.evidence, d.text),
      });
    });
    for (const ini of t.initiatives) {
      const id = nodeId('Initiative', ini.name);
      initiatives.set(id, { id, name: ini.name });
      addLink(graph.partOfInitiative, `PART_OF_INITIATIVE|${task}|${id}`, {
        from: task,
        to: id,
        props: evidence(ini.evidence, ini.mention),
      });
    }
  });

  graph.departments = [...departments.values()];
  graph.populations = [...compounds.values()];
  graph.bodies = [...bodies.values()];
  graph.regulations = [...regulations.values()];
  graph.initiatives = [...initiatives.values()];
  return graph;
}
