// A corpus graph (corpus-graph.ts) as the CSV files `neo4j-admin database import full`
// reads: one nodes file per combination of labels and one relationships file per type,
// each with a header typed from its values as the driver would have stored them (a JS
// number is a double, a bigint a long). An empty list cannot be written (neo4j-admin reads
// an empty array field as no property): such a node gets the label EMPTY_LIST_LABEL, and it
// or such a relationship the names of those properties in EMPTY_LIST_PROPERTY, which
// cypher/write/bulk-empty-*-lists.cypher turn into empty lists after the import.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Chunker, TEXT_PIECE_CHARS } from '../../text-pieces.js';
import type { CorpusGraph, CorpusNode, StoredProperties, StoredValue } from './corpus-graph.js';

export const EMPTY_LIST_LABEL = 'BulkEmptyList';
export const EMPTY_LIST_PROPERTY = 'bulkEmptyLists';
/** Between the elements of a list: a control character normalized text never holds (neo4j-admin's --array-delimiter). */
export const ARRAY_DELIMITER = '\u001F';

export interface ImportFiles {
  nodes: string[];
  relationships: string[];
  /** Whether some relationship holds an empty list (bulk-empty-relationship-lists.cypher then has work). */
  emptyListRelationships: boolean;
}

type ColumnType = 'string' | 'double' | 'long' | 'boolean' | 'string[]';

function typeOf(value: StoredValue): ColumnType {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'bigint') return 'long';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'string[]';
  return 'string';
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A value neo4j-admin cannot take; the caller adds which node or relationship holds it. */
class FieldError extends Error {}

/** One CSV field; an empty list is no field (EMPTY_LIST_PROPERTY names it). */
function field(value: StoredValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '';
    if (value.some((v) => v.includes(ARRAY_DELIMITER))) throw new FieldError('a list element holds U+001F, the import\'s list delimiter');
    return quote(value.join(ARRAY_DELIMITER));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new FieldError(`${value} is not a number the import can store`);
  return String(value);
}

/** The names of the properties that hold an empty list. */
function emptyLists(properties: StoredProperties): string[] {
  const empty: string[] = [];
  for (const key in properties) {
    const value = properties[key];
    if (Array.isArray(value) && value.length === 0) empty.push(key);
  }
  return empty;
}

/** Lets the event loop run (a worker waiting for its next job, a timer) between pieces of a long write. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Characters written between two chances for the event loop to run. */
const BREATH = 1 << 20;

/**
 * Writes lines of fields to a file in pieces (text-pieces.ts Chunker): joined into one
 * flat string for writing, a piece stays under V8's large-object size, where pieces of
 * 1 M characters made writing the files of 2,000 plans 1.6 times as slow. A field as
 * long as a piece by itself is written alone, never copied into a larger string.
 */
class CsvFile {
  private readonly fd: number;
  private readonly pieces = new Chunker();
  private sinceBreath = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  /** Adds a line; true when about BREATH characters were written since the last true. */
  line(fields: readonly string[]): boolean {
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      if (i > 0) this.add(',');
      if (field.length >= TEXT_PIECE_CHARS) {
        this.write(this.pieces.flush());
        this.write(field);
      } else {
        this.add(field);
      }
    }
    this.add('\n');
    if (this.sinceBreath < BREATH) return false;
    this.sinceBreath = 0;
    return true;
  }
  private add(text: string): void {
    const piece = this.pieces.add(text);
    if (piece !== null) this.write(piece);
  }
  private write(text: string): void {
    if (text.length === 0) return;
    writeSync(this.fd, text);
    this.sinceBreath += text.length;
  }
  close(): void {
    this.write(this.pieces.flush());
    closeSync(this.fd);
  }
}

/** The columns of a group of rows: every property any of them holds but the id, typed by its values (one type per property). */
function columnsOf(rows: ReadonlyArray<StoredProperties>, where: string): Array<[string, ColumnType]> {
  const columns = new Map<string, ColumnType>();
  for (const row of rows) {
    for (const key in row) {
      if (key === 'id') continue;
      const type = typeOf(row[key]!);
      const known = columns.get(key);
      if (known === undefined) columns.set(key, type);
      else if (known !== type) throw new Error(`${where}.${key} holds both ${known} and ${type} values`);
    }
  }
  return [...columns].sort(([a], [b]) => (a < b ? -1 : 1));
}

const header = (columns: Array<[string, ColumnType]>) => columns.map(([key, type]) => (type === 'string' ? key : `${key}:${type}`));

/** Rows in groups of one file each, keyed by `keyOf`. */
function groupBy<T>(rows: Iterable<T>, keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/**
 * Writes `rows` as one CSV file: `fixed` (the id or ends, the labels or type) then the
 * typed columns, and EMPTY_LIST_PROPERTY when a row holds an empty list.
 */
async function writeFile<T extends { properties: StoredProperties }>(
  path: string,
  rows: readonly T[],
  fixed: { header: string[]; fields: (row: T, empty: boolean) => string[]; where: (row: T) => string },
): Promise<boolean> {
  const columns = columnsOf(rows.map((r) => r.properties), path);
  const empties = rows.map((r) => emptyLists(r.properties));
  const anyEmpty = empties.some((e) => e.length > 0);
  const file = new CsvFile(path);
  try {
    file.line([...fixed.header, ...header(columns), ...(anyEmpty ? [`${EMPTY_LIST_PROPERTY}:string[]`] : [])]);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const empty = empties[i]!;
      let values: string[];
      try {
        values = fixed.fields(row, empty.length > 0);
        for (const [key] of columns) values.push(field(row.properties[key]));
        if (anyEmpty) values.push(empty.length > 0 ? quote(empty.join(ARRAY_DELIMITER)) : '');
      } catch (error) {
        if (error instanceof FieldError) throw new Error(`${fixed.where(row)}: ${error.message}`);
        throw error;
      }
      if (file.line(values)) await breathe();
    }
  } finally {
    file.close();
  }
  return anyEmpty;
}

/**
 * Writes the import files of `graph` into `folder`; returns their paths. Async only to
 * let the event loop run between pieces (the bulk load's workers match tasks meanwhile).
 */
export async function writeImportFiles(graph: CorpusGraph, folder: string): Promise<ImportFiles> {
  mkdirSync(folder, { recursive: true });
  const files: ImportFiles = { nodes: [], relationships: [], emptyListRelationships: false };
  const labelsOf = (node: CorpusNode) => (emptyLists(node.properties).length > 0 ? [...node.labels, EMPTY_LIST_LABEL] : node.labels);
  for (const [group, rows] of groupBy(graph.nodes.values(), (node) => labelsOf(node).join('-'))) {
    const path = join(folder, `nodes-${group}.csv`);
    await writeFile(path, rows, {
      header: ['id:ID', ':LABEL'],
      fields: (node, empty) => [quote(node.id), (empty ? [...node.labels, EMPTY_LIST_LABEL] : node.labels).join(ARRAY_DELIMITER)],
      where: (node) => `${group} ${node.id}`,
    });
    files.nodes.push(path);
  }
  for (const [type, rows] of groupBy(graph.relationships, (r) => r.type)) {
    const path = join(folder, `relationships-${type}.csv`);
    const anyEmpty = await writeFile(path, rows, {
      header: [':START_ID', ':END_ID', ':TYPE'],
      fields: (r) => [quote(r.from), quote(r.to), type],
      where: (r) => `${type} ${r.from}→${r.to}`,
    });
    files.relationships.push(path);
    files.emptyListRelationships ||= anyEmpty;
  }
  return files;
}
