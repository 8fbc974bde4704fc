import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind } from './enums.js';
import { Document } from './document.js';

export enum IngestStatus {
  LOADED = 'LOADED',
  REPLACED = 'REPLACED',
  REFRESHED = 'REFRESHED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  description: 'What loading did. A document is what it is (issuer and 文号, else issuer, title and year, else its text), not its file name.',
  valuesConfig: {
    LOADED: { description: 'A new document.' },
    REPLACED: { description: 'A new version of a known document (same identity, another text): its graph replaced, the version added to Document.versions.' },
    REFRESHED: { description: 'The same text read again into another graph (a changed extractor, other metadata): its graph replaced, no new version.' },
    SKIPPED: { description: 'Nothing to write: the same document was already loaded (from this file, or another name or encoding of it).' },
  },
});

@InputType('DocumentMetadataInput', { description: 'Overrides for what the extractor reads from the text.' })
export class DocumentMetadataInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Issuing bureau, e.g. 汕尾市民政局.' })
  issuer?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'e.g. 汕尾市' })
  region?: string | null;

  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind | null;
}

@ObjectType('IngestResult', { simpleResolvers: true })
export class IngestResult {
  @Field(() => Document)
  document!: Document;

  @Field(() => IngestStatus)
  status!: IngestStatus;

  @Field(() => Int, { description: 'Tasks extracted from the text.' })
  taskCount!: number;

  @Field(() => [String], { description: 'What the extractor noticed (e.g. no tasks found).' })
  warnings!: string[];

  @Field(() => String, {
    description:
      'Where the database stood after this write (also the x-graph-bookmark response header). Send it back as the x-graph-bookmark request header and that request reads this write, whichever server replica and database member answers it.',
  })
  bookmark!: string;
}
