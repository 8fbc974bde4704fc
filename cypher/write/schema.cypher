// Schema of the policy responsibility graph. Applied by applySchema()
// (src/graph/schema.ts) at every start: every statement is IF NOT EXISTS, so
// applying it again changes nothing. Statements end with `;`, comments are
// whole lines starting with `//`.

// Every node has a stable, content-derived id: one uniqueness constraint per label
// (it also gives the range index MERGE and node(id) use).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT department_id IF NOT EXISTS FOR (n:Department) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT population_id IF NOT EXISTS FOR (n:Population) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deadline_id IF NOT EXISTS FOR (n:Deadline) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;

// Lookups and filters the ingest and the GraphQL filters use.
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
CREATE INDEX document_year IF NOT EXISTS FOR (n:Document) ON (n.year);
CREATE INDEX document_region IF NOT EXISTS FOR (n:Document) ON (n.region);
CREATE INDEX department_name IF NOT EXISTS FOR (n:Department) ON (n.name);
CREATE INDEX regulation_name IF NOT EXISTS FOR (n:Regulation) ON (n.name);
CREATE INDEX population_name IF NOT EXISTS FOR (n:Population) ON (n.name);
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE INDEX task_order IF NOT EXISTS FOR (n:Task) ON (n.order);
// What a document owns, found without a scan when it is replaced or deleted, and for per-document reads.
CREATE INDEX section_document IF NOT EXISTS FOR (n:Section) ON (n.documentId);
CREATE INDEX task_document IF NOT EXISTS FOR (n:Task) ON (n.documentId);
CREATE INDEX indicator_document IF NOT EXISTS FOR (n:Indicator) ON (n.documentId);
CREATE INDEX deadline_document IF NOT EXISTS FOR (n:Deadline) ON (n.documentId);
CREATE INDEX deadline_date IF NOT EXISTS FOR (n:Deadline) ON (n.date);

// Full-text search over Chinese text: the cjk analyzer indexes character bigrams,
// so 困境儿童 inside a longer sentence is found (the standard analyzer would not).
// Eventually consistent: Lucene work leaves the commit path and is batched (with
// per-commit updates, segment flushes and merges were most of ingestion's CPU);
// writers call db.index.fulltext.awaitEventuallyConsistentIndexRefresh() after loading.
CREATE FULLTEXT INDEX taskText IF NOT EXISTS
FOR (n:Task) ON EACH [n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};

CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Document|Section|Regulation|Population|Initiative|Department) ON EACH [n.title, n.name]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true}};
