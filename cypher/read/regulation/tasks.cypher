// Batch page: the tasks citing each regulation (in $mode when given), by document then reading order.
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (t:Task)-[c:CITES]->(reg)
  WHERE $mode IS NULL OR c.mode = $mode
  WITH DISTINCT t ORDER BY t.documentId, t.order
  WITH collect(t) AS ordered
  RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
}
RETURN id, totalCount, items
