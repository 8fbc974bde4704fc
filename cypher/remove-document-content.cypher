// Removes what a document owns (sections, tasks, indicators, deadlines and their
// relationships) and then every shared node that nothing refers to any more:
// regulations, initiatives and departments only its tasks pointed at, and its
// organization once no document and no department hangs on it. Populations are
// reference data (the taxonomy) and stay.
MATCH (d:Document {id: $documentId})
CALL (d) {
  OPTIONAL MATCH (:Task {documentId: d.id})-[:CITES|PART_OF_INITIATIVE|INVOLVES]->(shared)
  RETURN collect(DISTINCT shared) AS linked
}
CALL (d) {
  OPTIONAL MATCH (:Task {documentId: d.id})<-[:LEADS|SUPPORTS]-(dep:Department)
  RETURN collect(DISTINCT dep) AS departments
}
CALL (linked) {
  UNWIND linked AS reg
  OPTIONAL MATCH (reg:Regulation)-[:IMPLEMENTS]->(inner:Regulation)
  RETURN collect(DISTINCT inner) AS implemented
}
CALL (d) {
  OPTIONAL MATCH (d)-[i:ISSUED_BY]->(org:Organization)
  DELETE i
  RETURN collect(org) AS organizations
}
CALL (d) {
  MATCH (n:Indicator {documentId: d.id}) DETACH DELETE n
}
CALL (d) {
  MATCH (n:Deadline {documentId: d.id}) DETACH DELETE n
}
CALL (d) {
  MATCH (n:Task {documentId: d.id}) DETACH DELETE n
}
CALL (d) {
  MATCH (n:Section {documentId: d.id}) DETACH DELETE n
}
// Write-lock every shared candidate before looking at its relationships: a concurrent ingest
// that already linked it holds its lock, so its commit comes first and the checks below see
// its links (checking before locking deleted nodes, and their new links, under its feet).
CALL (linked, departments, implemented, organizations) {
  UNWIND linked + departments + implemented + organizations AS n
  SET n._lock = true
  REMOVE n._lock
}
// Orphans, outermost first: a regulation that another one implements stays while that one stays.
CALL (linked, departments) {
  UNWIND linked + departments AS n
  WITH n WHERE NOT EXISTS { (n)--(:Task) } AND NOT EXISTS { (n)<-[:IMPLEMENTS]-() }
  DETACH DELETE n
}
CALL (implemented) {
  UNWIND implemented AS n
  WITH n WHERE NOT EXISTS { (n)--(:Task) } AND NOT EXISTS { (n)<-[:IMPLEMENTS]-() }
  DETACH DELETE n
}
CALL (organizations) {
  UNWIND organizations AS org
  WITH org WHERE NOT EXISTS { (org)<-[:ISSUED_BY]-() } AND NOT EXISTS { (org)<-[:PART_OF]-() }
  DETACH DELETE org
}
RETURN d.id AS id
