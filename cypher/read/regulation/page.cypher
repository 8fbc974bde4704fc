// The `regulations` query: name (or a printed title) contains $nameContains, kind in the list $kind, $jurisdiction. By name.
MATCH (reg:Regulation)
WHERE ($nameContains IS NULL OR reg.name CONTAINS $nameContains OR any(a IN reg.aliases WHERE a CONTAINS $nameContains))
  AND ($kind IS NULL OR reg.kind IN $kind)
  AND ($jurisdiction IS NULL OR reg.jurisdiction = $jurisdiction)
WITH reg ORDER BY reg.name, reg.id
WITH collect(reg) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Regulation'}] AS items
