// Each document of a batch ($docs: {documentId, legacyId}) as stored before this write:
// contentHash null for a new one. MERGE makes a new document's node (the ingest statement
// fills it; a rollback takes it away) and the write lock holds it until commit, so that two
// loads of one document (two files of one plan, in two batches in flight) take turns and the
// second sees what the first wrote. `legacy`: the document of the same file name loaded
// before ids came from what a document is (legacyId, no textSha256), with what tells
// whether it is this one (its text is compared by the caller).
// A plan in the cache is used even when the graph's statistics have moved: every read is an
// index seek on a unique id, and replanning a statement this size cost more than a batch.
CYPHER replan=skip
UNWIND $docs AS q
MERGE (d:Document {id: q.documentId})
SET d._lock = true
REMOVE d._lock
WITH q, d
OPTIONAL MATCH (old:Document {id: q.legacyId})
WHERE old.textSha256 IS NULL AND old.id <> d.id
RETURN q.documentId AS documentId, d.contentHash AS contentHash, d.textSha256 AS textSha256,
       CASE WHEN old IS NULL THEN null ELSE old {.issuer, .docNumber, .title, .year, .text} END AS legacy
