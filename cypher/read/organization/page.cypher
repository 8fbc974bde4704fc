// The `organizations` query: name contains $nameContains, region one of $regions (the forms of one region: 汕尾, 汕尾市), $level. By name.
MATCH (o:Organization)
WHERE ($nameContains IS NULL OR o.name CONTAINS $nameContains)
  AND ($regions IS NULL OR o.region IN $regions)
  AND ($level IS NULL OR o.level = $level)
WITH o ORDER BY o.name, o.id
WITH collect(o) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Organization'}] AS items
