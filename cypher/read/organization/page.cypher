// The `organizations` query: name contains $nameContains, $region, $level. By name.
MATCH (o:Organization)
WHERE ($nameContains IS NULL OR o.name CONTAINS $nameContains)
  AND ($region IS NULL OR o.region = $region)
  AND ($level IS NULL OR o.level = $level)
WITH o ORDER BY o.name, o.id
WITH collect(o) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Organization'}] AS items
