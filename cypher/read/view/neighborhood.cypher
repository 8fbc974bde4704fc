// neighborhood(id, depth, limit): the nodes within $depth (1–3) hops of a node,
// breadth first, nearest first, at most $limit of them (one more is fetched to
// tell that the view was cut), and every relationship among the nodes kept.
// Each level's expansion is capped too, so a hub cannot make the query explode, and
// a level is not expanded when the nodes before it already fill the view. The
// relationships and the display names are only read when asked for ($withEdges,
// $withNames). Nodes carry a display
// name only (never a document's text).
MATCH (start:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative {id: $id})
CALL (start) {
  MATCH (start)--(n)
  WHERE n <> start
  WITH DISTINCT n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level1
}
CALL (start, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) < $limit THEN level1 ELSE [] END AS x
  MATCH (x)--(n)
  WHERE n <> start AND NOT n IN level1
  WITH DISTINCT n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level2
}
CALL (start, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 AND size(level1) + size(level2) < $limit THEN level2 ELSE [] END AS x
  MATCH (x)--(n)
  WHERE n <> start AND NOT n IN level1 AND NOT n IN level2
  WITH DISTINCT n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level3
}
WITH ([start] + level1 + level2 + level3) AS reached
WITH reached[..$limit] AS kept, size(reached) > $limit AS truncated
CALL (kept) {
  UNWIND CASE WHEN $withEdges THEN kept ELSE [] END AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept
  RETURN collect({
    id: elementId(r), type: type(r), from: a.id, to: b.id,
    properties: properties(r)
  }) AS edges
}
// A node deleted by a concurrent write while this query ran reads back without properties: leave it out.
// Ids (their prefix names the label) and names as two flat lists: a map per node
// made 500 nodes cost Neo4j and the driver three times the values.
WITH [n IN kept WHERE n.id IS NOT NULL] AS kept, edges, truncated
RETURN [n IN kept | n.id] AS ids,
       CASE WHEN $withNames THEN [n IN kept | coalesce(n.name, n.title, n.text)] END AS names,
       [e IN edges WHERE e.from IS NOT NULL AND e.to IS NOT NULL] AS edges, truncated
