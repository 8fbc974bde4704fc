// Q2 by hand: laws and regulations, each with the distinct departments leading tasks that implement it,
// read from the derived LEADS_CITING (src/graph/model.ts), as our API reads it: the best Cypher
// over the same graph. Through the paths instead, (d:Department)-[:LEADS]->(:Task)-[:CITES
// {mode: 'IMPLEMENTS'}]->(r), it read every citing task: 35,281 db hits at 2,000 documents.
MATCH (r:Regulation)
WHERE r.kind IN ['LAW', 'REGULATION']
WITH r ORDER BY r.id
CALL (r) {
  MATCH (d:Department)-[c:LEADS_CITING]->(r)
  WHERE c.implementsTaskCount > 0
  WITH d ORDER BY d.id
  RETURN collect({id: d.id, name: d.name}) AS departments
}
RETURN collect({id: r.id, title: r.title, kind: r.kind, departments: departments}) AS answer
