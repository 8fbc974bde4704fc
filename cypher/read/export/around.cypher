// The nodes within $hops (1–3) relationships of a node, for an export: unbounded
// in number (an export streams), through facts only (never the derived LEADS_CITING), each reached once (Neo4j's pruning breadth-first
// expand, not every path). Ids and labels only; no row for an unknown id.
MATCH (start:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative {id: $id})
CALL (start) {
  WITH start WHERE $hops = 1
  MATCH (start)-[rs*0..1]-(n) WHERE all(r IN rs WHERE type(r) <> 'LEADS_CITING') RETURN DISTINCT n
  UNION
  WITH start WHERE $hops = 2
  MATCH (start)-[rs*0..2]-(n) WHERE all(r IN rs WHERE type(r) <> 'LEADS_CITING') RETURN DISTINCT n
  UNION
  WITH start WHERE $hops = 3
  MATCH (start)-[rs*0..3]-(n) WHERE all(r IN rs WHERE type(r) <> 'LEADS_CITING') RETURN DISTINCT n
}
RETURN n.id AS id, labels(n) AS labels
