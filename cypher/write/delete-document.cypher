// Deletes the document node itself, once remove-document-content has run in the same transaction.
MATCH (d:Document {id: $documentId})
DETACH DELETE d
RETURN count(*) AS deleted
