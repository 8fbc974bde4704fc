// Batch: every citation of each regulation: the citing task, the mode, the title as printed, evidence
// (the regulation is the one asked about: the resolver adds it).
UNWIND $ids AS id
MATCH (reg:Regulation {id: id})
CALL (reg) {
  MATCH (t:Task)-[c:CITES]->(reg)
  WHERE $mode IS NULL OR c.mode = $mode
  WITH t, c ORDER BY t.documentId, t.order, c.start
  RETURN collect({
    task: t {.*, label: 'Task'},
    mode: c.mode,
    title: c.title,
    evidence: c {.documentId, .start, .end, .sentence, .mention}
  }) AS items
}
RETURN id, items
