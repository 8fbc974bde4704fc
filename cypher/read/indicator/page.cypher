// The `indicators` query: every indicator whose task matches every filter given, by
// document then reading order, as a page. $kind: TARGET (promises) or ACHIEVED
// (reported results); a value range on the stated figure; the unit as printed.
MATCH (t:Task)-[:HAS_INDICATOR]->(x:Indicator)
WHERE ($documentId IS NULL OR x.documentId = $documentId)
  AND ($kind IS NULL OR x.kind = $kind)
  AND ($unit IS NULL OR x.unit = $unit)
  AND ($minValue IS NULL OR x.value >= $minValue)
  AND ($maxValue IS NULL OR x.value <= $maxValue)
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
WITH x, t ORDER BY x.documentId, t.order, x.id
WITH collect(x) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Indicator'}] AS items
