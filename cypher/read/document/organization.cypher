// Batch (see src/graph/read/batch.ts): the bureau that issued each document.
UNWIND $ids AS id
MATCH (d:Document {id: id})-[:ISSUED_BY]->(o:Organization)
RETURN id, [o {.*, label: 'Organization'}] AS items
