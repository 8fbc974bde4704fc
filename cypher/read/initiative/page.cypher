// The `initiatives` query: name contains $nameContains. By name.
MATCH (i:Initiative)
WHERE $nameContains IS NULL OR i.name CONTAINS $nameContains
WITH i ORDER BY i.name, i.id
WITH collect(i) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Initiative'}] AS items
