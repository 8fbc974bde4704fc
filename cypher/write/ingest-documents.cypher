// Writes a batch of extracted documents ($docs, each the rows of one document and its
// version) in a single statement: every document as one map (one parameter type, so one
// cached plan whatever lists are empty: with one parameter per list, each empty/non-empty
// mix was planned anew, ~0.5 s each). Each kind of row is written for the whole batch in
// its own unit subquery (UNWIND $docs, then its list), documents in their order: a
// subquery per document and per list cost a quarter more Neo4j CPU (bench/ingest.ts:
// 62 → 47 ms a document in batches of 100). Reordering changes nothing written: owned
// nodes (sections, tasks, indicators, deadlines) are CREATEd (the caller removed the
// previous version); shared nodes (organizations, departments, regulations, populations,
// initiatives) are MERGEd on their deterministic ids in the documents' order, so the first
// document creates a node and the later ones add their aliases, as one by one
// (tests/graph/ingest-batch.test.ts compares the two). A batch of one is the incremental load.
// A plan in the cache is used even when the graph's statistics have moved: every read is an
// index seek on a unique id, and replanning a statement this size cost more than a batch.
CYPHER replan=skip
CALL () {
  UNWIND $docs AS g
  MERGE (d:Document {id: g.document.id})
  SET d += g.document
  // Its history: a new text adds a version (g.version, JSON {sha256, source, ingestedAt}), another reading of the same text none.
  SET d.versions = coalesce(d.versions, []) + CASE WHEN g.version IS NULL THEN [] ELSE [g.version] END
}
CALL () {
  UNWIND $docs AS g
  WITH g WHERE g.organization IS NOT NULL
  MATCH (d:Document {id: g.document.id})
  MERGE (org:Organization {id: g.organization.id})
  SET org += g.organization
  MERGE (d)-[i:ISSUED_BY]->(org)
  // Where the issuer was read (issuerSource) and, when it is printed, its evidence.
  SET i = g.issuedBy
}
CALL () {
  UNWIND $docs AS g
  MATCH (d:Document {id: g.document.id})
  UNWIND g.sections AS s
  CREATE (sec:Section {id: s.id})
  SET sec += s, sec.documentId = d.id
  CREATE (d)-[:HAS_SECTION]->(sec)
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.tasks AS t
  CREATE (task:Task)
  SET task = t.props
}
CALL () {
  UNWIND $docs AS g
  MATCH (d:Document {id: g.document.id})
  UNWIND g.tasks AS t
  MATCH (task:Task {id: t.props.id})
  OPTIONAL MATCH (sec:Section {id: t.sectionId})
  OPTIONAL MATCH (parent:Task {id: t.parentId})
  FOREACH (_ IN CASE WHEN sec IS NOT NULL THEN [1] ELSE [] END | CREATE (sec)-[:HAS_TASK]->(task))
  FOREACH (_ IN CASE WHEN parent IS NOT NULL THEN [1] ELSE [] END | CREATE (parent)-[:HAS_SUBTASK]->(task))
  // A task at the top of a document without chapters still hangs under its document.
  FOREACH (_ IN CASE WHEN sec IS NULL AND parent IS NULL THEN [1] ELSE [] END | CREATE (d)-[:HAS_TASK]->(task))
}
// Where a task names no lead, the issuing bureau is accountable for it: a relationship of its own,
// so that an auditor never mistakes it for an explicit LEADS.
CALL () {
  UNWIND $docs AS g
  WITH g, [t IN g.tasks WHERE t.props.leadSource = 'ISSUER'] AS owned WHERE size(owned) > 0
  MATCH (d:Document {id: g.document.id})-[:ISSUED_BY]->(org:Organization)
  UNWIND owned AS t
  MATCH (task:Task {id: t.props.id})
  CREATE (org)-[:ACCOUNTABLE_FOR {documentId: d.id}]->(task)
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.departments AS dep
  MERGE (x:Department {id: dep.id})
  ON CREATE SET x.name = dep.name, x.kind = dep.kind, x.aliases = dep.aliases
  ON MATCH SET x.aliases = x.aliases + [a IN dep.aliases WHERE NOT a IN x.aliases]
  // Hold the write lock until commit, so that a concurrent delete sees this document's links (see remove-document-content).
  SET x._lock = true
  REMOVE x._lock
  WITH x, dep WHERE dep.organizationId IS NOT NULL
  MATCH (org:Organization {id: dep.organizationId})
  MERGE (x)-[:PART_OF]->(org)
}
// An outside body (广州市民政局 leading a task in another body's plan) is the same node as
// the bureau of that name that issues plans: MERGEd on the Organization id (whose
// constraint also serializes concurrent writers), and a Department too, so that every
// read of leads and supports finds it. An issuer keeps its own region and level.
CALL () {
  UNWIND $docs AS g
  UNWIND g.bodies AS b
  MERGE (x:Organization {id: b.id})
  ON CREATE SET x.name = b.name, x.region = b.region, x.level = b.level
  SET x:Department, x.kind = coalesce(x.kind, b.kind),
      x.aliases = coalesce(x.aliases, []) + [a IN b.aliases WHERE NOT a IN coalesce(x.aliases, [])]
  SET x._lock = true
  REMOVE x._lock
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.leads AS l
  MATCH (dep:Department {id: l.from}), (task:Task {id: l.to})
  CREATE (dep)-[r:LEADS]->(task)
  SET r = l.props
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.supports AS l
  MATCH (dep:Department {id: l.from}), (task:Task {id: l.to})
  CREATE (dep)-[r:SUPPORTS]->(task)
  SET r = l.props
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.involves AS l
  MATCH (task:Task {id: l.from}), (dep:Department {id: l.to})
  CREATE (task)-[r:INVOLVES]->(dep)
  SET r = l.props
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.regulations AS reg
  MERGE (x:Regulation {id: reg.id})
  ON CREATE SET x.name = reg.name, x.title = reg.name, x.kind = reg.kind, x.jurisdiction = reg.jurisdiction, x.aliases = reg.aliases
  ON MATCH SET x.aliases = x.aliases + [a IN reg.aliases WHERE NOT a IN x.aliases]
  SET x._lock = true
  REMOVE x._lock
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.regulationImplements AS i
  MATCH (outer:Regulation {id: i.from}), (inner:Regulation {id: i.to})
  MERGE (outer)-[:IMPLEMENTS]->(inner)
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.cites AS c
  MATCH (task:Task {id: c.from}), (reg:Regulation {id: c.to})
  CREATE (task)-[r:CITES]->(reg)
  SET r = c.props
}
// Populations read by grammar (散居孤儿) are shared like regulations: MERGEd on their id, held
// locked until commit (see remove-document-content), then hung SUBGROUP_OF their parent: a
// taxonomy group (ensure-populations) or another compound of the same list.
CALL () {
  UNWIND $docs AS g
  UNWIND g.populations AS p
  MERGE (x:Population {id: p.id})
  ON CREATE SET x.name = p.name, x.aliases = p.aliases
  ON MATCH SET x.aliases = coalesce(x.aliases, []) + [a IN p.aliases WHERE NOT a IN coalesce(x.aliases, [])]
  SET x._lock = true
  REMOVE x._lock
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.populations AS p
  UNWIND p.parentIds AS parentId
  MATCH (x:Population {id: p.id}), (parent:Population {id: parentId})
  WITH x, parent WHERE NOT EXISTS { (x)-[:SUBGROUP_OF]->(parent) }
  MERGE (x)-[:SUBGROUP_OF]->(parent)
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.targets AS l
  MATCH (task:Task {id: l.from}), (pop:Population {id: l.to})
  CREATE (task)-[r:TARGETS]->(pop)
  SET r = l.props
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.indicators AS i
  MATCH (task:Task {id: i.taskId})
  CREATE (ind:Indicator {id: i.id})
  SET ind.value = i.value, ind.unit = i.unit, ind.comparator = i.comparator, ind.subject = i.subject,
      ind.text = i.text, ind.kind = i.kind, ind.documentId = g.document.id
  CREATE (task)-[:HAS_INDICATOR {documentId: i.documentId, start: i.start, end: i.end, sentence: i.sentence, mention: i.mention}]->(ind)
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.deadlines AS dl
  MATCH (task:Task {id: dl.taskId})
  CREATE (x:Deadline {id: dl.id})
  SET x.text = dl.text, x.date = dl.date, x.documentId = g.document.id
  CREATE (task)-[:HAS_DEADLINE {documentId: dl.documentId, start: dl.start, end: dl.end, sentence: dl.sentence, mention: dl.mention}]->(x)
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.initiatives AS i
  MERGE (x:Initiative {id: i.id})
  ON CREATE SET x.name = i.name
  SET x._lock = true
  REMOVE x._lock
}
CALL () {
  UNWIND $docs AS g
  UNWIND g.partOfInitiative AS l
  MATCH (task:Task {id: l.from}), (ini:Initiative {id: l.to})
  CREATE (task)-[r:PART_OF_INITIATIVE]->(ini)
  SET r = l.props
}
UNWIND $docs AS g
RETURN g.document.id AS id
