// Batch page: the tasks each department leads ($role 'LEAD'), supports ('SUPPORT')
// or has any stated link with ('ANY': also INVOLVES, an outside agency the task names,
// as in the tasks query), ordered by document, then reading order. One branch per role,
// its test on $role before its expand: a filter on the relationship after one expand of
// all three types read every link of the department, whatever the role asked.
UNWIND $ids AS id
MATCH (dep:Department {id: id})
CALL (dep) {
  CALL (dep) {
    WITH dep WHERE $role = 'LEAD'
    MATCH (dep)-[:LEADS]-(t:Task)
    RETURN t
    UNION
    WITH dep WHERE $role = 'SUPPORT'
    MATCH (dep)-[:SUPPORTS]-(t:Task)
    RETURN t
    UNION
    WITH dep WHERE $role = 'ANY'
    MATCH (dep)-[:LEADS|SUPPORTS|INVOLVES]-(t:Task)
    RETURN t
  }
  WITH DISTINCT t ORDER BY t.documentId, t.order
  WITH collect(t) AS ordered
  RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
}
RETURN id, totalCount, items
