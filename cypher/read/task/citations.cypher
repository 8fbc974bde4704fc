// Batch: the regulations each task cites, with the mode, the title as printed and evidence
// (the citing task is the one asked about: the resolver adds it rather than reading it again per citation).
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[c:CITES]->(reg:Regulation)
  WITH reg, c ORDER BY c.start, reg.name
  RETURN collect({
    regulation: reg {.*, label: 'Regulation'},
    mode: c.mode,
    title: c.title,
    evidence: c {.documentId, .start, .end, .sentence, .mention}
  }) AS items
}
RETURN id, items
