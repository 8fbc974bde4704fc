// Batch: each task's quantitative promises in text order; each carries its task id and evidence.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[r:HAS_INDICATOR]->(i:Indicator)
  WITH i, r ORDER BY r.start
  RETURN collect(i {.*, label: 'Indicator', taskId: t.id,
    evidence: r {.documentId, .start, .end, .sentence, .mention}}) AS items
}
RETURN id, items
