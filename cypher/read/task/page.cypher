// The `tasks` query, composed per request from the parts below (src/graph/read/task.ts):
// one @source (where the candidates t, with a score, come from), a WHERE joining the
// @filter parts of the filters given, the @order asked for, then the @page. Only
// the parts a request uses are sent: a statement with every part guarded by a null check
// made each full-text hit pass through some thirty operators (BENCHMARKS.md, "Measured choices").
// The source is the most selective filter given (chosen by the caller): the full-text
// index taskText (which also gives the score), the document's tasks, a department's
// (by id: an index seek; by name or alias, in every bureau), a regulation's, a
// population's or an initiative's tasks, or all tasks. A department's tasks under role
// ANY are those it leads, supports or is involved in (INVOLVES: an outside agency the
// text names, 公安部门); a role without a department keeps the tasks with such a link.
// In a department source, src/graph/read/task.ts narrows [r:LEADS|SUPPORTS|INVOLVES] to the
// role's own type (LEAD: LEADS), which is the whole role filter there: $role in a WHERE cannot
// narrow the expand when the plan is made, and testing it cost three db hits a relationship.
// A region is a list of forms ($regions: 汕尾 → 汕尾, 汕尾市, …). A filter the source already
// applies is left out. Names match the canonical name or any alias; ids match exactly.
// All values are parameters.

// @source TEXT
CALL db.index.fulltext.queryNodes('taskText', $text) YIELD node, score
WITH node AS t, score
// @source DOCUMENT
MATCH (t:Task {documentId: $documentId})
WITH t, 0.0 AS score
// @source DEPARTMENT_ID
MATCH (:Department {id: $department})-[r:LEADS|SUPPORTS|INVOLVES]-(t:Task)
WITH DISTINCT t, 0.0 AS score
// @source DEPARTMENT_NAME
MATCH (dep:Department) WHERE dep.name = $department OR $department IN dep.aliases
MATCH (dep)-[r:LEADS|SUPPORTS|INVOLVES]-(t:Task)
WITH DISTINCT t, 0.0 AS score
// @source REGULATION_ID
MATCH (t:Task)-[:CITES]->(:Regulation {id: $regulation})
WITH DISTINCT t, 0.0 AS score
// @source REGULATION_NAME
MATCH (reg:Regulation) WHERE reg.name = $regulation OR $regulation IN reg.aliases
MATCH (t:Task)-[:CITES]->(reg)
WITH DISTINCT t, 0.0 AS score
// @source POPULATION
MATCH (p:Population) WHERE p.id = $population OR p.name = $population OR $population IN p.aliases
MATCH (q:Population)-[:SUBGROUP_OF*0..10]->(p) WHERE q = p OR $includeSubgroups
MATCH (t:Task)-[:TARGETS]->(q)
WITH DISTINCT t, 0.0 AS score
// @source INITIATIVE
MATCH (i:Initiative) WHERE i.id = $initiative OR i.name = $initiative
MATCH (t:Task)-[:PART_OF_INITIATIVE]->(i)
WITH DISTINCT t, 0.0 AS score
// @source ALL
MATCH (t:Task)
WITH t, 0.0 AS score

// @filter documentId
t.documentId = $documentId
// @filter year
t.year = $year
// @filter region
t.region IN $regions
// @filter role
CASE $role
  WHEN 'LEAD' THEN EXISTS { (:Department)-[:LEADS]->(t) }
  WHEN 'SUPPORT' THEN EXISTS { (:Department)-[:SUPPORTS]->(t) }
  ELSE true
END
// @filter leadSource
t.leadSource = $leadSource
// @filter department
EXISTS {
  MATCH (dep:Department)-[r:LEADS|SUPPORTS|INVOLVES]-(t)
  WHERE (dep.id = $department OR dep.name = $department OR $department IN dep.aliases)
    AND ($role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS))
}
// @filter regulation
EXISTS {
  MATCH (t)-[c:CITES]->(reg:Regulation)
  WHERE ($regulation IS NULL OR reg.id = $regulation OR reg.name = $regulation OR $regulation IN reg.aliases)
    AND ($citationMode IS NULL OR c.mode = $citationMode)
}
// @filter population
EXISTS {
  MATCH (t)-[:TARGETS]->(q:Population)
  WHERE q.id = $population OR q.name = $population OR $population IN q.aliases
    OR ($includeSubgroups AND EXISTS {
      MATCH (q)-[:SUBGROUP_OF*1..10]->(p:Population)
      WHERE p.id = $population OR p.name = $population OR $population IN p.aliases
    })
}
// @filter initiative
EXISTS {
  MATCH (t)-[:PART_OF_INITIATIVE]->(i:Initiative)
  WHERE i.id = $initiative OR i.name = $initiative
}
// @filter documentKind
EXISTS { MATCH (d:Document {id: t.documentId}) WHERE d.kind = $documentKind }
// @filter hasDeadline
EXISTS { (t)-[:HAS_DEADLINE]->(:Deadline) } = $hasDeadline
// @filter dueBefore
EXISTS { MATCH (t)-[:HAS_DEADLINE]->(x:Deadline) WHERE x.date <= $dueBefore }

// @order RELEVANCE
ORDER BY score DESC, t.documentId, t.order
// @order YEAR
ORDER BY coalesce(t.year, 0) DESC, t.documentId, t.order
// @order DOCUMENT_ORDER
ORDER BY t.documentId, t.order

// @page
WITH collect(t) AS ordered
RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
