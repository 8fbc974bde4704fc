// Batch: where each task sits (its chapter, found through its top-level ancestor,
// and its parent task) and the bureau accountable for it: by default
// (ACCOUNTABLE_FOR) when it names no lead, else the bureau that issued it.
UNWIND $ids AS id
MATCH (t:Task {id: id})
OPTIONAL MATCH (parent:Task)-[:HAS_SUBTASK]->(t)
CALL (t) {
  OPTIONAL MATCH (t)<-[:HAS_SUBTASK*0..6]-(:Task)<-[:HAS_TASK]-(s:Section)
  RETURN s LIMIT 1
}
CALL (t) {
  OPTIONAL MATCH (byDefault:Organization)-[:ACCOUNTABLE_FOR]->(t)
  OPTIONAL MATCH (:Document {id: t.documentId})-[:ISSUED_BY]->(issuer:Organization)
  RETURN coalesce(byDefault, issuer) AS org
}
RETURN id, [{
  section: CASE WHEN s IS NULL THEN null ELSE s {.*, label: 'Section'} END,
  parent: CASE WHEN parent IS NULL THEN null ELSE parent {.*, label: 'Task'} END,
  organization: CASE WHEN org IS NULL THEN null ELSE org {.*, label: 'Organization'} END
}] AS items
