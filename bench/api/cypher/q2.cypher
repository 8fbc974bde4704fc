// Q2 by hand: laws and regulations, each with the distinct departments leading tasks that implement it.
MATCH (r:Regulation)
WHERE r.kind IN ['LAW', 'REGULATION']
WITH r ORDER BY r.id
CALL (r) {
  MATCH (d:Department)-[:LEADS]->(:Task)-[:CITES {mode: 'IMPLEMENTS'}]->(r)
  WITH DISTINCT d ORDER BY d.id
  RETURN collect({id: d.id, name: d.name}) AS departments
}
RETURN collect({id: r.id, title: r.title, kind: r.kind, departments: departments}) AS answer
