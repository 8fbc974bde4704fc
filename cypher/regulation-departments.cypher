// Batch: the departments that lead the tasks citing each regulation, with how many such tasks; most first.
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (dep:Department)-[:LEADS]->(t:Task)-[:CITES]->(reg)
  WITH dep, count(DISTINCT t) AS taskCount
  ORDER BY taskCount DESC, dep.name, dep.id
  RETURN collect({department: dep {.*, label: 'Department'}, taskCount: taskCount}) AS items
}
RETURN id, items
