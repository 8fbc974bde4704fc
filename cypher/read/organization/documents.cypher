// Batch: the documents each bureau issued, newest first (without their full text).
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (d:Document)-[:ISSUED_BY]->(o)
  WITH d ORDER BY d.year IS NULL, d.year DESC, d.publishedAt DESC, d.title, d.id
  RETURN collect(d {.*, text: null, origin: null, versions: null, label: 'Document'}) AS items
}
RETURN id, items
