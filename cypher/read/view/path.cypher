// path(fromId, toId, maxDepth): one shortest path between two nodes, at most
// $maxDepth (≤ 6) relationships long, optionally only through relationships of
// $types. Nodes carry a display name only (never a document's text).
MATCH (a:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative {id: $fromId})
MATCH (b:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative {id: $toId})
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE length(p) <= $maxDepth
  AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
RETURN [n IN nodes(p) | {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title, n.text)}] AS nodes,
       [r IN relationships(p) | {
         id: elementId(r), type: type(r), from: startNode(r).id, to: endNode(r).id,
         properties: properties(r)
       }] AS edges
