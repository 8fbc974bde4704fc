// The population taxonomy is reference data: every group with its aliases and
// SUBGROUP_OF links, written once per ingest run (idempotent).
UNWIND $populations AS p
MERGE (x:Population {id: p.id})
SET x.name = p.name, x.aliases = p.aliases
WITH x, p
UNWIND p.parentIds AS parentId
MERGE (parent:Population {id: parentId})
MERGE (x)-[:SUBGROUP_OF]->(parent)
