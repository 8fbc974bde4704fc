// The graph as `neo4j-admin database import full` reads it, zipped (streamed:
// each file is deflated as it is written): nodes.csv (id:ID, :LABEL and every
// property of the model, typed in the header: year:int, value:double,
// aliases:string[] …; an empty field is a property not set) and relationships.csv
// (:START_ID, :END_ID, :TYPE, the stable id and every relationship property),
// and IMPORT.txt with the command line. Fields are quoted and may span lines
// (task text does): the import needs --multiline-fields=true.
import { Zip, ZipDeflate } from 'fflate';
import type { PropertyType } from '../graph/model.js';
import { Chunker } from '../text-pieces.js';
import type { ExportSource } from './source.js';

const CSV_TYPE: Record<PropertyType, string> = { string: '', int: ':int', float: ':double', boolean: ':boolean', 'string[]': ':string[]' };
/** neo4j-admin's default array delimiter. */
const ARRAY_DELIMITER = ';';

export const IMPORT_COMMAND =
  'neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true neo4j';

function field(v: unknown, type: PropertyType): string {
  if (v === null || v === undefined) return '';
  if (type === 'string[]') return quote((v as unknown[]).map(String).join(ARRAY_DELIMITER));
  if (type === 'string') return quote(String(v));
  return String(v);
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function nodeHeader(source: Pick<ExportSource, 'nodeAttributes'>): string {
  return ['id:ID', ':LABEL', ...source.nodeAttributes.map((a) => `${a.name}${CSV_TYPE[a.type]}`)].join(',');
}

export function relationshipHeader(source: Pick<ExportSource, 'edgeAttributes'>): string {
  return [':START_ID', ':END_ID', ':TYPE', 'id', ...source.edgeAttributes.map((a) => `${a.name}${CSV_TYPE[a.type]}`)].join(',');
}

/** The nodes file, then the relationships file, as CSV text. */
async function* csvFiles(source: ExportSource): AsyncGenerator<{ file: string; text: string; last: boolean }> {
  let out = new Chunker();
  out.add(`${nodeHeader(source)}\n`);
  for await (const n of source.nodes) {
    const row = [quote(n.id), quote(n.labels.join(ARRAY_DELIMITER)), ...source.nodeAttributes.map((a) => field(n.properties[a.name], a.type))].join(',');
    const piece = out.add(`${row}\n`);
    if (piece !== null) yield { file: 'nodes.csv', text: piece, last: false };
  }
  yield { file: 'nodes.csv', text: out.flush(), last: true };
  out = new Chunker();
  out.add(`${relationshipHeader(source)}\n`);
  for await (const e of source.edges()) {
    const row = [quote(e.from), quote(e.to), e.type, quote(e.id), ...source.edgeAttributes.map((a) => field(e.properties[a.name], a.type))].join(',');
    const piece = out.add(`${row}\n`);
    if (piece !== null) yield { file: 'relationships.csv', text: piece, last: false };
  }
  yield { file: 'relationships.csv', text: out.flush(), last: true };
}

export async function* writeCsvZip(source: ExportSource): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else ready.push(data);
  });
  const take = () => {
    if (failure) throw failure;
    const taken = ready;
    ready = [];
    return taken;
  };
  const readme = new ZipDeflate('IMPORT.txt', { level: 6 });
  zip.add(readme);
  readme.push(encoder.encode(`Load into an empty database (Neo4j 5):\n\n  ${IMPORT_COMMAND}\n\nids: every node's id is its id:ID; relationships carry their stable id as the property id.\n`), true);
  let file: ZipDeflate | null = null;
  for await (const piece of csvFiles(source)) {
    if (file === null) {
      file = new ZipDeflate(piece.file, { level: 6 });
      zip.add(file);
    }
    file.push(encoder.encode(piece.text), piece.last);
    if (piece.last) file = null;
    yield* take();
  }
  zip.end();
  yield* take();
}
