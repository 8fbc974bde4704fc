// Batch: each document's versions, oldest first (JSON strings {sha256, source, ingestedAt}).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, [v IN coalesce(d.versions, []) | v] AS items
