// The relationships of a subgraph for an export, streamed: those going out of the
// nodes of $refs (index seeks, as in read/export/nodes-by-id) into a node whose id
// is in $ids (the same nodes), as read/export/relationships returns them.
UNWIND $refs AS ref
CALL (ref) {
  WITH ref WHERE ref.label = 'Document'
  MATCH (n:Document {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Organization'
  MATCH (n:Organization {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Department'
  MATCH (n:Department {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Section'
  MATCH (n:Section {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Task'
  MATCH (n:Task {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Regulation'
  MATCH (n:Regulation {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Population'
  MATCH (n:Population {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Indicator'
  MATCH (n:Indicator {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Deadline'
  MATCH (n:Deadline {id: ref.id}) RETURN n
  UNION ALL
  WITH ref WHERE ref.label = 'Initiative'
  MATCH (n:Initiative {id: ref.id}) RETURN n
}
MATCH (n)-[r:!LEADS_CITING]->(b)
WHERE b.id IN $ids
RETURN type(r) AS type, n.id AS from, b.id AS to, [k IN $keys | r[k]] AS values
