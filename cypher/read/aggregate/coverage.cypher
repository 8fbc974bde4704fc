// coverage(organizationId): the department × population matrix: for each pair,
// how many tasks the department leads or supports ($role) that serve the
// population. Only pairs with tasks; departments of one bureau ($organizationId: id or name) when given.
MATCH (dep:Department)-[r:LEADS|SUPPORTS]->(t:Task)-[:TARGETS]->(p:Population)
WHERE ($organizationId IS NULL OR EXISTS { MATCH (dep)-[:PART_OF]->(o:Organization) WHERE o.id = $organizationId OR o.name = $organizationId })
  AND ($role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS))
WITH dep, p, count(DISTINCT t) AS taskCount
ORDER BY dep.name, dep.id, taskCount DESC, p.name
RETURN collect({
  department: dep {.*, label: 'Department'},
  population: p {.*, label: 'Population'},
  taskCount: taskCount
}) AS cells
