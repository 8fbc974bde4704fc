// Batch: each document's map from its normalized text to the original file (JSON, see
// src/formats/position.ts), null when it was stored without one.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, [{origin: d.origin}] AS items
