// Batch: the populations each task serves, with the mention as printed and evidence.
UNWIND $ids AS id
MATCH (t:Task {id: id})
CALL (t) {
  MATCH (t)-[r:TARGETS]->(p:Population)
  WITH p, r ORDER BY r.start
  RETURN collect({
    population: p {.*, label: 'Population'},
    mention: r.mention,
    evidence: r {.documentId, .start, .end, .sentence, .mention}
  }) AS items
}
RETURN id, items
