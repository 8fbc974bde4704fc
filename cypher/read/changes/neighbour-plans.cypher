// The work plans of the same issuer just before and just after each document of
// $documentIds (by year): the plans whose tasks it continues and that continue it. A
// document without an issuer has no row.
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
  WITH n ORDER BY n.year, n.publishedAt, n.id LIMIT 1
  RETURN n.id AS next
}
RETURN documentId, d.kind AS kind, previous, next
