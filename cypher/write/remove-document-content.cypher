// Removes what a document owns (sections, tasks, indicators, deadlines and their
// relationships) and then every shared node that nothing refers to any more:
// regulations, initiatives and departments only its tasks pointed at, and its
// organization once no document, no department and no task hangs on it. Populations of the
// taxonomy are reference data and stay; compound ones (散居孤儿) go with their last task.
MATCH (d:Document {id: $documentId})
CALL (d) {
  OPTIONAL MATCH (:Task {documentId: d.id})-[:CITES|PART_OF_INITIATIVE|INVOLVES]->(shared)
  RETURN collect(DISTINCT shared) AS linked
}
CALL (d) {
  OPTIONAL MATCH (:Task {documentId: d.id})<-[:LEADS|SUPPORTS]-(dep:Department)
  RETURN collect(DISTINCT dep) AS departments
}
// Populations read by grammar (散居孤儿: any not in the taxonomy, whose ids are $taxonomy) its
// tasks target, and the compounds above them (集中供养成年孤儿 → 成年孤儿).
CALL (d) {
  OPTIONAL MATCH (:Task {documentId: d.id})-[:TARGETS]->(:Population)-[:SUBGROUP_OF*0..4]->(p:Population)
  WHERE NOT p.id IN $taxonomy
  RETURN collect(DISTINCT p) AS compoundPopulations
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
// Bodies (bureaus, and outside bodies that are Organization and Department at once) apart
// from the rest, told before anything of them is deleted. (This WITH ends the scope: a list
// the passes below need must be carried here.)
WITH d, implemented, compoundPopulations,
     [n IN linked + departments WHERE NOT n:Organization] AS units,
     [n IN linked + departments WHERE n:Organization] + organizations AS bodies
// An outside body that still issues documents (or has units of its own) but that no task
// names any more is a bureau only again: it stops being a Department.
CALL (bodies) {
  UNWIND bodies AS n
  WITH DISTINCT n WHERE n:Department
    AND NOT EXISTS { (n)-[:LEADS|SUPPORTS]->(:Task) } AND NOT EXISTS { (:Task)-[:INVOLVES]->(n) }
    AND (EXISTS { (n)<-[:ISSUED_BY]-() } OR EXISTS { (n)<-[:PART_OF]-() })
  REMOVE n:Department, n.kind, n.aliases
}
// Orphans, outermost first: a regulation that another one implements stays while that one
// stays; a bureau once its departments are gone.
CALL (units) {
  UNWIND units AS n
  WITH n WHERE NOT EXISTS { (n)--(:Task) } AND NOT EXISTS { (n)<-[:IMPLEMENTS]-() }
  DETACH DELETE n
}
CALL (implemented) {
  UNWIND implemented AS n
  WITH n WHERE NOT EXISTS { (n)--(:Task) } AND NOT EXISTS { (n)<-[:IMPLEMENTS]-() }
  DETACH DELETE n
}
CALL (bodies) {
  UNWIND bodies AS n
  WITH DISTINCT n WHERE NOT EXISTS { (n)--(:Task) } AND NOT EXISTS { (n)<-[:ISSUED_BY]-() } AND NOT EXISTS { (n)<-[:PART_OF]-() }
  DETACH DELETE n
}
// A compound population lives while a task targets it or one of its subgroups; locked
// before the check, like the shared nodes above.
CALL (compoundPopulations) {
  UNWIND compoundPopulations AS n
  SET n._lock = true
  REMOVE n._lock
}
CALL (compoundPopulations) {
  UNWIND compoundPopulations AS n
  WITH n WHERE NOT EXISTS { (:Task)-[:TARGETS]->(:Population)-[:SUBGROUP_OF*0..4]->(n) }
  DETACH DELETE n
}
RETURN d.id AS id
