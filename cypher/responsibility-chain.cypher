// responsibilityChain(taskId): everything between a task and the bureau that
// answers for it, with evidence: the document, the chapter, the parent tasks
// (top-level first), the lead and supporting departments with their bureaus,
// the issuing bureau, and whether that bureau owns the task by default.
MATCH (t:Task {id: $taskId})
MATCH (d:Document {id: t.documentId})
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Organization)
CALL (t) {
  MATCH p = (top:Task)-[:HAS_SUBTASK*0..6]->(t)
  WHERE NOT EXISTS { (:Task)-[:HAS_SUBTASK]->(top) }
  RETURN top, nodes(p) AS line
  LIMIT 1
}
OPTIONAL MATCH (s:Section)-[:HAS_TASK]->(top)
CALL (t) {
  MATCH (dep:Department)-[r:LEADS]->(t)
  OPTIONAL MATCH (dep)-[:PART_OF]->(o:Organization)
  WITH dep, r, o ORDER BY r.start
  RETURN collect({
    department: dep {.*, label: 'Department'},
    organization: CASE WHEN o IS NULL THEN null ELSE o {.*, label: 'Organization'} END,
    evidence: r {.documentId, .start, .end, .sentence, .mention}
  }) AS leads
}
CALL (t) {
  MATCH (dep:Department)-[r:SUPPORTS]->(t)
  OPTIONAL MATCH (dep)-[:PART_OF]->(o:Organization)
  WITH dep, r, o ORDER BY r.start
  RETURN collect({
    department: dep {.*, label: 'Department'},
    organization: CASE WHEN o IS NULL THEN null ELSE o {.*, label: 'Organization'} END,
    evidence: r {.documentId, .start, .end, .sentence, .mention}
  }) AS supports
}
OPTIONAL MATCH (owner:Organization)-[:ACCOUNTABLE_FOR]->(t)
RETURN t {.*, label: 'Task'} AS task,
       d {.*, text: null, label: 'Document'} AS document,
       CASE WHEN s IS NULL THEN null ELSE s {.*, label: 'Section'} END AS section,
       [n IN line[..-1] | n {.*, label: 'Task'}] AS ancestors,
       leads,
       supports,
       CASE WHEN issuer IS NULL THEN null ELSE issuer {.*, label: 'Organization'} END AS issuer,
       CASE WHEN owner IS NULL THEN null ELSE owner {.*, label: 'Organization'} END AS defaultOwner
