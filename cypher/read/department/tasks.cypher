// Batch page: the tasks each department leads ($role 'LEAD'), supports ('SUPPORT')
// or has any stated link with ('ANY': also INVOLVES, an outside agency the task names,
// as in the tasks query), ordered by document, then reading order.
UNWIND $ids AS id
MATCH (dep:Department {id: id})
CALL (dep) {
  MATCH (dep)-[r:LEADS|SUPPORTS|INVOLVES]-(t:Task)
  WHERE $role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS)
  WITH DISTINCT t ORDER BY t.documentId, t.order
  WITH collect(t) AS ordered
  RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
}
RETURN id, totalCount, items
