// Batch: the broader groups each population is a subgroup of.
UNWIND $ids AS id
MATCH (p:Population {id: id})
CALL (p) {
  MATCH (p)-[:SUBGROUP_OF]->(parent:Population)
  WITH parent ORDER BY parent.name
  RETURN collect(parent {.*, label: 'Population'}) AS items
}
RETURN id, items
