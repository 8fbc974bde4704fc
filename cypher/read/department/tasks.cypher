// Batch page: the tasks each department leads ($role 'LEAD'), supports ('SUPPORT')
// or either ('ANY'), ordered by document, then reading order.
UNWIND $ids AS id
MATCH (dep:Department {id: id})
CALL (dep) {
  MATCH (dep)-[r:LEADS|SUPPORTS]->(t:Task)
  WHERE $role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS)
  WITH DISTINCT t ORDER BY t.documentId, t.order
  WITH collect(t) AS ordered
  RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
}
RETURN id, totalCount, items
