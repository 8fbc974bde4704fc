// The derived LEADS_CITING relationships (graph/model.ts DERIVED_RELATIONSHIPS) of the
// (department, regulation) pairs that the tasks of the documents $documentIds link,
// (Department)-[:LEADS]->(Task)-[:CITES]->(Regulation): each recounted from those paths
// over the whole graph (distinct tasks in any mode, and in each mode), created or updated
// when it has tasks, deleted when none is left. $without: count as if the tasks of
// $documentIds were gone (run before remove-document-content, while the pairs can still be
// found); false after ingest-documents. Run in the writing transaction, so a read never sees
// a document without its derived relationships.
// Both ends are write-locked before counting, as ingest-documents and remove-document-content
// lock them: every writer of a LEADS to the department or a CITES to the regulation then
// commits before or after this count, never under it.
MATCH (t:Task) WHERE t.documentId IN $documentIds
MATCH (dep:Department)-[:LEADS]->(t)-[:CITES]->(reg:Regulation)
WITH DISTINCT dep, reg
CALL (dep, reg) {
  SET dep._lock = true, reg._lock = true
  REMOVE dep._lock, reg._lock
}
// From the department's side: a department leads tens of tasks, a law is cited by thousands.
CALL (dep, reg) {
  MATCH (dep)-[:LEADS]->(task:Task)
  WHERE NOT ($without AND task.documentId IN $documentIds)
  MATCH (task)-[c:CITES]->(reg)
  WITH task, collect(c.mode) AS modes
  RETURN count(task) AS taskCount,
         count(CASE WHEN 'DRAFTS' IN modes THEN 1 END) AS draftsTaskCount,
         count(CASE WHEN 'REVISES' IN modes THEN 1 END) AS revisesTaskCount,
         count(CASE WHEN 'IMPLEMENTS' IN modes THEN 1 END) AS implementsTaskCount,
         count(CASE WHEN 'REFERENCES' IN modes THEN 1 END) AS referencesTaskCount
}
CALL (dep, reg, taskCount) {
  WITH * WHERE taskCount = 0
  MATCH (dep)-[r:LEADS_CITING]->(reg)
  DELETE r
}
CALL (dep, reg, taskCount, draftsTaskCount, revisesTaskCount, implementsTaskCount, referencesTaskCount) {
  WITH * WHERE taskCount > 0
  MERGE (dep)-[r:LEADS_CITING]->(reg)
  SET r.taskCount = taskCount, r.draftsTaskCount = draftsTaskCount, r.revisesTaskCount = revisesTaskCount,
      r.implementsTaskCount = implementsTaskCount, r.referencesTaskCount = referencesTaskCount
}
RETURN count(*) AS pairs
