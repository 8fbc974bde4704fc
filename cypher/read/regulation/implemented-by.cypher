// Batch: the regulations that implement each regulation.
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (outer:Regulation)-[:IMPLEMENTS]->(reg)
  WITH outer ORDER BY outer.name
  RETURN collect(outer {.*, label: 'Regulation'}) AS items
}
RETURN id, items
