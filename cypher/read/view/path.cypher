// path(fromId, toId, maxDepth): one shortest path between two nodes, at most
// $maxDepth (≤ 6) relationships long, optionally only through relationships of
// $types. One row always: whether each end exists, and the path's nodes and
// relationships (empty when there is none within $maxDepth). Nodes carry a
// display name only (never a document's text).
OPTIONAL MATCH (a:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative {id: $fromId})
OPTIONAL MATCH (b:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative {id: $toId})
OPTIONAL CALL (a, b) {
  MATCH p = shortestPath((a)-[*..6]-(b))
  WHERE length(p) <= $maxDepth
    // Facts only: never the derived LEADS_CITING (graph/model.ts DERIVED_RELATIONSHIPS).
    AND all(r IN relationships(p) WHERE type(r) <> 'LEADS_CITING')
    AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
  RETURN p
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
       CASE WHEN p IS NULL THEN [] ELSE [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.text), number: n.number}] END AS nodes,
       CASE WHEN p IS NULL THEN [] ELSE [r IN relationships(p) | {
         type: type(r), from: startNode(r).id, to: endNode(r).id,
         properties: properties(r)
       }] END AS edges
