// The five benchmark questions, the parameters they are asked with and the shape
// of their answers. Every system's answer is brought to this canonical shape
// (field order and list order fixed below) and compared before anything is timed.

export const QUESTION_IDS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const QUESTION_TITLES: Record<QuestionId, string> = {
  q1: 'tasks led by a department, with citations and populations',
  q2: 'LAW/REGULATION regulations with the departments leading tasks that implement them',
  q3: 'responsibility chain of a task',
  q4: 'depth-2 neighbourhood of a population',
  q5: 'full-text search over tasks',
};

/** What the questions are asked about; picked from the loaded data by pickParameters. */
export interface QuestionParameters {
  /** Q1: a department id; its explicitly LED tasks. */
  departmentId: string;
  /** Q1 and Q5: page size. */
  first: number;
  /** Q4: at most this many nodes. */
  limit: number;
  /** Q3: a task with lead and supporting departments. */
  taskId: string;
  /** Q4: a population id. */
  populationId: string;
  /** Q5: one CJK word, searched as an exact term in the taskText full-text index. */
  text: string;
}

/**
 * Q1: the first `first` tasks that the department LEADS, ordered by (documentId, order);
 * each with every CITES relationship (one entry per relationship, sorted by regulationId,
 * then mode) and every TARGETS population (sorted by id).
 */
export type Q1Answer = Array<{
  id: string;
  title: string;
  citations: Array<{ mode: string; regulationId: string; regulationTitle: string }>;
  populations: Array<{ id: string; name: string }>;
}>;

/**
 * Q2: every Regulation of kind LAW or REGULATION, sorted by id, with the distinct
 * departments that LEAD a task which CITES it with mode IMPLEMENTS (sorted by id;
 * empty when none).
 */
export type Q2Answer = Array<{ id: string; title: string; kind: string; departments: Array<{ id: string; name: string }> }>;

/**
 * Q3: document → section → task → lead and supporting departments (each with its
 * bureau's name, null for an outside agency, and the evidence sentence) — sorted by
 * department id, then sentence.
 */
export interface Q3Answer {
  document: { id: string; title: string };
  section: { id: string; title: string } | null;
  task: { id: string; title: string };
  leads: ChainDepartment[];
  supports: ChainDepartment[];
}
export interface ChainDepartment {
  id: string;
  name: string;
  organization: string | null;
  sentence: string;
}

/**
 * Q4: the neighbourhood as a drawing tool asks for it: the first `limit` nodes by
 * (distance, id) among those at most two relationships away (any type, either
 * direction), the population itself first; their ids in that order.
 */
export type Q4Answer = string[];

/** Orders a neighbourhood: the start, then each level's ids sorted, cut to `limit`. */
export function firstByDistance(start: string, level1: Iterable<string>, level2: Iterable<string>, limit: number): Q4Answer {
  const one = new Set(level1);
  one.delete(start);
  const two = new Set([...level2].filter((id) => id !== start && !one.has(id)));
  return [start, ...[...one].sort(), ...[...two].sort()].slice(0, limit);
}

/**
 * Q5: the first `first` tasks whose title or text holds the word (taskText index,
 * the word as an exact phrase), best score first, ties by (documentId, order).
 */
export type Q5Answer = Array<{ id: string; title: string }>;

export interface Answers {
  q1: Q1Answer;
  q2: Q2Answer;
  q3: Q3Answer;
  q4: Q4Answer;
  q5: Q5Answer;
}

/** Sort helpers the normalizers share, so that every system's answer is ordered the same way. */
export const byKeys =
  <T>(...keys: Array<(x: T) => string>) =>
  (a: T, b: T) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
export const byId = byKeys<{ id: string }>((x) => x.id);
export const sortChain = (list: ChainDepartment[]) => [...list].sort(byKeys((d) => d.id, (d) => d.sentence));

/** Q1/Q5 page size, Q4's node limit and Q5's word; the ids come from cypher/pick-parameters.cypher. */
export const FIXED_PARAMETERS = { first: 50, limit: 500, text: '殡葬' } as const;

/** A GraphQL system's five questions: the query, its variables, and its response data → the canonical answer. */
export type SystemQuestions = {
  [Q in QuestionId]: {
    query: string;
    variables(p: QuestionParameters): Record<string, unknown>;
    // The response's `data`, whose shape only the query knows.
    answer(data: any, p: QuestionParameters): Answers[Q];
  };
};
