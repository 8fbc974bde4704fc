// Relationship rows (a citation, …) read for one node leave that node out: it is the
// parent the resolver already holds, and reading it again per row costs Neo4j a full
// property map each time.

/** The rows with the parent node put back under `key`. */
export async function withParent<R extends object, K extends string, P>(rows: Promise<R[]>, key: K, parent: P): Promise<Array<R & Record<K, P>>> {
  return (await rows).map((row) => ({ ...row, [key]: parent }) as R & Record<K, P>);
}
