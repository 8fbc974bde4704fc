// A corpus graph (corpus-graph.ts) as the CSV files `neo4j-admin database import full`
// reads: one nodes file per combination of labels and one relationships file per type,
// each with a header typed from its values as the driver would have stored them (a JS
// number is a double, a bigint a long). An empty list cannot be written (neo4j-admin reads
// an empty array field as no property): such a node gets the label EMPTY_LIST_LABEL, and it
// or such a relationship the names of those properties in EMPTY_LIST_PROPERTY, which
// cypher/write/bulk-empty-*-lists.cypher turn into empty lists after the import.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusGraph, StoredProperties, StoredValue } from './corpus-graph.js';

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

function field(value: StoredValue | undefined, where: string): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.some((v) => v.includes(ARRAY_DELIMITER))) throw new Error(`${where}: a list element holds U+001F, the import's list delimiter`);
    return quote(value.join(ARRAY_DELIMITER));
  }
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${where}: ${value} is not a number the import can store`);
  return String(value);
}

/** Writes text to a file in pieces of about 1 MB. */
class CsvFile {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  line(text: string): void {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= 1 << 20) this.flush();
  }
  private flush(): void {
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** The columns of a group of rows: every property any of them holds, typed by its values (one type per property). */
function columnsOf(rows: ReadonlyArray<StoredProperties>, where: string): Array<[string, ColumnType]> {
  const columns = new Map<string, ColumnType>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      const type = typeOf(value);
      const known = columns.get(key);
      if (known === undefined) columns.set(key, type);
      else if (known !== type) throw new Error(`${where}.${key} holds both ${known} and ${type} values`);
    }
  }
  return [...columns].sort(([a], [b]) => (a < b ? -1 : 1));
}

const header = (columns: Array<[string, ColumnType]>) => columns.map(([key, type]) => (type === 'string' ? key : `${key}:${type}`));

/** Writes the import files of `graph` into `folder`; returns their paths. */
export function writeImportFiles(graph: CorpusGraph, folder: string): ImportFiles {
  mkdirSync(folder, { recursive: true });
  const files: ImportFiles = { nodes: [], relationships: [], emptyListRelationships: false };

  const nodeGroups = new Map<string, Array<{ id: string; labels: string[]; properties: StoredProperties }>>();
  for (const node of graph.nodes.values()) {
    const properties: StoredProperties = {};
    const empty: string[] = [];
    for (const [key, value] of Object.entries(node.properties)) {
      if (key === 'id') continue;
      if (Array.isArray(value) && value.length === 0) empty.push(key);
      else properties[key] = value;
    }
    const labels = [...node.labels];
    if (empty.length > 0) {
      labels.push(EMPTY_LIST_LABEL);
      properties[EMPTY_LIST_PROPERTY] = empty;
    }
    const group = labels.join('-');
    if (!nodeGroups.has(group)) nodeGroups.set(group, []);
    nodeGroups.get(group)!.push({ id: node.id, labels, properties });
  }
  for (const [group, rows] of nodeGroups) {
    const columns = columnsOf(rows.map((r) => r.properties), group);
    const file = new CsvFile(join(folder, `nodes-${group}.csv`));
    file.line(['id:ID', ':LABEL', ...header(columns)].join(','));
    for (const row of rows) {
      const where = `${group} ${row.id}`;
      file.line([quote(row.id), row.labels.join(ARRAY_DELIMITER), ...columns.map(([key]) => field(row.properties[key], where))].join(','));
    }
    file.close();
    files.nodes.push(file.path);
  }

  const relationshipGroups = new Map<string, typeof graph.relationships>();
  for (const r of graph.relationships) {
    if (!relationshipGroups.has(r.type)) relationshipGroups.set(r.type, []);
    relationshipGroups.get(r.type)!.push(r);
  }
  for (const [type, group] of relationshipGroups) {
    const rows = group.map((r) => {
      const empty = Object.keys(r.properties).filter((key) => Array.isArray(r.properties[key]) && (r.properties[key] as string[]).length === 0);
      if (empty.length === 0) return r;
      files.emptyListRelationships = true;
      const properties: StoredProperties = { ...r.properties, [EMPTY_LIST_PROPERTY]: empty };
      for (const key of empty) delete properties[key];
      return { ...r, properties };
    });
    const columns = columnsOf(rows.map((r) => r.properties), type);
    const file = new CsvFile(join(folder, `relationships-${type}.csv`));
    file.line([':START_ID', ':END_ID', ':TYPE', ...header(columns)].join(','));
    for (const r of rows) {
      const where = `${type} ${r.from}→${r.to}`;
      file.line([quote(r.from), quote(r.to), type, ...columns.map(([key]) => field(r.properties[key], where))].join(','));
    }
    file.close();
    files.relationships.push(file.path);
  }
  return files;
}
