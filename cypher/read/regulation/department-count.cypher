// Batch: how many departments lead tasks citing each regulation ($countKey: the
// LEADS_CITING count of one mode or of any, graph/model.ts leadsCitingCount): the length
// of Regulation.departments unpaged, from the derived LEADS_CITING.
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (:Department)-[d:LEADS_CITING]->(reg)
  WHERE d[$countKey] > 0
  RETURN [count(d)] AS items
}
RETURN id, items
