// Relationships per type, for `kg stats` and graphStats: the facts, not the derived
// LEADS_CITING (graph/model.ts DERIVED_RELATIONSHIPS), as the exports count them.
CALL db.relationshipTypes() YIELD relationshipType AS type
WITH type WHERE type <> 'LEADS_CITING'
CALL (type) {
  MATCH ()-[r:$(type)]->()
  RETURN count(r) AS count
}
RETURN type, count
ORDER BY type
