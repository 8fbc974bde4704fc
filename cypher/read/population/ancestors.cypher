// Batch: every broader group of each population, nearest first (the taxonomy is shallow; bounded at 10).
UNWIND $ids AS id
MATCH (p:Population {id: id})
CALL (p) {
  MATCH path = (p)-[:SUBGROUP_OF*1..10]->(a:Population)
  WITH a, min(length(path)) AS distance
  ORDER BY distance, a.name
  RETURN collect(a {.*, label: 'Population'}) AS items
}
RETURN id, items
