// Every document's id, in order: the batches graph/derived.ts derives LEADS_CITING for
// on a graph loaded before the relationship existed.
MATCH (d:Document)
RETURN d.id AS id
ORDER BY id
