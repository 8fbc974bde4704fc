// accountability(regulationId | populationId): the tasks citing the regulation or
// serving the population (with $includeSubgroups, any of its subgroups), and who
// answers for each: its lead and supporting departments; when it names no lead but
// its sub-tasks do (leadSource SUBTASKS), their leads (SUBTASK_LEAD, the first
// sub-task's evidence); otherwise its bureau as default owner. One row per group
// (department, or bureau as default owner), each with its tasks in document/reading order,
// and with each task its citations of the regulation or mentions of the population.
CALL () {
  MATCH (t:Task)-[:CITES]->(:Regulation {id: $regulationId})
  RETURN t
  UNION
  MATCH (t:Task)-[:TARGETS]->(q:Population)
  WHERE q.id = $populationId
    OR ($includeSubgroups AND EXISTS { (q)-[:SUBGROUP_OF*1..10]->(:Population {id: $populationId}) })
  RETURN t
}
WITH collect(t) AS tasks
CALL (tasks) {
  UNWIND tasks AS t
  MATCH (dep:Department)-[r:LEADS|SUPPORTS]->(t)
  OPTIONAL MATCH (dep)-[:PART_OF]->(o:Organization)
  RETURN dep, o, t, CASE WHEN r:LEADS THEN 'LEAD' ELSE 'SUPPORT' END AS role, r {.documentId, .start, .end, .sentence, .mention} AS evidence
  UNION ALL
  UNWIND tasks AS t
  WITH t WHERE t.leadSource = 'SUBTASKS'
  MATCH (t)-[:HAS_SUBTASK*1..6]->(sub:Task)<-[r:LEADS]-(dep:Department)
  WITH t, dep, r ORDER BY sub.order, r.start
  WITH t, dep, collect(r)[0] AS r
  OPTIONAL MATCH (dep)-[:PART_OF]->(o:Organization)
  RETURN dep, o, t, 'SUBTASK_LEAD' AS role, r {.documentId, .start, .end, .sentence, .mention} AS evidence
  UNION ALL
  UNWIND tasks AS t
  WITH t WHERE NOT EXISTS { (:Department)-[:LEADS]->(t) } AND coalesce(t.leadSource, 'ISSUER') <> 'SUBTASKS'
  OPTIONAL MATCH (o:Organization)-[:ACCOUNTABLE_FOR]->(t)
  RETURN null AS dep, o, t, 'DEFAULT_OWNER' AS role, null AS evidence
}
// With each task, where it names the subject: its citations of the regulation (each mode), or
// the population (or a subgroup) as printed: evidence an auditor needs without a second query.
WITH tasks, dep, o, t, role, evidence,
     COLLECT {
       MATCH (t)-[c:CITES]->(:Regulation {id: $regulationId})
       WITH c ORDER BY c.start
       RETURN {mode: c.mode, title: c.title, evidence: c {.documentId, .start, .end, .sentence, .mention}}
     } AS citations,
     COLLECT {
       MATCH (t)-[r:TARGETS]->(q:Population)
       WHERE q.id = $populationId
         OR ($includeSubgroups AND EXISTS { (q)-[:SUBGROUP_OF*1..10]->(:Population {id: $populationId}) })
       WITH r, q ORDER BY r.start
       RETURN {population: q {.*, label: 'Population'}, mention: r.mention, evidence: r {.documentId, .start, .end, .sentence, .mention}}
     } AS populations
ORDER BY t.documentId, t.order, role
WITH tasks, dep, o,
     collect({task: t {.*, label: 'Task'}, role: role, evidence: evidence, citations: citations, populations: populations}) AS entries,
     sum(CASE role WHEN 'LEAD' THEN 1 ELSE 0 END) AS leadCount,
     sum(CASE role WHEN 'SUBTASK_LEAD' THEN 1 ELSE 0 END) AS subtaskLeadCount,
     sum(CASE role WHEN 'SUPPORT' THEN 1 ELSE 0 END) AS supportCount,
     sum(CASE role WHEN 'DEFAULT_OWNER' THEN 1 ELSE 0 END) AS defaultCount
ORDER BY leadCount + subtaskLeadCount + defaultCount DESC, supportCount DESC, o.name, dep.name, dep.id
RETURN size(tasks) AS taskCount,
       collect({
         department: CASE WHEN dep IS NULL THEN null ELSE dep {.*, label: 'Department'} END,
         organization: CASE WHEN o IS NULL THEN null ELSE o {.*, label: 'Organization'} END,
         leadCount: leadCount, subtaskLeadCount: subtaskLeadCount, supportCount: supportCount, defaultCount: defaultCount,
         tasks: entries
       }) AS groups
