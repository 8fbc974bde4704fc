// responsibilityChain(taskId): everything between a task and the bureau that
// answers for it, with evidence: the document, the chapter, the parent tasks
// (top-level first), the lead and supporting departments with their bureaus and
// the printed role word, for a task led through its sub-tasks (leadSource SUBTASKS)
// the leads its sub-tasks name (each with the sub-task and the tasks down to it), the issuing
// bureau with where it was read (ISSUED_BY), and whether it owns the task by default.
MATCH (t:Task {id: $taskId})
MATCH (d:Document {id: t.documentId})
OPTIONAL MATCH (d)-[issued:ISSUED_BY]->(issuer:Organization)
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
    evidence: r {.documentId, .start, .end, .sentence, .mention},
    roleWord: r.roleWord
  }) AS leads
}
CALL (t) {
  MATCH p = (t)-[:HAS_SUBTASK*1..6]->(sub:Task)<-[r:LEADS]-(dep:Department)
  WHERE t.leadSource = 'SUBTASKS'
  OPTIONAL MATCH (dep)-[:PART_OF]->(o:Organization)
  // The tasks from t's child down to the sub-task (nodes(p) is t, …, sub, dep): the chain's links step down through them.
  WITH sub, nodes(p)[1..-1] AS below, dep, r, o ORDER BY sub.order, r.start
  RETURN collect({
    department: dep {.*, label: 'Department'},
    organization: CASE WHEN o IS NULL THEN null ELSE o {.*, label: 'Organization'} END,
    evidence: r {.documentId, .start, .end, .sentence, .mention},
    roleWord: r.roleWord,
    subtask: sub {.*, label: 'Task'},
    line: [n IN below | n {.*, label: 'Task'}]
  }) AS subtaskLeads
}
CALL (t) {
  MATCH (dep:Department)-[r:SUPPORTS]->(t)
  OPTIONAL MATCH (dep)-[:PART_OF]->(o:Organization)
  WITH dep, r, o ORDER BY r.start
  RETURN collect({
    department: dep {.*, label: 'Department'},
    organization: CASE WHEN o IS NULL THEN null ELSE o {.*, label: 'Organization'} END,
    evidence: r {.documentId, .start, .end, .sentence, .mention},
    roleWord: r.roleWord
  }) AS supports
}
OPTIONAL MATCH (owner:Organization)-[:ACCOUNTABLE_FOR]->(t)
RETURN t {.*, label: 'Task'} AS task,
       d {.*, text: null, origin: null, versions: null, label: 'Document'} AS document,
       CASE WHEN s IS NULL THEN null ELSE s {.*, label: 'Section'} END AS section,
       [n IN line[..-1] | n {.*, label: 'Task'}] AS ancestors,
       leads,
       subtaskLeads,
       supports,
       CASE WHEN issuer IS NULL THEN null ELSE issuer {.*, label: 'Organization'} END AS issuer,
       issued.source AS issuerSource,
       CASE WHEN issued.start IS NULL THEN null ELSE issued {.documentId, .start, .end, .sentence, .mention} END AS issuerEvidence,
       CASE WHEN owner IS NULL THEN null ELSE owner {.*, label: 'Organization'} END AS defaultOwner
