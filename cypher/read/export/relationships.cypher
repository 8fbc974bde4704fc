// Every relationship of the graph for an export (the facts: never the derived
// LEADS_CITING, an index of LEADS→CITES that a reader can recompute), streamed in its stored direction:
// type, the ends' ids and the values of $keys (the model's relationship properties:
// evidence, mode, role word …). $labels (null = all): only between nodes with one
// of these labels. Its id is computed from these (graph/ids.ts edgeId).
MATCH (a:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative)-[r:!LEADS_CITING]->(b)
WHERE $labels IS NULL OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels))
RETURN type(r) AS type, a.id AS from, b.id AS to, [k IN $keys | r[k]] AS values
