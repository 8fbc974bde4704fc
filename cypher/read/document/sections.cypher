// Batch: each document's chapters in reading order.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (d)-[:HAS_SECTION]->(s:Section)
  WITH s ORDER BY s.order
  RETURN collect(s {.*, label: 'Section'}) AS items
}
RETURN id, items
