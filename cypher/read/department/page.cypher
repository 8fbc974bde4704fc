// The `departments` query: name (or an alias) contains $nameContains, $kind, and
// the bureau ($organization: id or name; outside agencies have none). By name.
MATCH (dep:Department)
WHERE ($nameContains IS NULL OR dep.name CONTAINS $nameContains OR any(a IN dep.aliases WHERE a CONTAINS $nameContains))
  AND ($kind IS NULL OR dep.kind = $kind)
  AND ($organization IS NULL OR EXISTS {
    MATCH (dep)-[:PART_OF]->(o:Organization) WHERE o.id = $organization OR o.name = $organization
  })
WITH dep ORDER BY dep.name, dep.id
WITH collect(dep) AS ordered
RETURN size(ordered) AS totalCount, [x IN ordered[$skip..$skip + $limit] | x {.*, label: 'Department'}] AS items
