// Q5 by hand: the taskText full-text index, best score first, ties in document order.
CALL db.index.fulltext.queryNodes('taskText', $phrase) YIELD node, score
WITH node, score ORDER BY score DESC, node.documentId, node.order LIMIT $first
RETURN collect({id: node.id, title: node.title}) AS answer
