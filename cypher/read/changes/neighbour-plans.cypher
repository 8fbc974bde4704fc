// The work plans of the same issuer around each document of $documentIds (by year): the
// plan just before it, whose tasks it continues (ties: the latest publishedAt, then the
// smallest id), and every plan of the nearest later year, whose previous plan it may now
// be. A document without an issuer has no row.
UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})-[:ISSUED_BY]->(o:Organization)
CALL (d, o) {
  OPTIONAL MATCH (o)<-[:ISSUED_BY]-(p:Document)
  WHERE p.kind = 'WORK_PLAN' AND p.year < d.year
  WITH p ORDER BY p.year DESC, p.publishedAt DESC, p.id LIMIT 1
  RETURN p.id AS previous
}
CALL (d, o) {
  OPTIONAL MATCH (o)<-[:ISSUED_BY]-(n:Document)
  WHERE n.kind = 'WORK_PLAN' AND n.year > d.year
  WITH n.year AS year, collect(n.id) AS plans
  ORDER BY year LIMIT 1
  RETURN plans AS following
}
RETURN documentId, d.kind AS kind, previous, following
