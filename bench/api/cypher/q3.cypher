// Q3 by hand: document → section → task → lead and supporting departments → bureau, with evidence.
MATCH (t:Task {id: $taskId})
MATCH (doc:Document {id: t.documentId})
// The chapter hangs over the top-level ancestor of the task.
OPTIONAL MATCH (sec:Section)-[:HAS_TASK]->(:Task)-[:HAS_SUBTASK*0..]->(t)
CALL (t) {
  MATCH (d:Department)-[r:LEADS]->(t)
  OPTIONAL MATCH (d)-[:PART_OF]->(o:Organization)
  WITH d, r, o ORDER BY d.id, r.sentence
  RETURN collect({id: d.id, name: d.name, organization: o.name, sentence: r.sentence}) AS leads
}
CALL (t) {
  MATCH (d:Department)-[r:SUPPORTS]->(t)
  OPTIONAL MATCH (d)-[:PART_OF]->(o:Organization)
  WITH d, r, o ORDER BY d.id, r.sentence
  RETURN collect({id: d.id, name: d.name, organization: o.name, sentence: r.sentence}) AS supports
}
RETURN {
  document: {id: doc.id, title: doc.title},
  section: CASE WHEN sec IS NULL THEN null ELSE {id: sec.id, title: sec.title} END,
  task: {id: t.id, title: t.title},
  leads: leads,
  supports: supports
} AS answer
