// Where evidence is in the file a person downloaded, and the versions a document has
// had: what an auditor checks against the original rather than our normalized text.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from './enums.js';

/** The formats src/formats reads (the resolver maps its names onto these, checked at compile time). */
export const SOURCE_FORMATS = ['TEXT', 'HTML', 'DOCX', 'DOC', 'WPS', 'PDF', 'XLSX', 'XLS', 'CSV'] as const;
export const SourceFormat = enumOf(SOURCE_FORMATS);
export type SourceFormat = (typeof SourceFormat)[keyof typeof SourceFormat];
registerEnumType(SourceFormat, { name: 'SourceFormat', description: 'The format of the file a document was read from (found from its bytes).' });

export const SOURCE_POSITION_KINDS = ['LINE', 'HTML', 'PAGE', 'PARAGRAPH', 'CELL', 'SHEET'] as const;
export const SourcePositionKind = enumOf(SOURCE_POSITION_KINDS);
export type SourcePositionKind = (typeof SourcePositionKind)[keyof typeof SourcePositionKind];
registerEnumType(SourcePositionKind, {
  name: 'SourcePositionKind',
  description: 'What a position in the original file counts; the fields of SourcePosition it sets follow (all count from 1).',
  valuesConfig: {
    LINE: { description: 'A text file: line and column (UTF-16 code units of the decoded text) of the character itself.' },
    HTML: { description: 'An HTML page: line and column in its source where the text node (or table cell) holding it starts.' },
    PAGE: { description: 'A PDF: page, and line on that page (text lines top to bottom, running headers counted).' },
    PARAGRAPH: { description: 'A Word document: paragraph of the body (tables not counted).' },
    CELL: { description: 'A table of a Word document or an HTML page: table (in document order), row and column.' },
    SHEET: { description: 'A spreadsheet or CSV: sheet name, row, column and the cell reference (C7).' },
  },
});

@ObjectType('SourcePosition', { simpleResolvers: true, description: 'A place in the original file; which fields are set depends on kind.' })
export class SourcePosition {
  @Field(() => SourcePositionKind)
  kind!: SourcePositionKind;

  @Field(() => Int, { nullable: true, description: 'LINE, HTML: line of the file; PAGE: line on the page.' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: 'LINE, HTML: column on the line; CELL, SHEET: column of the table.' })
  column!: number | null;

  @Field(() => Int, { nullable: true, description: 'PAGE: the PDF page.' })
  page!: number | null;

  @Field(() => Int, { nullable: true, description: 'PARAGRAPH: the paragraph of the Word body.' })
  paragraph!: number | null;

  @Field(() => Int, { nullable: true, description: 'CELL: the table.' })
  table!: number | null;

  @Field(() => Int, { nullable: true, description: 'CELL, SHEET: the row.' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'SHEET: the sheet name.' })
  sheet!: string | null;

  @Field(() => String, { nullable: true, description: 'SHEET: the cell reference, e.g. C7.' })
  cell!: string | null;
}

@ObjectType('OriginalSpan', { simpleResolvers: true, description: 'Where a mention is in the original file: its first and its last character.' })
export class OriginalSpan {
  @Field(() => SourceFormat)
  format!: SourceFormat;

  @Field(() => SourcePosition, { description: 'Where its first character is.' })
  start!: SourcePosition;

  @Field(() => SourcePosition, { description: 'Where its last character is (for LINE, the column of that character).' })
  end!: SourcePosition;
}

@ObjectType('DocumentVersion', { simpleResolvers: true, description: 'One text a document has had, with the file it was read from.' })
export class DocumentVersion {
  @Field(() => String, { description: 'SHA-256 of the file bytes it was read from.' })
  sha256!: string;

  @Field(() => String, { description: 'The file name.' })
  source!: string;

  @Field(() => String, { description: 'When it was loaded (ISO 8601, UTC).' })
  ingestedAt!: string;
}
