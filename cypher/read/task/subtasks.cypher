// Batch: the direct sub-tasks of each task in reading order.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[:HAS_SUBTASK]->(sub:Task)
  WITH sub ORDER BY sub.order
  RETURN collect(sub {.*, label: 'Task'}) AS items
}
RETURN id, items
