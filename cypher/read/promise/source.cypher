// Batch: for indicators and deadlines fetched on their own, the task that promises them and the evidence.
UNWIND $ids AS id
CALL (id) {
  MATCH (t:Task)-[r:HAS_INDICATOR]->(:Indicator {id: id}) RETURN t, r
  UNION ALL
  MATCH (t:Task)-[r:HAS_DEADLINE]->(:Deadline {id: id}) RETURN t, r
}
RETURN id, [{task: t {.*, label: 'Task'}, evidence: r {.documentId, .start, .end, .sentence, .mention}}] AS items
