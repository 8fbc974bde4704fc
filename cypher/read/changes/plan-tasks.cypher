// The tasks of one document, in reading order, with what a comparison across years
// looks at besides their text: the departments that lead them (by name, in the order
// the text names them) and the figures they promise (TARGET indicators, in text order).
MATCH (t:Task {documentId: $documentId})
WITH t ORDER BY t.order
CALL (t) {
  OPTIONAL MATCH (dep:Department)-[r:LEADS]->(t)
  WITH dep, r ORDER BY r.start
  RETURN collect(dep.name) AS leads
}
CALL (t) {
  OPTIONAL MATCH (t)-[h:HAS_INDICATOR]->(i:Indicator)
  WHERE i.kind = 'TARGET'
  WITH i, h ORDER BY h.start
  RETURN collect(i {.value, .unit, .subject, .text}) AS figures
}
RETURN t {.*, label: 'Task'} AS task, leads, figures
