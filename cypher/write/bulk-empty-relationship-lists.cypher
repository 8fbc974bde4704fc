// After a bulk import (src/graph/bulk/import-files.ts): a relationship that holds an empty
// list (a CONTINUES without shared phrases) came with the names of those properties in
// bulkEmptyLists; here they become empty lists. A relationship has no label to find it
// by, so every relationship is read: run only when the import wrote such a mark.
// Run outside a transaction (CALL … IN TRANSACTIONS).
MATCH ()-[r]->()
WHERE r.bulkEmptyLists IS NOT NULL
CALL (r) {
  FOREACH (key IN r.bulkEmptyLists | SET r[key] = [])
  REMOVE r.bulkEmptyLists
} IN TRANSACTIONS OF 10000 ROWS
