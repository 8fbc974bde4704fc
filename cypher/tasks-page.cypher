// The `tasks` query: every filter optional (null = not applied), all values as
// parameters. The candidates come from the most selective filter given ($source,
// chosen by the caller): the full-text index taskText (which also gives the score),
// the document's tasks, a department's (by id: an index seek; by name or alias), a
// regulation's, a population's or an initiative's tasks, or, with no such filter,
// all tasks. Each source is guarded by UNWIND over [] or [1] rather than WHERE: the
// planner would otherwise run a source's scan before the guard's filter. Every
// filter is then checked on the candidates. Names match the canonical name or any
// alias; ids match exactly. Ordered stably, then one page and the total.
CALL () {
  UNWIND CASE $source WHEN 'TEXT' THEN [1] ELSE [] END AS _
  CALL db.index.fulltext.queryNodes('taskText', $text) YIELD node, score
  RETURN node AS t, score
  UNION ALL
  UNWIND CASE $source WHEN 'DOCUMENT' THEN [1] ELSE [] END AS _
  MATCH (t:Task {documentId: $documentId})
  RETURN t, 0.0 AS score
  UNION ALL
  UNWIND CASE $source WHEN 'DEPARTMENT_ID' THEN [1] ELSE [] END AS _
  MATCH (:Department {id: $department})-[r:LEADS|SUPPORTS]->(t:Task)
  WHERE $role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  UNWIND CASE $source WHEN 'DEPARTMENT_NAME' THEN [1] ELSE [] END AS _
  MATCH (dep:Department) WHERE dep.name = $department OR $department IN dep.aliases
  MATCH (dep)-[r:LEADS|SUPPORTS]->(t:Task)
  WHERE $role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  UNWIND CASE $source WHEN 'REGULATION_ID' THEN [1] ELSE [] END AS _
  MATCH (t:Task)-[:CITES]->(:Regulation {id: $regulation})
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  UNWIND CASE $source WHEN 'REGULATION_NAME' THEN [1] ELSE [] END AS _
  MATCH (reg:Regulation) WHERE reg.name = $regulation OR $regulation IN reg.aliases
  MATCH (t:Task)-[:CITES]->(reg)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  UNWIND CASE $source WHEN 'POPULATION' THEN [1] ELSE [] END AS _
  MATCH (p:Population) WHERE p.id = $population OR p.name = $population OR $population IN p.aliases
  MATCH (q:Population)-[:SUBGROUP_OF*0..10]->(p) WHERE q = p OR $includeSubgroups
  MATCH (t:Task)-[:TARGETS]->(q)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  UNWIND CASE $source WHEN 'INITIATIVE' THEN [1] ELSE [] END AS _
  MATCH (i:Initiative) WHERE i.id = $initiative OR i.name = $initiative
  MATCH (t:Task)-[:PART_OF_INITIATIVE]->(i)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  UNWIND CASE $source WHEN 'ALL' THEN [1] ELSE [] END AS _
  MATCH (t:Task)
  RETURN t, 0.0 AS score
}
WITH t, score
WHERE ($documentId IS NULL OR t.documentId = $documentId)
  AND ($year IS NULL OR t.year = $year)
  AND ($region IS NULL OR t.region = $region)
  AND ($leadSource IS NULL OR t.leadSource = $leadSource)
  // The department (and role) was the source already: no need to check it again.
  AND ($department IS NULL OR $source IN ['DEPARTMENT_ID', 'DEPARTMENT_NAME'] OR EXISTS {
    MATCH (dep:Department)-[r:LEADS|SUPPORTS]->(t)
    WHERE (dep.id = $department OR dep.name = $department OR $department IN dep.aliases)
      AND ($role = 'ANY' OR ($role = 'LEAD' AND r:LEADS) OR ($role = 'SUPPORT' AND r:SUPPORTS))
  })
  AND (($regulation IS NULL AND $citationMode IS NULL) OR EXISTS {
    MATCH (t)-[c:CITES]->(reg:Regulation)
    WHERE ($regulation IS NULL OR reg.id = $regulation OR reg.name = $regulation OR $regulation IN reg.aliases)
      AND ($citationMode IS NULL OR c.mode = $citationMode)
  })
  AND ($population IS NULL OR EXISTS {
    MATCH (t)-[:TARGETS]->(q:Population)
    WHERE q.id = $population OR q.name = $population OR $population IN q.aliases
      OR ($includeSubgroups AND EXISTS {
        MATCH (q)-[:SUBGROUP_OF*1..10]->(p:Population)
        WHERE p.id = $population OR p.name = $population OR $population IN p.aliases
      })
  })
  AND ($initiative IS NULL OR EXISTS {
    MATCH (t)-[:PART_OF_INITIATIVE]->(i:Initiative)
    WHERE i.id = $initiative OR i.name = $initiative
  })
WITH t, score
ORDER BY
  CASE $orderBy WHEN 'RELEVANCE' THEN -score ELSE 0 END,
  CASE $orderBy WHEN 'YEAR' THEN -coalesce(t.year, 0) ELSE 0 END,
  t.documentId, t.order
WITH collect(t) AS ordered
RETURN size(ordered) AS totalCount, [t IN ordered[$skip..$skip + $limit] | t {.*, label: 'Task'}] AS items
