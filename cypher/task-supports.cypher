// Batch: the departments that SUPPORTS each task, in the order the text names them, with evidence and the printed role word.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (dep:Department)-[r:SUPPORTS]->(t)
  WITH dep, r ORDER BY r.start
  RETURN collect({
    department: dep {.*, label: 'Department'},
    evidence: r {.documentId, .start, .end, .sentence, .mention},
    roleWord: r.roleWord
  }) AS items
}
RETURN id, items
