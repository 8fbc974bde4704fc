// Batch: each bureau's own departments by name.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (dep:Department)-[:PART_OF]->(o)
  WITH dep ORDER BY dep.name
  RETURN collect(dep {.*, label: 'Department'}) AS items
}
RETURN id, items
