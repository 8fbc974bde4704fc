// search(text): the best $limit hits over task titles and text (index taskText)
// and entity names and titles (index entityNames), both with the cjk analyzer;
// $query is already a Lucene query with the user's terms quoted. Each hit's node
// comes without a document's full text, map and versions; totalCount counts every hit.
CALL () {
  CALL db.index.fulltext.queryNodes('taskText', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
  RETURN node, score
}
// The full-text indexes lag a moment behind deletes: leave out a node that is gone.
WITH node, score WHERE node.id IS NOT NULL
ORDER BY score DESC, node.id
WITH collect({node: node, score: score}) AS hits
CALL (hits) {
  UNWIND hits[..$limit] AS h
  WITH h.node AS n, h.score AS score
  RETURN collect({score: score, node: CASE WHEN n:Document THEN n {.*, text: null, origin: null, versions: null, label: 'Document'} ELSE n {.*, label: labels(n)[0]} END}) AS top
}
RETURN size(hits) AS totalCount, top AS hits
