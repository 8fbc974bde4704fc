// Batch: the task of the same issuer's next plan that continues each task (CONTINUES, reversed).
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)<-[c:CONTINUES]-(later:Task)
  RETURN collect({task: later {.*, label: 'Task'}, similarity: c.similarity, phrases: c.phrases}) AS items
}
RETURN id, items
