// Batch: the named programmes each task belongs to, with evidence.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[r:PART_OF_INITIATIVE]->(i:Initiative)
  WITH i, r ORDER BY r.start
  RETURN collect({
    initiative: i {.*, label: 'Initiative'},
    evidence: r {.documentId, .start, .end, .sentence, .mention}
  }) AS items
}
RETURN id, items
