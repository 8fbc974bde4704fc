// Q1 by hand: the department's led tasks in document order, each with its citations and populations.
// (MATCH, not OPTIONAL MATCH, inside each collect: no match must give [], not [{…: null}].)
MATCH (:Department {id: $departmentId})-[:LEADS]->(t:Task)
WITH t ORDER BY t.documentId, t.order LIMIT $first
CALL (t) {
  MATCH (t)-[c:CITES]->(r:Regulation)
  WITH c, r ORDER BY r.id, c.mode
  RETURN collect({mode: c.mode, regulationId: r.id, regulationTitle: r.title}) AS citations
}
CALL (t) {
  MATCH (t)-[:TARGETS]->(p:Population)
  WITH p ORDER BY p.id
  RETURN collect({id: p.id, name: p.name}) AS populations
}
RETURN collect({id: t.id, title: t.title, citations: citations, populations: populations}) AS answer
