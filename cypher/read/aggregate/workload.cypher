// departmentWorkload(organizationId, first): departments (of one bureau when
// $organizationId, its id or name, is given) with how many tasks they lead and support; busiest first.
MATCH (dep:Department)
WHERE $organizationId IS NULL OR EXISTS { MATCH (dep)-[:PART_OF]->(o:Organization) WHERE o.id = $organizationId OR o.name = $organizationId }
WITH dep,
     COUNT { (dep)-[:LEADS]->(:Task) } AS led,
     COUNT { (dep)-[:SUPPORTS]->(:Task) } AS supported
WHERE led + supported > 0
ORDER BY led DESC, supported DESC, dep.name, dep.id
WITH collect({department: dep {.*, label: 'Department'}, led: led, supported: supported}) AS rows
RETURN size(rows) AS totalCount, rows[..$limit] AS items
