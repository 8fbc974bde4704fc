// Documents read from a file of this name ($source, a file name without folders):
// their current file, or the file of one of their versions. For `kg delete <file name>`.
MATCH (d:Document)
WHERE d.source = $source OR any(v IN coalesce(d.versions, []) WHERE v CONTAINS $versionSource)
RETURN d.id AS id, d.title AS title, d.source AS source
ORDER BY d.id
