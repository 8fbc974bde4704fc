// Batch: a slice of each document's normalized text, $length characters from
// $offset, and the length of the whole. The one read of a document's text (no
// projection returns it). Cypher counts code points and JavaScript (every offset)
// UTF-16 units: a text with characters beyond the BMP (its size differs from
// textLength) comes whole, and the caller slices it.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, [CASE WHEN size(d.text) = d.textLength
  THEN {length: d.textLength, text: substring(d.text, CASE WHEN $offset > d.textLength THEN d.textLength ELSE $offset END, $length), whole: false}
  ELSE {length: d.textLength, text: d.text, whole: true} END] AS items
