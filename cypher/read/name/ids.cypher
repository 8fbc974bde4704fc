// The ids of the nodes of $label whose id, name or an alias is one of $forms (the ways
// an argument may be written): matched by id or name first, then by alias; by id.
MATCH (n:$($label))
WHERE n.id IN $forms OR n.name IN $forms OR any(a IN coalesce(n.aliases, []) WHERE a IN $forms)
RETURN n.id AS id
ORDER BY CASE WHEN n.id IN $forms OR n.name IN $forms THEN 0 ELSE 1 END, n.id
