// Batch: each task's time limits in text order; each carries its task id and evidence.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[r:HAS_DEADLINE]->(x:Deadline)
  WITH x, r ORDER BY r.start
  RETURN collect(x {.*, label: 'Deadline', taskId: t.id,
    evidence: r {.documentId, .start, .end, .sentence, .mention}}) AS items
}
RETURN id, items
