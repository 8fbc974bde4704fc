// Batch: the regulations cited by the tasks each department leads/supports ($role as in
// department-tasks), optionally only citations in $mode; most-cited first.
UNWIND $ids AS id
MATCH (dep:Department {id: id})
CALL (dep) {
  MATCH (dep)-[r:LEADS|SUPPORTS]->(t:Task)-[c:CITES]->(reg:Regulation)
  WHERE ($role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS))
    AND ($mode IS NULL OR c.mode = $mode)
  WITH reg, count(DISTINCT t) AS taskCount, collect(DISTINCT c.mode) AS modes
  ORDER BY taskCount DESC, reg.name
  RETURN collect({regulation: reg {.*, label: 'Regulation'}, taskCount: taskCount, modes: modes}) AS items
}
RETURN id, items
