// Batch page: every task of each document (sub-tasks included) in reading order.
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  MATCH (t:Task {documentId: d.id})
  WITH t ORDER BY t.order
  WITH collect(t) AS ordered
  RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
}
RETURN id, totalCount, items
