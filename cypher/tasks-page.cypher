// The `tasks` query: every filter optional (null = not applied), all values as
// parameters. The candidates come from the most selective filter given ($source,
// chosen by the caller): the full-text index taskText (which also gives the score),
// the document's tasks, a department's, a regulation's, a population's or an
// initiative's tasks, or, with no such filter, all tasks. Every filter is then
// checked on the candidates. Names match the canonical name or any alias; ids match
// exactly. Ordered stably, then one page and the total.
CALL () {
  WITH $text AS query WHERE $source = 'TEXT'
  CALL db.index.fulltext.queryNodes('taskText', query) YIELD node, score
  RETURN node AS t, score
  UNION ALL
  MATCH (t:Task {documentId: $documentId}) WHERE $source = 'DOCUMENT'
  RETURN t, 0.0 AS score
  UNION ALL
  MATCH (dep:Department) WHERE $source = 'DEPARTMENT' AND (dep.id = $department OR dep.name = $department OR $department IN dep.aliases)
  MATCH (dep)-[:LEADS|SUPPORTS]->(t:Task)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  MATCH (reg:Regulation) WHERE $source = 'REGULATION' AND (reg.id = $regulation OR reg.name = $regulation OR $regulation IN reg.aliases)
  MATCH (t:Task)-[:CITES]->(reg)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  MATCH (p:Population) WHERE $source = 'POPULATION' AND (p.id = $population OR p.name = $population OR $population IN p.aliases)
  MATCH (q:Population)-[:SUBGROUP_OF*0..10]->(p) WHERE q = p OR $includeSubgroups
  MATCH (t:Task)-[:TARGETS]->(q)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  MATCH (i:Initiative) WHERE $source = 'INITIATIVE' AND (i.id = $initiative OR i.name = $initiative)
  MATCH (t:Task)-[:PART_OF_INITIATIVE]->(i)
  RETURN DISTINCT t, 0.0 AS score
  UNION ALL
  MATCH (t:Task) WHERE $source = 'ALL'
  RETURN t, 0.0 AS score
}
WITH t, score
WHERE ($documentId IS NULL OR t.documentId = $documentId)
  AND ($year IS NULL OR t.year = $year)
  AND ($region IS NULL OR t.region = $region)
  AND ($leadSource IS NULL OR t.leadSource = $leadSource)
  AND ($department IS NULL OR EXISTS {
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
