// The `populations` query: name (or an alias) contains $nameContains. By name.
MATCH (p:Population)
WHERE $nameContains IS NULL OR p.name CONTAINS $nameContains OR any(a IN p.aliases WHERE a CONTAINS $nameContains)
WITH p ORDER BY p.name, p.id
WITH collect(p) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Population'}] AS items
