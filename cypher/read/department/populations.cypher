// Batch: the populations served by the tasks each department leads or supports; most tasks first.
UNWIND $ids AS id
MATCH (dep:Department {id: id})
CALL (dep) {
  MATCH (dep)-[:LEADS|SUPPORTS]->(t:Task)-[:TARGETS]->(p:Population)
  WITH p, count(DISTINCT t) AS taskCount
  ORDER BY taskCount DESC, p.name
  RETURN collect({population: p {.*, label: 'Population'}, taskCount: taskCount}) AS items
}
RETURN id, items
