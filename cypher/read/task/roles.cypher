// Batch: the departments named in one role on each task, in the order the text names
// them, with evidence and the printed role word. $type: LEADS or SUPPORTS (from the
// department to the task) or INVOLVES (from the task to an outside agency); the three
// types never join the same two nodes the other way round, so the pattern is undirected.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[r]-(dep:Department)
  WHERE type(r) = $type
  WITH dep, r ORDER BY r.start
  RETURN collect({
    department: dep {.*, label: 'Department'},
    evidence: r {.documentId, .start, .end, .sentence, .mention},
    roleWord: r.roleWord
  }) AS items
}
RETURN id, items
