// npm run bench:ingest [-- --docs N --concurrency C]
// Generates N documents (bench/corpus.ts), ingests them into an empty database, and
// prints documents/s, nodes/s and relationships/s, then the time of a second,
// no-op run over the same files (every file skipped as unchanged), then the
// incremental figure: a few more documents loaded one by one into the loaded graph,
// then the first run again into the emptied database with Neo4j warm (its JIT compiler
// had compiled the write path: most of the first run's Neo4j CPU was compilation), and
// last the bulk load (kg ingest --bulk) of the same files into a new local Neo4j, whose
// graph must hold as many nodes and relationships of each kind as the first run's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver } from '../src/graph/connection.js';
import { ensureReferenceData, ingestDocument } from '../src/graph/ingest.js';
import { bulkLoad } from '../src/ingest/bulk.js';
import { stopLocalNeo4j } from '../src/neo4j-local/local.js';
import type { IngestFigures } from './ingest-figures.js';
import { extractFile } from '../src/formats/index.js';
import { graphCounts } from '../src/graph/read/aggregate.js';
import { DEFAULT_BATCH_SIZE, ingestFiles, listDocumentFiles } from '../src/ingest/files.js';
import { generateDocument, loadMaterial } from './corpus.js';
import { writeResults } from './results.js';
import { openBenchDatabase, processCpuSeconds } from './throwaway-neo4j.js';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '4' },
    // Documents per write transaction at most (1: one transaction per document, as before batching).
    batch: { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    // One document at a time into the loaded graph, after the runs: how many.
    incremental: { type: 'string', default: '40' },
    // For analysis only: what the full-text indexes cost (search does not work without them).
    'without-fulltext': { type: 'boolean', default: false },
  },
});
const docs = Number(values.docs);
const concurrency = Number(values.concurrency);
const batchSize = Number(values.batch);
const incrementalDocs = Number(values.incremental);

const dir = mkdtempSync(join(tmpdir(), 'prg-corpus-'));
const material = loadMaterial(resolve('seeds'));
for (let i = 0; i < docs; i++) {
  const doc = generateDocument(material, i);
  writeFileSync(join(dir, doc.fileName), doc.bytes);
}
const files = await listDocumentFiles([dir]);

const db = await openBenchDatabase();
try {
  await db.reset();
  if (values['without-fulltext']) {
    for (const index of ['taskText', 'entityNames']) {
      await db.driver.executeQuery(`DROP INDEX ${index} IF EXISTS`, {}, { database: db.database });
    }
  }
  await ensureReferenceData(db);
  const base = await graphCounts(db);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

  /** Runs `work` and measures it: wall seconds, and CPU ms a document for Node and for Neo4j (null with NEO4J_URI). */
  const measured = async <T>(documents: number, work: () => Promise<T>) => {
    const neo4j0 = processCpuSeconds(db.pid);
    const node0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await work();
    const seconds = (performance.now() - t0) / 1000;
    const node = process.cpuUsage(node0);
    const cpuMsPerDocument = {
      node: (node.user + node.system) / 1000 / documents,
      neo4j: neo4j0 === null ? null : ((processCpuSeconds(db.pid)! - neo4j0) * 1000) / documents,
    };
    return { result, seconds, cpuMsPerDocument };
  };

  const { result: first, seconds: firstSeconds, cpuMsPerDocument: firstCpu } = await measured(docs, () => ingestFiles(db, files, { concurrency, batchSize }));
  const failed = first.filter((o) => o.status === 'failed');
  const counts = await graphCounts(db);
  const nodes = sum(counts.labels) - sum(base.labels);
  const relationships = sum(counts.relationships) - sum(base.relationships);

  const { result: second, seconds: secondSeconds } = await measured(docs, () => ingestFiles(db, files, { concurrency, batchSize }));
  const skipped = second.filter((o) => o.status === 'skipped').length;

  // Incremental: new documents (beyond the corpus), each alone into the loaded graph, as
  // kg ingest of one file or the ingestDocument mutation does. Extracted beforehand: the figure is the write.
  const extra: Array<{ name: string; doc: Awaited<ReturnType<typeof extractFile>> }> = [];
  for (let k = 0; k < incrementalDocs; k++) {
    const doc = generateDocument(material, docs + k);
    extra.push({ name: doc.fileName, doc: await extractFile(doc.bytes, doc.fileName) });
  }
  const singleMs: number[] = [];
  const { cpuMsPerDocument: incCpu } = await measured(extra.length, async () => {
    for (const e of extra) {
      const s0 = performance.now();
      const r = await ingestDocument(db, e.doc, e.name);
      singleMs.push(performance.now() - s0);
      if (r.status !== 'loaded') throw new Error(`incremental ${e.name}: ${r.status}, expected loaded`);
    }
  });
  const incremental = extra.length === 0 ? null : {
    documents: extra.length,
    medianMs: [...singleMs].sort((a, b) => a - b)[Math.floor(singleMs.length / 2)]!,
    cpuMsNode: incCpu.node,
    cpuMsNeo4j: incCpu.neo4j,
  };

  // The same cold load again, into the emptied database, on a Neo4j whose JIT has compiled the write path.
  await db.reset();
  await ensureReferenceData(db);
  const again = await measured(docs, () => ingestFiles(db, files, { concurrency, batchSize }));
  const warm = {
    seconds: again.seconds,
    documentsPerSecond: docs / again.seconds,
    cpuMsPerDocument: again.cpuMsPerDocument,
    failed: again.result.filter((o) => o.status === 'failed').length,
  };

  // The bulk load: a Neo4j of its own (neo4j-admin import replaces a database whole), started by the load.
  let bulk: IngestFigures['bulk'] = null;
  if (db.pid !== null) {
    await db.close();
    const home = mkdtempSync(join(tmpdir(), 'prg-neo4j-bulk-'));
    try {
      const node0 = process.cpuUsage();
      const t0 = performance.now();
      const loaded = await bulkLoad(files, { home, start: { port: 0, ownedByParent: true } });
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(node0);
      const driver = createDriver(loaded.local);
      try {
        const bulkCounts = await graphCounts({ driver, database: db.database });
        bulk = {
          seconds,
          documentsPerSecond: docs / seconds,
          nodeCpuMsPerDocument: (cpu.user + cpu.system) / 1000 / docs,
          stages: loaded.stages,
          sameCounts: isDeepStrictEqual(bulkCounts, counts),
        };
        if (!bulk.sameCounts) console.error('bulk load: not the counts of the first run', JSON.stringify({ bulk: bulkCounts, first: counts }));
      } finally {
        await driver.close();
      }
    } finally {
      await stopLocalNeo4j({ home });
      rmSync(home, { recursive: true, force: true });
    }
  }

  const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);
  console.log(`bench:ingest  ${docs} generated documents, concurrency ${concurrency}, up to ${batchSize} per transaction${values['without-fulltext'] ? ', WITHOUT full-text indexes' : ''}, ${db.uri}`);
  row('first run (empty database)', `${firstSeconds.toFixed(2)} s, ${failed.length} failed`);
  row('  documents/s', (docs / firstSeconds).toFixed(1));
  row('  nodes/s', `${(nodes / firstSeconds).toFixed(0)} (${nodes} nodes)`);
  row('  relationships/s', `${(relationships / firstSeconds).toFixed(0)} (${relationships} relationships)`);
  // CPU time per document does not depend on what else the machine is doing, unlike wall time.
  row('  CPU ms/document: node (extract+driver)', firstCpu.node.toFixed(1));
  if (firstCpu.neo4j !== null) row('  CPU ms/document: Neo4j', firstCpu.neo4j.toFixed(1));
  row('second run (no-op)', `${secondSeconds.toFixed(2)} s, ${skipped}/${docs} skipped`);
  row('  ratio second/first', (secondSeconds / firstSeconds).toFixed(3));
  if (incremental) {
    row(`one more document, alone (${incremental.documents})`, `${incremental.medianMs.toFixed(1)} ms median`);
    row('  CPU ms/document: node', incremental.cpuMsNode.toFixed(1));
    if (incremental.cpuMsNeo4j !== null) row('  CPU ms/document: Neo4j', incremental.cpuMsNeo4j.toFixed(1));
  }
  row('again, emptied database, Neo4j warm', `${warm.seconds.toFixed(2)} s, ${warm.failed} failed`);
  row('  documents/s', warm.documentsPerSecond.toFixed(1));
  row('  CPU ms/document: node', warm.cpuMsPerDocument.node.toFixed(1));
  if (warm.cpuMsPerDocument.neo4j !== null) row('  CPU ms/document: Neo4j', warm.cpuMsPerDocument.neo4j.toFixed(1));
  if (bulk) {
    row('bulk load (kg ingest --bulk)', `${bulk.seconds.toFixed(2)} s, same counts as the first run: ${bulk.sameCounts ? 'yes' : 'NO'}`);
    row('  documents/s', bulk.documentsPerSecond.toFixed(1));
    row('  CPU ms/document: node (all threads)', bulk.nodeCpuMsPerDocument.toFixed(1));
    row('  stages (s)', Object.entries(bulk.stages).map(([stage, s]) => `${stage} ${s.toFixed(1)}`).join(', '));
  } else {
    row('bulk load', 'not run (NEO4J_URI: it needs the local Neo4j)');
  }
  for (const f of failed.slice(0, 5)) console.log(`  failed ${f.file}: ${f.error}`);
  const written = writeResults('ingest', `npm run bench:ingest -- --docs ${docs} --concurrency ${concurrency} --batch ${batchSize}${values['without-fulltext'] ? ' --without-fulltext' : ''}`, {
    documents: docs,
    concurrency,
    batchSize,
    withoutFulltext: values['without-fulltext'],
    seconds: firstSeconds,
    documentsPerSecond: docs / firstSeconds,
    nodes,
    relationships,
    nodesPerSecond: nodes / firstSeconds,
    relationshipsPerSecond: relationships / firstSeconds,
    cpuMsPerDocument: firstCpu,
    noOpRerunSeconds: secondSeconds,
    incremental,
    warm,
    bulk,
    failed: failed.length,
  } satisfies IngestFigures);
  console.log(`wrote ${written}`);
  process.exitCode = failed.length > 0 || warm.failed > 0 || skipped !== docs || bulk?.sameCounts === false ? 1 : 0;
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
