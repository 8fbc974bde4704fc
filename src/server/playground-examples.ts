// The example queries the playground opens with, one tab each (GraphiQL names a
// tab after its operation). They are written against the seeds:
// tests/server/playground-examples.test.ts runs every one and requires an answer
// without errors that contains `seedAnswerContains`, so a schema change that
// breaks an example fails the tests instead of greeting analysts with an error.
import { documentKey } from '../graph/document-graph.js';
import { nodeId } from '../graph/ids.js';

export interface PlaygroundExample {
  /** What the example asks, in words. */
  title: string;
  operationName: string;
  query: string;
  /** For the variables editor (shown as JSON). */
  variables?: Record<string, unknown>;
  /** A value the answer contains when the seeds are loaded. */
  seedAnswerContains: string;
}

// Ids are derived from content (src/graph/ids.ts), so the seeds' ids are known
// in advance; computing them here keeps the examples right if the scheme changes.
const PLACE_NAMES_REGULATION = nodeId('Regulation', '地名管理条例');
const ORPHANS = nodeId('Population', '孤儿');
// 汕尾 2024, 二(二): the task that promises 适老化改造 for 1780 households.
// The plan prints no title nor 文号: it is its issuer, its composed title and its year.
const SHANWEI_2024 = nodeId('Document', ...documentKey({ issuer: '汕尾市民政局', docNumber: null, title: '汕尾市民政局2024年工作要点', year: 2024 }, ''));
const SHANWEI_AGEING_TASK = nodeId('Task', SHANWEI_2024, ['二', '(二)'].join('/'));

export const PLAYGROUND_EXAMPLES: PlaygroundExample[] = [
  {
    title: 'Who leads tasks citing 地名管理条例',
    operationName: 'WhoLeadsPlaceNameTasks',
    query: `# Who answers for the tasks citing 《地名管理条例》?
# Grouped by department; a task naming no lead is owned
# by its bureau by default (defaultOwner: true).
# More ids: regulations(nameContains: "…") { nodes { id } }
query WhoLeadsPlaceNameTasks($regulationId: ID!) {
  accountability(regulationId: $regulationId) {
    subject { ... on Regulation { name kind jurisdiction } }
    taskCount
    groups {
      defaultOwner
      department { name }
      organization { name }
      leadCount
      supportCount
      defaultCount
      tasks {
        role
        task { title document { title year } }
        evidence { sentence }
      }
    }
  }
}
`,
    variables: { regulationId: PLACE_NAMES_REGULATION },
    seedAnswerContains: '加强和规范地名管理',
  },
  {
    title: 'Accountability for 孤儿',
    operationName: 'OrphanAccountability',
    query: `# Who is responsible for the work serving 孤儿
# (and, with includeSubgroups, its subgroups)?
query OrphanAccountability($populationId: ID!) {
  accountability(populationId: $populationId, includeSubgroups: true) {
    subject { ... on Population { name ancestors { name } } }
    taskCount
    groups {
      department { name }
      organization { name }
      defaultOwner
      leadCount
      supportCount
      defaultCount
      tasks { role task { title region year } }
    }
  }
}
`,
    variables: { populationId: ORPHANS },
    seedAnswerContains: '社会福利科',
  },
  {
    title: 'Responsibility chain of 汕尾 适老化改造',
    operationName: 'AgeingRetrofitResponsibilityChain',
    query: `# 汕尾 promises 适老化改造 for 1780 households: who answers
# for it, from the document down to the lead department
# and its bureau, each link with the sentence saying so.
query AgeingRetrofitResponsibilityChain($taskId: ID!) {
  responsibilityChain(taskId: $taskId) {
    document { title }
    section { number title }
    task { path title indicators { text value unit } }
    leadSource
    leads { department { name } organization { name } evidence { mention sentence } }
    supports { department { name } }
    bureau { name }
    links { kind note sentence }
  }
}
`,
    variables: { taskId: SHANWEI_AGEING_TASK },
    seedAnswerContains: '社会福利科',
  },
  {
    title: 'Check the evidence of a lead',
    operationName: 'CheckLeadEvidence',
    query: `# An auditor's check: who leads 汕尾's 适老化改造 task, the exact
# slice of the document's text the offsets point into, where the
# mention sits in the file as downloaded (line and column), and
# which versions of the document were loaded when.
query CheckLeadEvidence($taskId: ID!) {
  node(id: $taskId) {
    ... on Task {
      path
      title
      leads {
        department { name }
        roleWord
        evidence {
          mention
          start
          end
          sentence
          original { format start { kind line column } end { line column } }
        }
      }
      document { title textLength versions { sha256 source ingestedAt } }
    }
  }
}
`,
    variables: { taskId: SHANWEI_AGEING_TASK },
    seedAnswerContains: '社会福利科',
  },
  {
    title: "What is due in 汕尾's plan",
    operationName: 'ShanweiDeadlines',
    query: `# A supervisor's traffic light (督查督办): every deadline of
# 汕尾's plan on a timeline, its status on a given day
# (OVERDUE, DUE_SOON within dueSoonDays, OPEN, UNDATED),
# with the task, its lead and the sentence that promises it.
query ShanweiDeadlines($asOf: String) {
  deadlines(asOf: $asOf, dueSoonDays: 30, filter: {region: "汕尾市"}) {
    totalCount
    nodes {
      text
      date
      status
      task { path title leads { department { name } } }
      evidence { sentence }
    }
  }
}
`,
    variables: { asOf: '2024-12-01' },
    seedAnswerContains: 'DUE_SOON',
  },
  {
    title: 'Search 殡葬',
    operationName: 'SearchFuneralServices',
    query: `# Full-text search (cjk analyzer) over task titles,
# task text and entity names.
query SearchFuneralServices {
  search(text: "殡葬", first: 10) {
    totalCount
    hits {
      score
      snippet
      node {
        __typename
        ... on Task { title region year leads { department { name } } }
        ... on Regulation { name }
      }
    }
  }
}
`,
    seedAnswerContains: '提升殡葬管理服务水平',
  },
  {
    title: 'Neighborhood of a population',
    operationName: 'OrphanNeighborhood',
    query: `# Nodes and edges around 孤儿, for drawing: its broader
# groups and the tasks serving it. depth: 2 reaches
# the departments.
query OrphanNeighborhood($id: ID!) {
  neighborhood(id: $id, depth: 1, limit: 50) {
    truncated
    nodes { id label name }
    edges { type from to }
  }
}
`,
    variables: { id: ORPHANS },
    seedAnswerContains: '困境儿童',
  },
];
