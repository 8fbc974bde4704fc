// Evidence anyone can check and documents that keep their identity (issue 16): the
// normalized text every offset points into (Document.text, textSlice), where each
// mention is in the original file (Evidence.original), a document's history
// (Document.versions), and a document that is what it is, whatever its file is called.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { originalSpan } from '../../src/api/resolvers/evidence.js';
import { MAX_TEXT_PAGE } from '../../src/api/resolvers/document.js';
import { normalizeText } from '../../src/extract/normalize.js';
import { extractFile } from '../../src/formats/index.js';
import { deleteDocument, ingestDocument } from '../../src/graph/ingest.js';
import { nodeId } from '../../src/graph/ids.js';
import { documentReads } from '../../src/graph/read/document.js';
import { GraphReader } from '../../src/graph/reader.js';
import { ingestFiles, listDocumentFiles } from '../../src/ingest/files.js';
import { closeTestDriver, testGraph } from '../setup/db.js';
import { codes, execute, loadSeeds, query, SEEDS } from './helpers.js';

const SEED_FILES = ['fuzhou-party-building-report.txt', 'qinzhou-2022-work-plan.txt', 'shanwei-2024-work-plan.txt', 'xiamen-2022-work-plan.txt', 'xiamen-2024-director-article.txt'];
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

beforeAll(loadSeeds);
afterAll(closeTestDriver);

const POSITION = '{ kind line column page paragraph table row sheet cell }';
const EVIDENCE = `evidence { documentId start end mention original { format start ${POSITION} end ${POSITION} } }`;

interface Position {
  kind: string;
  line: number | null;
  column: number | null;
}
interface EvidenceAnswer {
  documentId: string;
  start: number;
  end: number;
  mention: string;
  original: { format: string; start: Position; end: Position } | null;
}

/** Every evidence of every task of the seeds, through the API: leads, supports, agencies, citations, populations, indicators, deadlines, initiatives. */
async function everyEvidence(): Promise<Array<EvidenceAnswer & { source: string }>> {
  const { documents } = await query(`{ documents(first: 10) { nodes { id source tasks(first: 100) { totalCount nodes {
    leads { ${EVIDENCE} } supports { ${EVIDENCE} } involvedAgencies { ${EVIDENCE} } citations { ${EVIDENCE} }
    populations { ${EVIDENCE} } indicators { ${EVIDENCE} } deadlines { ${EVIDENCE} } initiatives { ${EVIDENCE} }
  } } } } }`);
  return documents.nodes.flatMap((d: any) => {
    expect(d.tasks.totalCount).toBeLessThanOrEqual(100);
    return d.tasks.nodes.flatMap((t: any) => Object.values(t).flatMap((links: any) => links.map((l: any) => ({ ...l.evidence, source: d.source }))));
  });
}

describe('Document.text', () => {
  it('gives the normalized text, whole or by pages, and its length and hash', async () => {
    const xiamen = await extractFile(readFileSync(join(SEEDS, 'xiamen-2022-work-plan.txt')), 'xiamen-2022-work-plan.txt');
    const { documents } = await query(`{ documents(titleContains: "2022年全市民政工作要点") { nodes {
      textLength textSha256 text first: text(length: 12) page2: text(offset: 5000, length: 5000) rest: text(offset: 10000) end: text(offset: ${xiamen.text.length})
    } } }`);
    expect(documents.nodes).toEqual([
      {
        textLength: 10586,
        textSha256: sha256(xiamen.text),
        text: xiamen.text,
        first: xiamen.text.slice(0, 12),
        page2: xiamen.text.slice(5000, 10000),
        rest: xiamen.text.slice(10000),
        end: '',
      },
    ]);
    expect(xiamen.text.length).toBe(10586);
  });

  it("textSlice of a citation's evidence is exactly its mention (慈善法, not 《慈善法》)", async () => {
    const { regulations } = await query('{ regulations(nameContains: "慈善法") { nodes { name citations { title evidence { documentId start end mention } } } } }');
    const [charity] = regulations.nodes;
    expect(charity.name).toBe('中华人民共和国慈善法');
    const { documentId, start, end, mention } = charity.citations[0].evidence;
    expect(mention).toBe('慈善法');
    const { node } = await query(`{ node(id: "${documentId}") { ... on Document { textSlice(start: ${start}, end: ${end}) around: textSlice(start: ${start - 1}, end: ${end + 1}) } } }`);
    expect(node).toEqual({ textSlice: '慈善法', around: '《慈善法》' });
  });

  it.each([
    ['an offset past the end', 'text(offset: 10587)', 'offset 10587 is past the end of the text (10586 characters)'],
    ['a negative offset', 'text(offset: -1)', 'offset must be 0 or more, got -1'],
    ['a page over the limit', `text(length: ${MAX_TEXT_PAGE + 1})`, `length must be between 0 and ${MAX_TEXT_PAGE}, got ${MAX_TEXT_PAGE + 1}`],
    ['a slice ending past the end', 'textSlice(start: 10580, end: 10590)', 'end 10590 is past the end of the text (10586 characters)'],
    ['a slice ending before it starts', 'textSlice(start: 20, end: 10)', 'textSlice needs 0 ≤ start ≤ end, got start 20, end 10'],
  ])('%s is BAD_USER_INPUT', async (_what, field, message) => {
    const r = await execute(`{ documents(titleContains: "2022年全市民政工作要点") { nodes { ${field} } } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toBe(message);
  });

  it('slices by the offsets every evidence uses (UTF-16 units) when the text has characters beyond the BMP', async () => {
    // 𠀀 (U+20000) is two UTF-16 units and one code point: Cypher would count it once.
    const text = '某市民政局2025年工作要点\n一、社会救助\n1.𠀀𠀁完善救助,贯彻《社会救助暂行办法》。{牵头科室:社会救助科}\n';
    const doc = await extractFile(Buffer.from(text), 'astral.txt');
    const { documentId } = await ingestDocument(testGraph(), doc, 'astral.txt');
    const { node } = await query(`{ node(id: "${documentId}") { ... on Document { textLength text(offset: 20) tasks { nodes { citations { evidence { start end mention document { id } } } } } } } }`);
    const { start, end, mention } = node.tasks.nodes[0].citations[0].evidence;
    expect(node.textLength).toBe(doc.text.length);
    // Neo4j counts the text shorter: the read hands it over whole, and the API slices it.
    const { records } = await testGraph().driver.executeQuery('MATCH (d:Document {id: $documentId}) RETURN size(d.text) AS n', { documentId }, { database: testGraph().database });
    expect(Number(records[0]!.get('n'))).toBe(doc.text.length - 2);
    expect(node.text).toBe(doc.text.slice(20));
    const { node: sliced } = await query(`{ node(id: "${documentId}") { ... on Document { textSlice(start: ${start}, end: ${end}) } } }`);
    expect(sliced.textSlice).toBe(mention);
    expect(mention).toBe('社会救助暂行办法');
    expect(await deleteDocument(testGraph(), documentId)).toBe(true);
  });
});

describe('Evidence.original', () => {
  it('every evidence of every seed gives the line and column of its mention in the original file, exactly', async () => {
    const evidence = await everyEvidence();
    expect(evidence.length).toBeGreaterThan(450);
    const lines = new Map(SEED_FILES.map((f) => [f, readFileSync(join(SEEDS, f), 'utf8').replace(/^\uFEFF/, '').split(/\r\n|[\n\r\u2028\u2029\u0085]/)]));
    const wrong = evidence.filter((e) => {
      const o = e.original;
      if (!o || o.format !== 'TEXT' || o.start.kind !== 'LINE' || o.end.kind !== 'LINE') return true;
      const file = lines.get(e.source)!;
      // The original line from that column, read through the normalization's character mapping (full-width forms, spaces), starts with the mention…
      const from = normalizeText(file[o.start.line! - 1]!.slice(o.start.column! - 1));
      // …and its last character is at the end's column.
      const last = normalizeText(file[o.end.line! - 1]!.slice(o.end.column! - 1, o.end.column!));
      return !from.startsWith(e.mention) || last !== e.mention.at(-1) || o.start.line !== o.end.line;
    });
    expect(wrong).toEqual([]);
  });

  it('on 汕尾 2024: the LED_BY evidence of 二(二) is at its line and column', async () => {
    const { tasks } = await query(`{ tasks(filter: {region: "汕尾市", text: "适老化改造"}, first: 1) { nodes { path leads { ${EVIDENCE} } } } }`);
    const [task] = tasks.nodes;
    expect(task.path).toEqual(['二', '(二)']);
    const file = readFileSync(join(SEEDS, 'shanwei-2024-work-plan.txt'), 'utf8').split('\n');
    const { original, mention } = task.leads[0].evidence;
    expect(mention).toBe('社会福利科');
    expect(original.format).toBe('TEXT');
    expect(file[original.start.line - 1]!.slice(original.start.column - 1, original.end.column)).toBe('社会福利科');
    expect(original.end).toEqual({ ...original.start, column: original.start.column + 4 });
  });

  it('originalSpan: a span from a Word table cell into a paragraph starts in the cell and ends in the paragraph', async () => {
    const origin = { format: 'docx' as const, segments: [{ start: 0, end: 4, at: { kind: 'cell' as const, table: 1, row: 2, column: 3 } }, { start: 6, end: 9, at: { kind: 'paragraph' as const, paragraph: 7 } }] };
    const none = { line: null, column: null, page: null, paragraph: null, table: null, row: null, sheet: null, cell: null };
    expect(originalSpan(origin, 1, 8)).toEqual({
      format: 'DOCX',
      start: { ...none, kind: 'CELL', table: 1, row: 2, column: 3 },
      end: { ...none, kind: 'PARAGRAPH', paragraph: 7 },
    });
    expect(originalSpan(null, 1, 8)).toBeNull();
  });
});

describe('accountability', () => {
  it('gives with each task how it cites the regulation, with the evidence: no second query', async () => {
    const { accountability } = await query(`{ accountability(regulationId: "${nodeId('Regulation', '地名管理条例')}") {
      groups { department { name } defaultOwner tasks { task { title } role citations { mode title regulation { name } task { title } evidence { mention sentence original { start { line column } } } } populations { mention } } }
    } }`);
    const entries = accountability.groups.flatMap((g: any) => g.tasks.map((t: any) => ({ owner: g.department?.name ?? 'bureau', ...t })));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const e of entries) {
      expect(e.populations).toEqual([]);
      expect(e.citations.length).toBeGreaterThanOrEqual(1);
      for (const c of e.citations) {
        expect(c).toMatchObject({ title: '地名管理条例', regulation: { name: '地名管理条例' }, task: { title: e.task.title }, evidence: { mention: '地名管理条例' } });
        expect(c.evidence.sentence).toContain('《地名管理条例》');
        expect(c.evidence.original.start.line).toBeGreaterThan(0);
      }
    }
    expect([...new Set(entries.flatMap((e: any) => e.citations.map((c: any) => c.mode)))].sort()).toEqual(['IMPLEMENTS']);
  });

  it('gives with each task where it names the population, or a subgroup', async () => {
    const { accountability } = await query(`{ accountability(populationId: "${nodeId('Population', '孤儿')}", includeSubgroups: true) {
      taskCount groups { tasks { task { id } citations { mode } populations { population { name } mention evidence { mention } } } }
    } }`);
    const entries = accountability.groups.flatMap((g: any) => g.tasks);
    expect(entries.every((e: any) => e.citations.length === 0 && e.populations.length > 0)).toBe(true);
    const named = new Set<string>(entries.flatMap((e: any) => e.populations.map((p: any) => p.population.name)));
    expect(named.has('孤儿')).toBe(true);
    expect(named.has('散居孤儿')).toBe(true);
    for (const e of entries) for (const p of e.populations) expect(p.evidence.mention).toBe(p.mention);
    expect(new Set(entries.map((e: any) => e.task.id)).size).toBe(accountability.taskCount);
  });
});

describe('Document.versions and identity', () => {
  it('each seed has one version: its file, its bytes', async () => {
    const { documents } = await query('{ documents(first: 10) { nodes { source sha256 versions { sha256 source ingestedAt } } } }');
    const rows = documents.nodes.map((d: any) => [d.source, d.versions.map((v: any) => [v.sha256, v.source])]).sort();
    expect(rows).toEqual(SEED_FILES.map((f) => [f, [[sha256(readFileSync(join(SEEDS, f))), f]]]));
    for (const d of documents.nodes) expect(new Date(d.versions[0].ingestedAt).toISOString()).toBe(d.versions[0].ingestedAt);
  });

  it('the seeds loaded again under other names are the same five documents: the first question still answers 5', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prg-seeds-again-'));
    for (const f of SEED_FILES) writeFileSync(join(dir, `copy of ${f}`), readFileSync(join(SEEDS, f)));
    const outcomes = await ingestFiles(testGraph(), await listDocumentFiles([dir]));
    expect(outcomes.map((o) => o.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    const answer = await query('{ documents { totalCount } tasks(filter: {region: "汕尾市", department: "社会事务科", role: LEAD}) { totalCount } }');
    expect(answer).toEqual({ documents: { totalCount: 5 }, tasks: { totalCount: 5 } });
  });

  it('kg delete names a document by a file it was loaded from: its current file or a version’s', async () => {
    const reader = new GraphReader(testGraph());
    const shanwei = (await documentReads.bySource(reader, 'shanwei-2024-work-plan.txt')).map((d) => d.id);
    expect(shanwei).toHaveLength(1);
    expect(await documentReads.bySource(reader, 'copy of shanwei-2024-work-plan.txt')).toEqual([]);
    // A new version from another file: both names find it.
    const text = readFileSync(join(SEEDS, 'shanwei-2024-work-plan.txt'), 'utf8').replace('1780户', '1790户');
    const result = await ingestDocument(testGraph(), await extractFile(Buffer.from(text), 'shanwei-2024-v2.txt'), 'shanwei-2024-v2.txt');
    expect(result).toMatchObject({ status: 'replaced', documentId: shanwei[0] });
    for (const name of ['shanwei-2024-work-plan.txt', 'shanwei-2024-v2.txt']) {
      expect(await documentReads.bySource(reader, name)).toEqual([{ id: shanwei[0], title: '汕尾市民政局2024年工作要点', source: 'shanwei-2024-v2.txt' }]);
    }
    const { node } = await query(`{ node(id: "${shanwei[0]}") { ... on Document { versions { source sha256 } } } }`);
    expect(node.versions).toEqual([
      { source: 'shanwei-2024-work-plan.txt', sha256: sha256(readFileSync(join(SEEDS, 'shanwei-2024-work-plan.txt'))) },
      { source: 'shanwei-2024-v2.txt', sha256: sha256(text) },
    ]);
  });
});
