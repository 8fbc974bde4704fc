// Batch: the direct subgroups of each population.
UNWIND $ids AS id
MATCH (p:Population {id: id})
CALL (p) {
  MATCH (sub:Population)-[:SUBGROUP_OF]->(p)
  WITH sub ORDER BY sub.name
  RETURN collect(sub {.*, label: 'Population'}) AS items
}
RETURN id, items
