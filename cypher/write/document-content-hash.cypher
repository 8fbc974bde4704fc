// The document as stored before this write: contentHash null for a new one. MERGE
// makes a new document's node (the ingest statement fills it; a rollback takes it
// away) and the write lock holds it until commit, so that two loads of one document
// (two files of one plan in one run) take turns and the second sees what the first
// wrote. `legacy`: the document of the same file name loaded before ids came from
// what a document is ($legacyId, no textSha256), with what tells whether it is this one.
MERGE (d:Document {id: $documentId})
SET d._lock = true
REMOVE d._lock
WITH d
OPTIONAL MATCH (old:Document {id: $legacyId})
WHERE old.textSha256 IS NULL AND old.id <> d.id
RETURN d.contentHash AS contentHash, d.textSha256 AS textSha256,
       CASE WHEN old IS NULL THEN null ELSE old {.issuer, .docNumber, .title, .year, sameText: old.text = $text} END AS legacy
