// Batch: the departments that lead the tasks citing each regulation (in $mode, or any
// mode when null), with how many such tasks; most first.
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (dep:Department)-[:LEADS]->(t:Task)-[c:CITES]->(reg)
  WHERE $mode IS NULL OR c.mode = $mode
  WITH dep, count(DISTINCT t) AS taskCount
  ORDER BY taskCount DESC, dep.name, dep.id
  // The count rides on the department's own map: a wrapper map per department doubled
  // the values Neo4j and the driver handle for ~1,500 of them (bench:api Q2).
  RETURN collect(dep {.*, label: 'Department', taskCount: taskCount}) AS items
}
RETURN id, items
