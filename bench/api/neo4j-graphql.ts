// The @neo4j/graphql (7.x) side of the API benchmark: type definitions that describe
// the graph as ingest-documents.cypher writes it, an Apollo Server 5 over
// Neo4jGraphQL, and the five questions in the library's own query language.
//
// Rules kept here: no @cypher fields and no custom resolvers (that would be
// hand-written Cypher again). Where the generated query language cannot say
// something, the query fetches what is needed and the `answer` function finishes
// the job (each place says so).
//
// Execution path in @neo4j/graphql 7.6 (dist/classes/Executor.js), for a driver
// passed to `new Neo4jGraphQL({ driver })`: for every root field it calls
// driver.session({ database: 'neo4j', ...context.sessionConfig,
//   bookmarkManager: driver.executeQueryBookmarkManager, defaultAccessMode: 'READ' }),
// then session.executeRead(tx => tx.run('CYPHER 5\n' + cypher, params), { metadata, timeout }),
// then session.close(). The first request of the process also runs
// `CALL dbms.components()` through the same path (the server version, cached).
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { byId, firstByDistance, type Answers, type ChainDepartment, type QuestionId, type QuestionParameters } from './questions.js';

/**
 * The graph as it is: one type per label, one field per relationship type and
 * direction (lists: @neo4j/graphql 7 only has list relationships), the evidence on
 * relationships as @relationshipProperties. Numbers are Float because the ingest
 * stores JavaScript numbers (Neo4j FLOAT). Read-only: no mutations are generated.
 * The full-text index `taskText` already exists (schema.cypher); @fulltext only
 * tells the library its name and fields, nothing is created or asserted.
 */
export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  extend schema @mutation(operations: [])

  "Evidence of an extracted relationship: source document, character offsets, sentence and the exact mention."
  type Evidence @relationshipProperties {
    documentId: String
    start: Float
    end: Float
    sentence: String
    mention: String
  }

  "A task's citation of a regulation: evidence plus the mode (DRAFTS, REVISES, IMPLEMENTS, REFERENCES) and the title as printed."
  type Citation @relationshipProperties {
    documentId: String
    start: Float
    end: Float
    sentence: String
    mention: String
    mode: String
    title: String
  }

  "The issuing bureau accountable for a task that names no lead."
  type Accountability @relationshipProperties {
    documentId: String
  }

  type Document @node {
    id: ID!
    title: String
    issuer: String
    docNumber: String
    publishedAt: String
    year: Float
    region: String
    kind: String
    sha256: String
    contentHash: String
    source: String
    titleDerived: Boolean
    text: String
    issuedBy: [Organization!]! @relationship(type: "ISSUED_BY", direction: OUT)
    sections: [Section!]! @relationship(type: "HAS_SECTION", direction: OUT)
    "Top-level tasks of a document without chapters."
    tasks: [Task!]! @relationship(type: "HAS_TASK", direction: OUT)
  }

  type Organization @node {
    id: ID!
    name: String
    region: String
    level: String
    departments: [Department!]! @relationship(type: "PART_OF", direction: IN)
    documents: [Document!]! @relationship(type: "ISSUED_BY", direction: IN)
    accountableFor: [Task!]! @relationship(type: "ACCOUNTABLE_FOR", direction: OUT, properties: "Accountability")
  }

  type Department @node {
    id: ID!
    name: String
    kind: String
    aliases: [String!]
    organizations: [Organization!]! @relationship(type: "PART_OF", direction: OUT)
    leads: [Task!]! @relationship(type: "LEADS", direction: OUT, properties: "Evidence")
    supports: [Task!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Evidence")
    involvedIn: [Task!]! @relationship(type: "INVOLVES", direction: IN, properties: "Evidence")
  }

  type Section @node {
    id: ID!
    number: String
    title: String
    order: Float
    start: Float
    end: Float
    documentId: String
    document: [Document!]! @relationship(type: "HAS_SECTION", direction: IN)
    tasks: [Task!]! @relationship(type: "HAS_TASK", direction: OUT)
  }

  type Task @node @fulltext(indexes: [{ indexName: "taskText", queryName: "tasksByText", fields: ["title", "text"] }]) {
    id: ID!
    number: String
    path: [String!]
    title: String
    text: String
    order: Float
    depth: Float
    start: Float
    end: Float
    leadSource: String
    documentId: String
    year: Float
    region: String
    "The chapter of a top-level task (at most one)."
    section: [Section!]! @relationship(type: "HAS_TASK", direction: IN)
    "The document of a top-level task in a document without chapters (at most one)."
    document: [Document!]! @relationship(type: "HAS_TASK", direction: IN)
    "The parent of a sub-task (at most one)."
    parent: [Task!]! @relationship(type: "HAS_SUBTASK", direction: IN)
    subtasks: [Task!]! @relationship(type: "HAS_SUBTASK", direction: OUT)
    leadDepartments: [Department!]! @relationship(type: "LEADS", direction: IN, properties: "Evidence")
    supportDepartments: [Department!]! @relationship(type: "SUPPORTS", direction: IN, properties: "Evidence")
    involves: [Department!]! @relationship(type: "INVOLVES", direction: OUT, properties: "Evidence")
    cites: [Regulation!]! @relationship(type: "CITES", direction: OUT, properties: "Citation")
    targets: [Population!]! @relationship(type: "TARGETS", direction: OUT, properties: "Evidence")
    indicators: [Indicator!]! @relationship(type: "HAS_INDICATOR", direction: OUT, properties: "Evidence")
    deadlines: [Deadline!]! @relationship(type: "HAS_DEADLINE", direction: OUT, properties: "Evidence")
    initiatives: [Initiative!]! @relationship(type: "PART_OF_INITIATIVE", direction: OUT, properties: "Evidence")
    accountableOrganizations: [Organization!]! @relationship(type: "ACCOUNTABLE_FOR", direction: IN, properties: "Accountability")
  }

  type Regulation @node {
    id: ID!
    name: String
    title: String
    kind: String
    jurisdiction: String
    aliases: [String!]
    citedBy: [Task!]! @relationship(type: "CITES", direction: IN, properties: "Citation")
    "The regulations this one implements (a provincial 实施办法 of a national law)."
    implements: [Regulation!]! @relationship(type: "IMPLEMENTS", direction: OUT)
    implementedBy: [Regulation!]! @relationship(type: "IMPLEMENTS", direction: IN)
  }

  type Population @node {
    id: ID!
    name: String
    aliases: [String!]
    targetedBy: [Task!]! @relationship(type: "TARGETS", direction: IN, properties: "Evidence")
    parents: [Population!]! @relationship(type: "SUBGROUP_OF", direction: OUT)
    subgroups: [Population!]! @relationship(type: "SUBGROUP_OF", direction: IN)
  }

  type Indicator @node {
    id: ID!
    value: Float
    unit: String
    comparator: String
    subject: String
    text: String
    documentId: String
    task: [Task!]! @relationship(type: "HAS_INDICATOR", direction: IN, properties: "Evidence")
  }

  type Deadline @node {
    id: ID!
    text: String
    date: String
    documentId: String
    task: [Task!]! @relationship(type: "HAS_DEADLINE", direction: IN, properties: "Evidence")
  }

  type Initiative @node {
    id: ID!
    name: String
    tasks: [Task!]! @relationship(type: "PART_OF_INITIATIVE", direction: IN, properties: "Evidence")
  }
`;

/** An HTTP GraphQL server (Apollo Server 5, POST JSON at /graphql, 127.0.0.1, port 0 = free port) backed by Neo4jGraphQL over the given driver/database. */
export async function startNeo4jGraphqlServer(driver: Driver, database: string): Promise<{ url: string; close(): Promise<void> }> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: neo4jGraphqlTypeDefs,
    driver,
    // A smaller schema: leave out the deprecated filter spellings (`id_EQ`, `leads_SOME`, …).
    features: {
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  // No assertIndexesAndConstraints(): the indexes are the project's own (schema.cypher).
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({ schema });
  // The standalone server answers POST JSON on any path, /graphql included.
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: 0 },
    // The database goes to the library through the context (used for driver.session()).
    context: async () => ({ sessionConfig: { database } }),
  });
  return {
    url: new URL('/graphql', url).toString(),
    close: () => server.stop(),
  };
}

// --- the five questions -------------------------------------------------------

/** Every relationship of a Task, each neighbour's id (Q4's second hop through a task). */
const TASK_NEIGHBOURS = /* GraphQL */ `
  fragment TaskNeighbours on Task {
    id
    section { id }
    document { id }
    parent { id }
    subtasks { id }
    leadDepartments { id }
    supportDepartments { id }
    involves { id }
    cites { id }
    targets { id }
    indicators { id }
    deadlines { id }
    initiatives { id }
    accountableOrganizations { id }
  }
`;

/** Every relationship of a Population, each neighbour's id (Q4's second hop through a population). */
const POPULATION_NEIGHBOURS = /* GraphQL */ `
  fragment PopulationNeighbours on Population {
    id
    targetedBy { id }
    parents { id }
    subgroups { id }
  }
`;

/** Where a task hangs: its chapter (and that chapter's document), or its document when the document has no chapters. */
const PLACE = 'section { id title document { id title } } document { id title }';

/**
 * The library has no variable-length traversal, so Q3 climbs HAS_SUBTASK a fixed
 * number of times: the structure parser knows five label styles (1. (一) (1) 1) ①)
 * and a new depth only opens for a style not yet open, so a task is at most depth 5
 * and four `parent` hops reach the top-level task. answer() throws if that ever fails.
 */
const MAX_PARENT_HOPS = 4;
const ancestry = (hops: number): string =>
  hops === 0 ? `${PLACE} parent { id }` : `${PLACE} parent { ${ancestry(hops - 1)} }`;

/** A LEADS/SUPPORTS connection of a task: the sentence is an edge property; sorted by (department id, sentence). */
const chainConnection = (field: string): string => /* GraphQL */ `
  ${field}(sort: [{ node: { id: ASC } }, { edge: { sentence: ASC } }]) {
    edges {
      properties { sentence }
      node { id name organizations { name } }
    }
  }
`;

interface Place {
  section: Array<{ id: string; title: string; document: Array<{ id: string; title: string }> }>;
  document: Array<{ id: string; title: string }>;
  parent: Place[];
}
interface ChainEdge {
  properties: { sentence: string };
  node: { id: string; name: string; organizations: Array<{ name: string }> };
}

/** One entry per (relationship, bureau) like the OPTIONAL MATCH of q3.cypher: null bureau for an outside agency. */
const chain = (edges: ChainEdge[]): ChainDepartment[] =>
  edges.flatMap(({ properties, node }) => {
    const organizations = node.organizations.length > 0 ? node.organizations.map((o) => o.name) : [null];
    return organizations.map((organization) => ({ id: node.id, name: node.name, organization, sentence: properties.sentence }));
  });

export const NEO4J_GRAPHQL_QUESTIONS: {
  [Q in QuestionId]: {
    query: string;
    variables(p: QuestionParameters): Record<string, unknown>;
    answer(data: any, p: QuestionParameters): Answers[Q];
  };
} = {
  // Q1: from the department down its LEADS, sorted and cut by the library; each
  // task's CITES as a connection (the mode is an edge property), sorted by
  // (regulation id, mode); TARGETS sorted by id. Nothing left for the client.
  // (A plain relationship field is DISTINCT over its nodes in the generated Cypher;
  // for `leads` and `targets` that is one per relationship anyway, since the ingest
  // writes one relationship per (type, from, to) — CITES per mode, hence a connection.)
  q1: {
    query: /* GraphQL */ `
      query Q1($departmentId: ID!, $first: Int!) {
        departments(where: { id: { eq: $departmentId } }) {
          leads(sort: [{ documentId: ASC }, { order: ASC }], limit: $first) {
            id
            title
            citesConnection(sort: [{ node: { id: ASC } }, { edge: { mode: ASC } }]) {
              edges {
                properties { mode }
                node { id title }
              }
            }
            targets(sort: [{ id: ASC }]) { id name }
          }
        }
      }
    `,
    variables: (p) => ({ departmentId: p.departmentId, first: p.first }),
    answer: (data) =>
      (data.departments[0]?.leads ?? []).map((t: any) => ({
        id: t.id,
        title: t.title,
        citations: t.citesConnection.edges.map((e: any) => ({ mode: e.properties.mode, regulationId: e.node.id, regulationTitle: e.node.title })),
        populations: t.targets.map((p: any) => ({ id: p.id, name: p.name })),
      })),
  },

  // Q2: the regulations filtered (kind IN) and sorted by the library; the citing
  // tasks through a connection filtered on the edge property mode = IMPLEMENTS,
  // and their lead departments. The query language has no DISTINCT over this
  // two-hop traversal (nor a sort across it): answer() dedupes and sorts the departments.
  q2: {
    query: /* GraphQL */ `
      query Q2 {
        regulations(where: { kind: { in: ["LAW", "REGULATION"] } }, sort: [{ id: ASC }]) {
          id
          title
          kind
          citedByConnection(where: { edge: { mode: { eq: "IMPLEMENTS" } } }) {
            edges {
              node {
                leadDepartments { id name }
              }
            }
          }
        }
      }
    `,
    variables: () => ({}),
    answer: (data) =>
      data.regulations.map((r: any) => {
        const departments = new Map<string, { id: string; name: string }>();
        for (const edge of r.citedByConnection.edges) {
          for (const d of edge.node.leadDepartments) departments.set(d.id, { id: d.id, name: d.name });
        }
        return { id: r.id, title: r.title, kind: r.kind, departments: [...departments.values()].sort(byId) };
      }),
  },

  // Q3: the task, its lead and supporting departments as connections (the
  // sentence is an edge property) sorted by (department id, sentence), each with
  // its bureau. The chapter hangs over the top-level ancestor: the query climbs
  // `parent` a fixed number of times (no variable-length paths in the language)
  // and answer() picks the topmost task's chapter; the document is the chapter's
  // (or, without chapters, the one holding the top-level task).
  q3: {
    query: /* GraphQL */ `
      query Q3($taskId: ID!) {
        tasks(where: { id: { eq: $taskId } }) {
          id
          title
          ${ancestry(MAX_PARENT_HOPS)}
          ${chainConnection('leadDepartmentsConnection')}
          ${chainConnection('supportDepartmentsConnection')}
        }
      }
    `,
    variables: (p) => ({ taskId: p.taskId }),
    answer: (data) => {
      const t = data.tasks[0];
      if (!t) throw new Error('Q3: task not found');
      let top: Place = t;
      for (let hops = 0; top.parent.length > 0; hops++) {
        if (hops === MAX_PARENT_HOPS) throw new Error(`Q3: task nested deeper than ${MAX_PARENT_HOPS + 1} levels`);
        top = top.parent[0]!;
      }
      const section = top.section[0] ?? null;
      const document = section ? section.document[0] : top.document[0];
      if (!document) throw new Error('Q3: no document above the task');
      return {
        document: { id: document.id, title: document.title },
        section: section ? { id: section.id, title: section.title } : null,
        task: { id: t.id, title: t.title },
        leads: chain(t.leadDepartmentsConnection.edges),
        supports: chain(t.supportDepartmentsConnection.edges),
      };
    },
  },

  // Q4: the typed relationships of Population (TARGETS in, SUBGROUP_OF both ways)
  // and, for each neighbour type, every relationship of that type. The library has
  // no undirected "any relationship" traversal nor DISTINCT: answer() gathers the
  // ids of both hops, orders them by distance and id and keeps the first `limit`.
  q4: {
    query: /* GraphQL */ `
      query Q4($populationId: ID!) {
        populations(where: { id: { eq: $populationId } }) {
          id
          targetedBy { ...TaskNeighbours }
          parents { ...PopulationNeighbours }
          subgroups { ...PopulationNeighbours }
        }
      }
      ${TASK_NEIGHBOURS}
      ${POPULATION_NEIGHBOURS}
    `,
    variables: (p) => ({ populationId: p.populationId }),
    answer: (data, params) => {
      const p = data.populations[0];
      if (!p) return [];
      // The language has no union of paths, distance or limit over them: everything
      // within two hops comes back, and the client orders and cuts it.
      const level1 = new Set<string>();
      const level2 = new Set<string>();
      for (const n of [...p.targetedBy, ...p.parents, ...p.subgroups]) {
        level1.add(n.id);
        for (const [key, next] of Object.entries(n)) {
          if (key !== 'id') for (const m of next as Array<{ id: string }>) level2.add(m.id);
        }
      }
      return firstByDistance(p.id, level1, level2, params.limit);
    },
  },

  // Q5: the @fulltext query over the existing taskText index with the word as a
  // Lucene phrase, sorted by score, then (documentId, order), and cut to `first`,
  // all by the library.
  q5: {
    query: /* GraphQL */ `
      query Q5($phrase: String!, $first: Int!) {
        tasksByText(
          phrase: $phrase
          sort: [{ score: DESC }, { node: { documentId: ASC } }, { node: { order: ASC } }]
          first: $first
        ) {
          edges {
            node { id title }
          }
        }
      }
    `,
    variables: (p) => ({ phrase: `"${p.text}"`, first: p.first }),
    answer: (data) => data.tasksByText.edges.map((e: any) => ({ id: e.node.id, title: e.node.title })),
  },
};
