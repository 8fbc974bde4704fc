// Batch: the regulations each regulation implements (《福建省实施<…>办法》 → the law).
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (reg)-[:IMPLEMENTS]->(inner:Regulation)
  WITH inner ORDER BY inner.name
  RETURN collect(inner {.*, label: 'Regulation'}) AS items
}
RETURN id, items
