// Relationship rows (a citation, …) read for one node leave that node out: it is the
// parent the resolver already holds, and reading it again per row costs Neo4j a full
// property map each time.

/**
 * `map` of a list loaders.list gave: at once when the list was there already (read
 * along with its parent), so the field resolver stays synchronous; after the read otherwise.
 */
export function mapLoaded<T, U>(rows: T[] | Promise<T[]>, map: (list: T[]) => U): U | Promise<U> {
  return Array.isArray(rows) ? map(rows) : rows.then(map);
}

/** The rows with the parent node put back under `key`. */
export function withParent<R extends object, K extends string, P>(rows: R[] | Promise<R[]>, key: K, parent: P): Array<R & Record<K, P>> | Promise<Array<R & Record<K, P>>> {
  return mapLoaded(rows, (list) => list.map((row) => ({ ...row, [key]: parent }) as R & Record<K, P>));
}
