// Batch page: the tasks that belong to each named programme, by document then reading order.
UNWIND $ids AS id
MATCH (i:Initiative {id: id})
CALL (i) {
  MATCH (t:Task)-[:PART_OF_INITIATIVE]->(i)
  WITH DISTINCT t ORDER BY t.documentId, t.order
  WITH collect(t) AS ordered
  RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
}
RETURN id, totalCount, items
