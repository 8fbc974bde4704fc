// Batch: how many departments lead tasks citing each regulation (in $mode, or any mode
// when null): the length of Regulation.departments unpaged, from the derived LEADS_CITING.
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (:Department)-[d:LEADS_CITING]->(reg)
  WHERE d[CASE WHEN $mode IS NULL THEN 'taskCount' ELSE toLower($mode) + 'TaskCount' END] > 0
  RETURN [count(d)] AS items
}
RETURN id, items
