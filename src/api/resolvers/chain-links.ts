// Turns the rows of a responsibility chain into the links an auditor reads,
// each with the text that supports it.
import type { ChainRow, ChainRoleRow } from '../../graph/read/responsibility.js';
import type { NodeRow } from '../../graph/read/rows.js';
import { ChainLinkKind } from '../types/chain.js';

export interface ChainLinkValue {
  kind: ChainLinkKind;
  from: NodeRow;
  to: NodeRow;
  sentence: string | null;
  evidence: ChainRoleRow['evidence'] | null;
  note: string;
}

const str = (row: NodeRow, key: string) => String(row[key] ?? '');

const ISSUER_SOURCE_WORDS: Record<string, string> = {
  FIELD: 'read from its 发文机关/发布机构 line',
  SIGNATURE: 'read from its signature',
  TITLE: 'read from its title line',
  COVER_LETTER: "read from its cover letter's header",
  INFERRED: 'inferred: no line of the document names it',
  GIVEN: 'given with the file',
};
const heading = (task: NodeRow) => `${str(task, 'number')}${str(task, 'title')}`;

export function chainLinks(chain: ChainRow): ChainLinkValue[] {
  const links: ChainLinkValue[] = [];
  const { document, section, task } = chain;
  const line = [...chain.ancestors, task];
  const top = line[0]!;

  if (section) {
    links.push({
      kind: ChainLinkKind.CONTAINS,
      from: document,
      to: section,
      sentence: `${str(section, 'number')}、${str(section, 'title')}`,
      evidence: null,
      note: `《${str(document, 'title')}》 has chapter ${str(section, 'number')}`,
    });
  }
  links.push({
    kind: ChainLinkKind.CONTAINS,
    from: section ?? document,
    to: top,
    sentence: heading(top),
    evidence: null,
    note: `task ${str(top, 'number')} ${str(top, 'title')}`,
  });
  for (let i = 1; i < line.length; i++) {
    const child = line[i]!;
    links.push({
      kind: ChainLinkKind.CONTAINS,
      from: line[i - 1]!,
      to: child,
      sentence: heading(child),
      evidence: null,
      note: `sub-task ${str(child, 'number')} ${str(child, 'title')}`,
    });
  }

  const departmentLinks = (roles: ChainRoleRow[], kind: ChainLinkKind, verb: string) => {
    for (const role of roles) {
      links.push({
        kind,
        from: task,
        to: role.department,
        sentence: role.evidence.sentence,
        evidence: role.evidence,
        note: `${str(role.department, 'name')} ${verb} (the text says “${role.evidence.mention}”)`,
      });
    }
  };
  departmentLinks(chain.leads, ChainLinkKind.LED_BY, 'leads the task');

  // Led through its sub-tasks: down to each sub-task that names a lead (once each), then to the lead.
  const reached = new Set<string>([task.id]);
  for (const role of chain.subtaskLeads) {
    let from = task;
    for (const sub of role.line) {
      if (!reached.has(sub.id)) {
        reached.add(sub.id);
        links.push({
          kind: ChainLinkKind.CONTAINS,
          from,
          to: sub,
          sentence: heading(sub),
          evidence: null,
          note: `sub-task ${str(sub, 'number')} ${str(sub, 'title')}`,
        });
      }
      from = sub;
    }
    links.push({
      kind: ChainLinkKind.LED_THROUGH_SUBTASK,
      from: role.subtask,
      to: role.department,
      sentence: role.evidence.sentence,
      evidence: role.evidence,
      note: `${str(role.department, 'name')} leads sub-task ${str(role.subtask, 'number')} ${str(role.subtask, 'title')}, and so the task (the text says “${role.evidence.mention}”)`,
    });
  }
  departmentLinks(chain.supports, ChainLinkKind.SUPPORTED_BY, 'supports the task');

  // Each department to its bureau, once.
  const seen = new Set<string>();
  for (const role of [...chain.leads, ...chain.subtaskLeads, ...chain.supports]) {
    if (!role.organization || seen.has(role.department.id)) continue;
    seen.add(role.department.id);
    links.push({
      kind: ChainLinkKind.PART_OF,
      from: role.department,
      to: role.organization,
      sentence: null,
      evidence: null,
      note: `${str(role.department, 'name')} is a department of ${str(role.organization, 'name')}`,
    });
  }

  if (chain.defaultOwner) {
    links.push({
      kind: ChainLinkKind.OWNED_BY_DEFAULT,
      from: task,
      to: chain.defaultOwner,
      sentence: heading(task),
      evidence: null,
      note: `no lead department is named; ${str(chain.defaultOwner, 'name')}, which issued the document, is accountable by default`,
    });
    // Where the text says who issued it: the title line, the signature, the 发文机关 line …
    const how = chain.issuerSource ? ISSUER_SOURCE_WORDS[chain.issuerSource] ?? chain.issuerSource : 'unknown';
    links.push({
      kind: ChainLinkKind.ISSUED_BY,
      from: document,
      to: chain.defaultOwner,
      sentence: chain.issuerEvidence?.sentence ?? null,
      evidence: chain.issuerEvidence,
      note: `《${str(document, 'title')}》 was issued by ${str(chain.defaultOwner, 'name')} (${how})`,
    });
  }
  return links;
}
