// documentStats / regionStats: for each document of the filter ($regions: the forms of a
// region, $year, $documentKind, $organization: the issuer's id or name), its tasks, those
// with an explicit lead (leadSource EXPLICIT), the lead namings (LEADS) and the distinct
// departments they name, citations (CITES), promises (TARGET indicators) and its
// deadlines by status on $asOf (OVERDUE before it, DUE_SOON up to $soonUntil, OPEN
// after, UNDATED without a date: the rule of read/deadline/page). By document id; the
// API orders and sums (regions) in code.
MATCH (d:Document)
WHERE ($regions IS NULL OR d.region IN $regions)
  AND ($year IS NULL OR d.year = $year)
  AND ($documentKind IS NULL OR d.kind = $documentKind)
  AND ($organization IS NULL OR EXISTS {
    MATCH (d)-[:ISSUED_BY]->(o:Organization) WHERE o.id = $organization OR o.name = $organization
  })
CALL (d) {
  OPTIONAL MATCH (t:Task {documentId: d.id})
  RETURN count(t) AS tasks,
         count(CASE WHEN t.leadSource = 'EXPLICIT' THEN 1 END) AS explicitlyLed,
         sum(COUNT { (:Department)-[:LEADS]->(t) }) AS leadsNamed,
         sum(COUNT { (t)-[:CITES]->(:Regulation) }) AS citations,
         sum(COUNT { (t)-[:HAS_INDICATOR]->(:Indicator {kind: 'TARGET'}) }) AS promises
}
CALL (d) {
  OPTIONAL MATCH (dep:Department)-[:LEADS]->(:Task {documentId: d.id})
  RETURN count(DISTINCT dep) AS leadDepartments
}
CALL (d) {
  OPTIONAL MATCH (:Task {documentId: d.id})-[:HAS_DEADLINE]->(x:Deadline)
  WITH x, CASE
    WHEN x IS NULL THEN null
    WHEN x.date IS NULL THEN 'UNDATED'
    WHEN x.date < $asOf THEN 'OVERDUE'
    WHEN x.date <= $soonUntil THEN 'DUE_SOON'
    ELSE 'OPEN' END AS status
  RETURN count(x) AS deadlines,
         count(CASE status WHEN 'OPEN' THEN 1 END) AS open,
         count(CASE status WHEN 'DUE_SOON' THEN 1 END) AS dueSoon,
         count(CASE status WHEN 'OVERDUE' THEN 1 END) AS overdue,
         count(CASE status WHEN 'UNDATED' THEN 1 END) AS undated
}
RETURN d.id AS documentId, d.title AS title, d.region AS region, d.year AS year,
       tasks, explicitlyLed, leadsNamed, leadDepartments, citations, promises,
       {total: deadlines, open: open, dueSoon: dueSoon, overdue: overdue, undated: undated} AS deadlines
ORDER BY d.id
