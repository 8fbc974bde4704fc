// Batch: the bureau each department belongs to (none for outside agencies).
UNWIND $ids AS id
MATCH (:Department {id: id})-[:PART_OF]->(o:Organization)
RETURN id, [o {.*, label: 'Organization'}] AS items
