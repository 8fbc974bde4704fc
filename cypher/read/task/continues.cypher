// Batch: the task of the same issuer's previous plan each task continues (CONTINUES,
// written by src/graph/continuity.ts), with how similar they read and the phrases both print.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[c:CONTINUES]->(earlier:Task)
  RETURN collect({task: earlier {.*, label: 'Task'}, similarity: c.similarity, phrases: c.phrases}) AS items
}
RETURN id, items
