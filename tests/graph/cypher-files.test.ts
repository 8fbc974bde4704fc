// The shape the read layer expects of the Cypher files, checked over every file:
// projections rewrite whole-node and whole-evidence maps by pattern
// (graph/read/projection.ts), a page embeds batch files by pattern
// (graph/read/embedded.ts), and every file is named by the catalogue. A file
// that breaks a shape fails here, not in a request.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactCypher, loadCypher, loadCypherParts } from '../../src/graph/cypher.js';
import { NODE_LABELS } from '../../src/graph/model.js';
import type { ListRead, PageRead } from '../../src/graph/read/batch.js';
import { departmentReads } from '../../src/graph/read/department.js';
import { documentReads } from '../../src/graph/read/document.js';
import { BATCH, PAGE_RETURN } from '../../src/graph/read/embedded.js';
import { initiativeReads } from '../../src/graph/read/initiative.js';
import { organizationReads } from '../../src/graph/read/organization.js';
import { populationReads } from '../../src/graph/read/population.js';
import { EVIDENCE_FORM, NODE_FORM } from '../../src/graph/read/projection.js';
import { promiseReads } from '../../src/graph/read/promise.js';
import { regulationReads } from '../../src/graph/read/regulation.js';
import { sectionReads } from '../../src/graph/read/section.js';
import { taskPageStatement, taskReads } from '../../src/graph/read/task.js';
import { windowedPage } from '../../src/graph/read/window.js';

const root = join(import.meta.dirname, '../..');
const filesUnder = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));

const cypherFiles = filesUnder('cypher')
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.slice('cypher/'.length, -'.cypher'.length))
  .sort();
const readFiles = cypherFiles.filter((f) => f.startsWith('read/'));

/** Reads that return whole nodes of any label (labels(n)[0], ref.label): never projected. */
const WHOLE = new Set(['read/node/by-id', 'read/search/search']);

const catalogue = [departmentReads, documentReads, initiativeReads, organizationReads, populationReads, promiseReads, regulationReads, sectionReads, taskReads];
const batchReads = catalogue.flatMap((reads) =>
  Object.values(reads).filter((r): r is ListRead<unknown> | PageRead<unknown> => typeof r === 'object' && r !== null && 'file' in r),
);

describe('cypher/', () => {
  it('has its files in write/ and read/<entity>/', () => {
    expect(cypherFiles.length).toBeGreaterThanOrEqual(50);
    expect(cypherFiles.filter((f) => !/^(write\/[a-z-]+|read\/[a-z]+\/[a-z-]+)$/.test(f))).toEqual([]);
  });

  it('every file is named in exactly one module of src/graph, and every name there is a file', () => {
    const named = new Map<string, string[]>();
    for (const file of filesUnder('src').filter((f) => f.endsWith('.ts'))) {
      for (const [, name] of readFileSync(join(root, file), 'utf8').matchAll(/'((?:read|write)\/[a-z0-9/-]+)'/g)) {
        named.set(name!, [...(named.get(name!) ?? []), file]);
      }
    }
    expect([...named.keys()].filter((name) => !cypherFiles.includes(name))).toEqual([]);
    expect(cypherFiles.filter((f) => !named.has(f))).toEqual([]);
    const outside = [...named].filter(([, files]) => files.some((f) => !f.startsWith('src/graph/')));
    expect(outside).toEqual([]);
    expect([...named].filter(([, files]) => new Set(files).size > 1)).toEqual([]);
  });

  it.each(readFiles.filter((f) => !WHOLE.has(f)))('%s projects whole nodes and evidence only in the forms projection rewrites', (file) => {
    const text = loadCypher(file);
    // Every `{.*` is a whole node of a model label.
    const wholeNodes = [...text.matchAll(/\{\.\*/g)].length;
    const recognised = [...text.matchAll(NODE_FORM)];
    expect(recognised.length, 'whole-node maps not in the form x {.*, label: …}').toBe(wholeNodes);
    expect(recognised.map((m) => m[2]).filter((label) => !NODE_LABELS.includes(label as never))).toEqual([]);
    // Every evidence map is the whole evidence, as stored.
    const evidence = [...text.matchAll(/\{\.documentId\b/g)].length;
    expect([...text.matchAll(EVIDENCE_FORM)].length, 'evidence maps not in the form r {.documentId, .start, .end, .sentence, .mention}').toBe(evidence);
  });

  it('every page ends in the RETURN that embedding takes apart', () => {
    const pages = readFiles.filter((f) => f.endsWith('/page'));
    expect(pages.length).toBe(9);
    for (const page of pages) {
      const text = page === 'read/task/page' ? loadCypherParts(page).get('page')! : loadCypher(page);
      expect(PAGE_RETURN.test(`\n${text}`), page).toBe(true);
    }
  });

  it('every page, uncounted, limits its ORDER BY to the window and one more item', () => {
    const pages = readFiles.filter((f) => f.endsWith('/page') && f !== 'read/task/page').map(loadCypher);
    pages.push(taskPageStatement({ text: '养老' }, 'RELEVANCE').cypher, taskPageStatement({ department: 'dept_0123456789abcdef', role: 'LEAD' }, 'DOCUMENT_ORDER').cypher);
    for (const page of pages) {
      expect(windowedPage(page, { skip: 0, limit: 5 })).toBe(page);
      const limited = windowedPage(page, { skip: 0, limit: 5, counted: false });
      expect(limited.split('\n').filter((l) => /ORDER BY .* LIMIT \$skip \+ \$limit \+ 1$/.test(l)), page).toHaveLength(1);
      expect(limited.replace(' LIMIT $skip + $limit + 1', '')).toBe(page);
    }
    expect(pages).toHaveLength(10);
    // The per-id pages (Document.tasks, Department.ledTasks …) alike, inside their subquery.
    const batchPages = batchReads.filter((read) => read.kind === 'page').map((read) => loadCypher(read.file));
    for (const page of batchPages) {
      const limited = windowedPage(page, { skip: 0, limit: 5, counted: false });
      expect(limited.split('\n').filter((l) => /^WITH .*ORDER BY .* LIMIT \$skip \+ \$limit \+ 1$/.test(l)), page).toHaveLength(1);
      expect(limited.replace(' LIMIT $skip + $limit + 1', '')).toBe(page);
    }
    expect(batchPages).toHaveLength(5);
  });

  it('every batch read takes $ids and returns one row per id; the embeddable ones read per node in one subquery', () => {
    expect(batchReads.length).toBeGreaterThanOrEqual(30);
    for (const read of batchReads) {
      const text = loadCypher(read.file);
      expect(text.startsWith('UNWIND $ids AS id\n'), read.file).toBe(true);
      expect(/\nRETURN id, (?:totalCount, )?(?:items|\[[\s\S]*\] AS items)$/.test(text), read.file).toBe(true);
    }
    for (const read of [taskReads.citations, taskReads.populations, regulationReads.departments]) {
      expect(BATCH.test(loadCypher(read.file)), read.file).toBe(true);
    }
  });

  it('compacts comments and indentation away', () => {
    expect(compactCypher('// a\n  MATCH (n)\n\n  // b\n  RETURN n')).toBe('MATCH (n)\nRETURN n');
  });
});
