import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DocumentKind } from './enums.js';
import { Document } from './document.js';

export enum IngestStatus {
  LOADED = 'LOADED',
  REPLACED = 'REPLACED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(IngestStatus, {
  name: 'IngestStatus',
  valuesConfig: {
    LOADED: { description: 'A new document.' },
    REPLACED: { description: 'The file name was known with other content: the old version was replaced.' },
    SKIPPED: { description: 'The same content was already loaded under this file name.' },
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
}
