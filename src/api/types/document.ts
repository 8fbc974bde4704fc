import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType } from './connection.js';
import { DocumentKind, IssuerSource } from './enums.js';
import { Node, type Stored } from './node.js';

@ObjectType('Document', { simpleResolvers: true, implements: Node, description: 'One source file: a work plan, an article, a report.' })
export class Document implements Node, Stored<Document, 'Document'> {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The printed title, or a composed one when titleDerived.' })
  title!: string;

  @Field(() => Boolean, { description: 'True when the document prints no title and the title was composed (汕尾 2024).' })
  titleDerived!: boolean;

  @Field(() => String, { nullable: true, description: 'Issuing bureau as printed, e.g. 汕尾市民政局.' })
  issuer!: string | null;

  @Field(() => IssuerSource, { nullable: true, description: 'Where the issuer was read from (the responsibility chain of a task it owns by default has the evidence).' })
  issuerSource!: IssuerSource | null;

  @Field(() => String, { nullable: true, description: 'Document number, e.g. 厦民〔2022〕16号.' })
  docNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (yyyy-mm-dd) it was signed or published, when printed.' })
  publishedAt!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'City or province, e.g. 钦州市.' })
  region!: string | null;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String, { description: 'The file name its current version was loaded from (not its identity: see versions).' })
  source!: string;

  @Field(() => String, { description: 'SHA-256 of the bytes of that file.' })
  sha256!: string;

  @Field(() => Int, { description: 'Length of the normalized text, in the unit of every offset (UTF-16 code units).' })
  textLength!: number;

  @Field(() => String, { description: 'SHA-256 of the normalized text (UTF-8): a new version of the document is a new text.' })
  textSha256!: string;
}

export const DocumentConnection = connectionType('Document', Document);
