// Batch: the outside agencies each task's text names (INVOLVES), in text order, with evidence.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[r:INVOLVES]->(dep:Department)
  WITH dep, r ORDER BY r.start
  RETURN collect({
    department: dep {.*, label: 'Department'},
    evidence: r {.documentId, .start, .end, .sentence, .mention}
  }) AS items
}
RETURN id, items
