// Relationship rows (a citation, …) read for one node leave that node out: it is the
// parent the resolver already holds, and reading it again per row costs Neo4j a full
// property map each time.

/** The rows with the parent node put back under `key` (at once when the rows are there: see loaders.list). */
export function withParent<R extends object, K extends string, P>(rows: R[] | Promise<R[]>, key: K, parent: P): Array<R & Record<K, P>> | Promise<Array<R & Record<K, P>>> {
  const put = (list: R[]) => list.map((row) => ({ ...row, [key]: parent }) as R & Record<K, P>);
  return Array.isArray(rows) ? put(rows) : rows.then(put);
}
