// Batch: the departments leading tasks that serve each population (and, with
// $includeSubgroups, its subgroups), with how many such tasks; most first.
UNWIND $ids AS id
MATCH (p:Population {id: id})
CALL (p) {
  MATCH (dep:Department)-[:LEADS]->(t:Task)-[:TARGETS]->(q:Population)
  WHERE q = p OR ($includeSubgroups AND EXISTS { (q)-[:SUBGROUP_OF*1..10]->(p) })
  WITH dep, count(DISTINCT t) AS taskCount
  ORDER BY taskCount DESC, dep.name, dep.id
  // The count rides on the department's own map: a wrapper map per department doubled
  // the values Neo4j and the driver handle for ~1,500 of them (bench:api Q2).
  RETURN collect(dep {.*, label: 'Department', taskCount: taskCount}) AS items
}
RETURN id, items
