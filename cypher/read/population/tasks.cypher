// Batch page: the tasks serving each population, or with $includeSubgroups any of its
// subgroups too (孤儿 is a 困境儿童), by document then reading order.
UNWIND $ids AS id
MATCH (p:Population {id: id})
CALL (p) {
  MATCH (t:Task)-[:TARGETS]->(q:Population)
  WHERE q = p OR ($includeSubgroups AND EXISTS { (q)-[:SUBGROUP_OF*1..10]->(p) })
  WITH DISTINCT t ORDER BY t.documentId, t.order
  WITH collect(t) AS ordered
  RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
}
RETURN id, totalCount, items
