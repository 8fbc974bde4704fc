// Batch: the departments that lead the tasks citing each regulation, with how many such
// tasks ($countKey: the LEADS_CITING count of one mode or of any, graph/model.ts
// leadsCitingCount); most first; the first $first (null = all). Read from the derived
// LEADS_CITING, which counts them as they are written: work in proportion to the
// regulation's departments, not to its citing tasks (a law is cited by thousands;
// bench:api Q2 read 35,000 db hits at 2,000 documents).
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (dep:Department)-[d:LEADS_CITING]->(reg)
  WITH dep, d[$countKey] AS taskCount
  WHERE taskCount > 0
  ORDER BY taskCount DESC, dep.name, dep.id
  LIMIT coalesce($first, 1000000000)
  // The count rides on the department's own map: a wrapper map per department doubled
  // the values Neo4j and the driver handle for ~1,500 of them (bench:api Q2).
  RETURN collect(dep {.*, label: 'Department', taskCount: taskCount}) AS items
}
RETURN id, items
