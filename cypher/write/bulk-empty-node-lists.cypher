// After a bulk import (src/graph/bulk/import-files.ts): neo4j-admin cannot write an
// empty list, so each node that holds one came labelled BulkEmptyList with the names of
// those properties in bulkEmptyLists; here they become empty lists, and the marks go.
// Run outside a transaction (CALL … IN TRANSACTIONS).
MATCH (n:BulkEmptyList)
CALL (n) {
  FOREACH (key IN n.bulkEmptyLists | SET n[key] = [])
  REMOVE n:BulkEmptyList, n.bulkEmptyLists
} IN TRANSACTIONS OF 10000 ROWS
