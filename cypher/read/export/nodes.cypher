// Every node of the graph for an export, streamed: its id, its labels and the
// values of $keys (the model's readable properties, in the order the writers
// declare them; a document's whole text is not among them). $labels (null = all):
// only nodes with one of these labels.
MATCH (n:Document|Organization|Department|Section|Task|Regulation|Population|Indicator|Deadline|Initiative)
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id, labels(n) AS labels, [k IN $keys | n[k]] AS values
