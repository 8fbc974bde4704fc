// The document an evidence points into, read by id when asked for, and where its
// mention is in the original file (the document's map, read once per document and request).
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { locateSpan, type Format, type Origin, type SourcePosition as Position, type SourceSpan } from '../../formats/index.js';
import { documentReads } from '../../graph/read/document.js';
import type { EvidenceRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { Document } from '../types/document.js';
import { Evidence } from '../types/evidence.js';
import { OriginalSpan, SourceFormat, SourcePosition, SourcePositionKind } from '../types/source.js';

const FORMAT: Record<Format, SourceFormat> = { text: 'TEXT', html: 'HTML', docx: 'DOCX', doc: 'DOC', wps: 'WPS', pdf: 'PDF', xlsx: 'XLSX', xls: 'XLS', csv: 'CSV' };
const KIND: Record<Position['kind'], SourcePositionKind> = { line: 'LINE', html: 'HTML', page: 'PAGE', paragraph: 'PARAGRAPH', cell: 'CELL', sheet: 'SHEET' };

/** A stored map parsed once per row (the loader hands the same row to every evidence of its document in a request). */
const parsed = new WeakMap<object, Origin | null>();

/** Where [start, end) of a document's normalized text is in its original file, as the API gives it; null without a map. */
export function originalSpan(origin: Origin | null, start: number, end: number): OriginalSpan | null {
  const span: SourceSpan | null = origin ? locateSpan(origin, start, end) : null;
  return span ? { format: FORMAT[span.format], start: position(span.start), end: position(span.end) } : null;
}

function position(at: Position): SourcePosition {
  const none = { line: null, column: null, page: null, paragraph: null, table: null, row: null, sheet: null, cell: null };
  return { ...none, ...at, kind: KIND[at.kind] };
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document)
  async document(@Root() evidence: EvidenceRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.referenced(evidence.documentId);
  }

  @FieldResolver(() => OriginalSpan, {
    nullable: true,
    description:
      'Where the mention is in the original file (a text file: line and column; PDF: page and line; Word: paragraph or table cell; spreadsheet: sheet cell), its first and last character; null for a document stored without that map.',
  })
  async original(@Root() evidence: EvidenceRow, @Ctx() ctx: ApiContext) {
    const [row] = await ctx.loaders.list(documentReads.origin, evidence.documentId);
    if (!row) return null;
    let origin = parsed.get(row);
    if (origin === undefined) parsed.set(row, (origin = row.origin ? (JSON.parse(row.origin) as Origin) : null));
    return originalSpan(origin, evidence.start, evidence.end);
  }
}
