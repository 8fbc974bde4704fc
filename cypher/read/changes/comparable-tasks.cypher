// What pairing tasks across years compares (src/extract/continuity.ts matchTasks): the
// id, title and text of each task of the documents $documentIds, in reading order.
UNWIND $documentIds AS documentId
MATCH (t:Task {documentId: documentId})
WITH documentId, t ORDER BY t.order
RETURN documentId, collect(t {.id, .title, .text}) AS tasks
