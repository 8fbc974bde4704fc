// The five questions asked of our API (src/api), as an analyst would write them,
// and how each response becomes the canonical answer of questions.ts.
import type { ChainDepartment, SystemQuestions } from './questions.js';
import { byId, byKeys, sortChain } from './questions.js';

interface ChainDepartmentRow {
  department: { id: string; name: string };
  organization: { name: string } | null;
  evidence: { sentence: string };
}
const chainDepartment = (d: ChainDepartmentRow): ChainDepartment => ({
  id: d.department.id,
  name: d.department.name,
  organization: d.organization?.name ?? null,
  sentence: d.evidence.sentence,
});

const byCitation = byKeys<{ regulationId: string; mode: string }>((c) => c.regulationId, (c) => c.mode);

const REGULATION_FIELDS = 'totalCount nodes { id title kind departments(mode: IMPLEMENTS) { department { id name } } }';
const CHAIN_DEPARTMENT_FIELDS = 'department { id name } organization { name } evidence { sentence }';

export const OUR_QUESTIONS: SystemQuestions = {
  q1: {
    query: `query Q1($department: String!, $first: Int!) {
  tasks(filter: {department: $department, role: LEAD}, first: $first) {
    nodes { id title citations { mode regulation { id title } } populations { population { id name } } }
  }
}`,
    variables: (p) => ({ department: p.departmentId, first: p.first }),
    answer: (data) =>
      data.tasks.nodes.map((t: any) => ({
        id: t.id,
        title: t.title,
        citations: t.citations
          .map((c: any) => ({ mode: c.mode, regulationId: c.regulation.id, regulationTitle: c.regulation.title }))
          .sort(byCitation),
        populations: t.populations.map((p: any) => ({ id: p.population.id, name: p.population.name })).sort(byId),
      })),
  },
  q2: {
    query: `query Q2 {
  regulations(kind: [LAW, REGULATION], first: 100) { ${REGULATION_FIELDS} }
}`,
    variables: () => ({}),
    answer: (data) => {
      if (data.regulations.totalCount > data.regulations.nodes.length) throw new Error(`Q2: more than one page of regulations (${data.regulations.totalCount})`);
      return data.regulations.nodes
        .map((r: any) => ({ id: r.id, title: r.title, kind: r.kind, departments: r.departments.map((d: any) => ({ id: d.department.id, name: d.department.name })).sort(byId) }))
        .sort(byId);
    },
  },
  q3: {
    query: `query Q3($taskId: ID!) {
  responsibilityChain(taskId: $taskId) {
    document { id title } section { id title } task { id title }
    leads { ${CHAIN_DEPARTMENT_FIELDS} }
    supports { ${CHAIN_DEPARTMENT_FIELDS} }
  }
}`,
    variables: (p) => ({ taskId: p.taskId }),
    answer: (data) => {
      const c = data.responsibilityChain;
      return { document: c.document, section: c.section, task: c.task, leads: sortChain(c.leads.map(chainDepartment)), supports: sortChain(c.supports.map(chainDepartment)) };
    },
  },
  q4: {
    query: `query Q4($id: ID!, $limit: Int!) {
  neighborhood(id: $id, depth: 2, limit: $limit) { nodes { id } }
}`,
    variables: (p) => ({ id: p.populationId, limit: p.limit }),
    answer: (data) => data.neighborhood.nodes.map((n: any) => n.id as string),
  },
  q5: {
    query: `query Q5($text: String!, $first: Int!) {
  tasks(filter: {text: $text}, orderBy: RELEVANCE, first: $first) { nodes { id title } }
}`,
    variables: (p) => ({ text: p.text, first: p.first }),
    answer: (data) => data.tasks.nodes.map((t: any) => ({ id: t.id, title: t.title })),
  },
};
