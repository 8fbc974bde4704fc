// Batch: the top-level tasks of each chapter in reading order (sub-tasks hang under them).
UNWIND $ids AS id
MATCH (s:Section {id: id})
CALL (s) {
  MATCH (s)-[:HAS_TASK]->(t:Task)
  WITH t ORDER BY t.order
  RETURN collect(t {.*, label: 'Task'}) AS items
}
RETURN id, items
