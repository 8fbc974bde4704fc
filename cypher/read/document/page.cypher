// The `documents` query: title contains $titleContains, $kind, $region, $year, the
// issuing bureau ($organization: id or name). Newest first; never the full text.
MATCH (d:Document)
WHERE ($titleContains IS NULL OR d.title CONTAINS $titleContains)
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($region IS NULL OR d.region = $region)
  AND ($year IS NULL OR d.year = $year)
  AND ($organization IS NULL OR EXISTS {
    MATCH (d)-[:ISSUED_BY]->(o:Organization) WHERE o.id = $organization OR o.name = $organization
  })
WITH d ORDER BY d.year IS NULL, d.year DESC, d.publishedAt DESC, d.title, d.id
WITH collect(d) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, text: null, origin: null, versions: null, label: 'Document'}] AS items
