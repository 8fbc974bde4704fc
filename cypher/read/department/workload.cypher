// Batch: how many tasks each department leads, supports, and is named in as an outside agency.
UNWIND $ids AS id
MATCH (dep:Department {id: id})
RETURN id, [{
  led: COUNT { (dep)-[:LEADS]->(:Task) },
  supported: COUNT { (dep)-[:SUPPORTS]->(:Task) },
  involved: COUNT { (:Task)-[:INVOLVES]->(dep) }
}] AS items
