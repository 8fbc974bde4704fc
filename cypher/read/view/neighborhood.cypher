// neighborhood(id, depth, limit): the nodes within $depth (1–3) hops of a node,
// breadth first, nearest first, at most $limit of them (one more is fetched to
// tell that the view was cut), each with its distance in hops, and every
// relationship among the nodes kept.
// $types (null = all): only relationships of these types are followed and returned;
// derived ones (LEADS_CITING, graph/model.ts DERIVED_RELATIONSHIPS) never.
// $labels (null = all): only nodes of these labels are returned (the start node
// always); the nodes between are traversed but left out, so a distance may skip.
// Each level's expansion is capped too, so a hub cannot make the query explode, and
// a level is not expanded when the nodes before it already fill the view. The
// relationships and the display names are only read when asked for ($withEdges,
// $withNames). Nodes carry a display name only (never a document's text).
MATCH (start:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative {id: $id})
CALL (start) {
  MATCH (start)-[r:!LEADS_CITING]-(n)
  WHERE n <> start AND ($types IS NULL OR type(r) IN $types)
  WITH DISTINCT n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level1
}
CALL (start, level1) {
  UNWIND CASE WHEN $depth >= 2 AND size(level1) < $limit THEN level1 ELSE [] END AS x
  MATCH (x)-[r:!LEADS_CITING]-(n)
  WHERE n <> start AND NOT n IN level1 AND ($types IS NULL OR type(r) IN $types)
  WITH DISTINCT n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level2
}
CALL (start, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 AND size(level1) + size(level2) < $limit THEN level2 ELSE [] END AS x
  MATCH (x)-[r:!LEADS_CITING]-(n)
  WHERE n <> start AND NOT n IN level1 AND NOT n IN level2 AND ($types IS NULL OR type(r) IN $types)
  WITH DISTINCT n ORDER BY n.id LIMIT $cap
  RETURN collect(n) AS level3
}
WITH start, level1, level2, level3, size(level1) + size(level2) + size(level3) >= $limit AS cut
WITH [{n: start, d: 0}] + [n IN level1 | {n: n, d: 1}] + [n IN level2 | {n: n, d: 2}] + [n IN level3 | {n: n, d: 3}] AS reached, cut
WITH [x IN reached WHERE x.d = 0 OR $labels IS NULL OR any(l IN labels(x.n) WHERE l IN $labels)] AS shown, cut
WITH shown[..$limit] AS kept, cut OR size(shown) > $limit AS truncated
WITH [x IN kept | x.n] AS keptNodes, kept, truncated
CALL (keptNodes) {
  UNWIND CASE WHEN $withEdges THEN keptNodes ELSE [] END AS a
  MATCH (a)-[r:!LEADS_CITING]->(b)
  WHERE b IN keptNodes AND ($types IS NULL OR type(r) IN $types)
  RETURN collect({
    type: type(r), from: a.id, to: b.id,
    properties: properties(r)
  }) AS edges
}
// A node deleted by a concurrent write while this query ran reads back without properties: leave it out.
// Ids (their prefix names the label), distances, names and numbers as flat lists: a
// map per node made 500 nodes cost Neo4j and the driver three times the values.
WITH [x IN kept WHERE x.n.id IS NOT NULL] AS kept, edges, truncated
RETURN [x IN kept | x.n.id] AS ids,
       [x IN kept | x.d] AS distances,
       CASE WHEN $withNames THEN [x IN kept | coalesce(x.n.name, x.n.title, x.n.text)] END AS names,
       CASE WHEN $withNames THEN [x IN kept | x.n.number] END AS numbers,
       [e IN edges WHERE e.from IS NOT NULL AND e.to IS NOT NULL] AS edges, truncated
