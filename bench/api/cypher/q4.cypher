// Q4 by hand: the first $limit nodes by (distance, id) within two hops of the
// population (either direction, any relationship), the population first. When the
// first hop alone fills the view, the second is not expanded.
MATCH (p:Population {id: $populationId})
CALL (p) {
  MATCH (p)--(n)
  WHERE n <> p
  WITH DISTINCT n ORDER BY n.id LIMIT $limit
  RETURN collect(n) AS level1
}
CALL (p, level1) {
  UNWIND CASE WHEN size(level1) < $limit THEN level1 ELSE [] END AS a
  MATCH (a)--(n)
  WHERE n <> p AND NOT n IN level1
  WITH DISTINCT n.id AS id ORDER BY id LIMIT $limit
  RETURN collect(id) AS level2
}
RETURN ([p.id] + [n IN level1 | n.id] + level2)[..$limit] AS answer
