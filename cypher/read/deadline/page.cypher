// The `deadlines` query: every deadline whose task matches every filter given, on a
// timeline (dated ones by date, then the undated), as a page. A deadline's status is
// its date against $asOf: OVERDUE before it, DUE_SOON up to $soonUntil, OPEN after,
// UNDATED without a date (the same rule as src/graph/read/promise.ts deadlineStatus).
// Dates are ISO strings (yyyy-mm-dd), so they compare as text. All values are parameters.
MATCH (t:Task)-[:HAS_DEADLINE]->(x:Deadline)
WHERE ($documentId IS NULL OR x.documentId = $documentId)
  AND ($dueBefore IS NULL OR x.date <= $dueBefore)
  AND ($dueAfter IS NULL OR x.date >= $dueAfter)
  AND ($status IS NULL OR $status = CASE
    WHEN x.date IS NULL THEN 'UNDATED'
    WHEN x.date < $asOf THEN 'OVERDUE'
    WHEN x.date <= $soonUntil THEN 'DUE_SOON'
    ELSE 'OPEN' END)
  AND ($regions IS NULL OR t.region IN $regions)
  AND ($year IS NULL OR t.year = $year)
  AND ($department IS NULL OR EXISTS {
    MATCH (dep:Department)-[:LEADS|SUPPORTS]->(t)
    WHERE dep.id = $department OR dep.name = $department OR $department IN dep.aliases
  })
  AND ($organization IS NULL OR EXISTS {
    MATCH (d:Document {id: t.documentId})-[:ISSUED_BY]->(o:Organization)
    WHERE o.id = $organization OR o.name = $organization
  })
WITH x, t ORDER BY x.date IS NULL, x.date, x.documentId, t.order, x.id
WITH collect(x) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Deadline'}] AS items
