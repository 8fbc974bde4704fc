// Which of a request's name arguments match nothing, with the names that could have
// been meant: $wanted is a list of {label, forms} (label a node label, or 'Region' for
// a document's region; forms the ways the argument may be written, an id among them).
// For each that no node matches by id, name or alias (no document by region), its
// index and every name and alias of that label (the candidates the API ranks).
UNWIND range(0, size($wanted) - 1) AS index
WITH index, $wanted[index] AS w
WHERE NOT CASE w.label
  WHEN 'Region' THEN EXISTS { MATCH (d:Document) WHERE d.region IN w.forms }
  ELSE EXISTS { MATCH (n:$(w.label)) WHERE n.id IN w.forms OR n.name IN w.forms OR any(a IN coalesce(n.aliases, []) WHERE a IN w.forms) }
END
CALL (w) {
  CALL (w) {
    MATCH (d:Document) WHERE w.label = 'Region' AND d.region IS NOT NULL
    RETURN d.region AS name
    UNION
    MATCH (n:$(w.label)) WHERE w.label <> 'Region'
    UNWIND [n.name] + coalesce(n.aliases, []) AS name
    RETURN name
  }
  RETURN collect(DISTINCT name) AS names
}
RETURN index, names
ORDER BY index
