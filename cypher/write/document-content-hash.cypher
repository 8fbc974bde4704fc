// The hash of what was written for a document (no row: a new document).
MATCH (d:Document {id: $documentId})
RETURN d.contentHash AS contentHash
