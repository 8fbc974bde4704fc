// The nodes of the documents an export is filtered to ($documentId, $region,
// $year; null = any): each document, what hangs off it (its issuer, sections,
// top-level tasks), its tasks and everything they link to (departments, bureaus,
// regulations, populations, indicators, deadlines, initiatives). Ids and labels only.
MATCH (d:Document)
WHERE ($documentId IS NULL OR d.id = $documentId)
  AND ($region IS NULL OR d.region = $region)
  AND ($year IS NULL OR d.year = $year)
CALL (d) {
  RETURN d AS n
  UNION
  MATCH (d)--(n) RETURN n
  UNION
  MATCH (t:Task {documentId: d.id}) RETURN t AS n
  UNION
  MATCH (:Task {documentId: d.id})--(n) RETURN n
}
WITH DISTINCT n
RETURN n.id AS id, labels(n) AS labels
