// CONTINUES from each task of the later plans ($laterDocumentIds) to the task of the
// previous plan it continues: the old links of those plans go, the pairs computed
// in src/extract/continuity.ts come, with their similarity and shared phrases.
CALL () {
  MATCH (t:Task)-[c:CONTINUES]->()
  WHERE t.documentId IN $laterDocumentIds
  DELETE c
}
UNWIND $pairs AS p
MATCH (later:Task {id: p.to}), (earlier:Task {id: p.from})
CREATE (later)-[:CONTINUES {documentId: later.documentId, fromDocumentId: earlier.documentId, similarity: p.similarity, phrases: p.phrases}]->(earlier)
