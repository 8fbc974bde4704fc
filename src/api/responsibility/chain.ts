// Turns the rows of a responsibility chain into the links an auditor reads,
// each with the text that supports it.
import type { ChainRow, RoleRow } from '../../graph/read/responsibility.js';
import type { NodeRow } from '../../graph/read/rows.js';
import { ChainLinkKind } from './chain.type.js';

export interface ChainLinkValue {
  kind: ChainLinkKind;
  from: NodeRow;
  to: NodeRow;
  sentence: string | null;
  evidence: RoleRow['evidence'] | null;
  note: string;
}

const str = (row: NodeRow, key: string) => String(row[key] ?? '');
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

  const departmentLinks = (roles: RoleRow[], kind: ChainLinkKind, verb: string) => {
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
  departmentLinks(chain.supports, ChainLinkKind.SUPPORTED_BY, 'supports the task');

  // Each department to its bureau, once.
  const seen = new Set<string>();
  for (const role of [...chain.leads, ...chain.supports]) {
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
  }
  return links;
}
