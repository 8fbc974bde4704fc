// Any nodes by id, one round trip: $refs = [{id, label}], the label taken from
// the id's prefix so each lookup is an index seek on that label's id constraint.
// Documents leave their full text, map and versions behind (large; their fields have reads of their own).
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
RETURN CASE WHEN ref.label = 'Document' THEN n {.*, text: null, origin: null, versions: null, label: ref.label} ELSE n {.*, label: ref.label} END AS node
