// documents(filter) and a document's bureau, chapters and tasks.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Info, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import { documentReads } from '../../graph/read/document.js';
import type { DocumentRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { toConnection } from '../types/connection.js';
import { DocumentKind } from '../types/enums.js';
import { idOrName } from '../request/ids.js';
import { PageArgs } from '../types/pagination.js';
import { Organization } from '../types/organization.js';
import { Section } from '../types/section.js';
import { TaskConnection } from '../types/task.js';
import { Document, DocumentConnection } from '../types/document.js';
import { DocumentVersion } from '../types/source.js';
import { badInput, graphChanged } from '../errors.js';

/** The most characters of a document's text one field returns (page through a longer one with offset). */
export const MAX_TEXT_PAGE = 100_000;

@ArgsType()
class DocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  titleContains?: string | null;

  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind | null;

  @Field(() => String, { nullable: true })
  region?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'Issuing bureau: id or name.' })
  organization?: string | null;
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'Documents, newest first.' })
  async documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    const page = await documentReads.page(ctx.reader, { ...args, organization: idOrName('Organization', args.organization, 'organization') }, window);
    return toConnection(page, window);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The issuing bureau.' })
  async organization(@Root() doc: DocumentRow, @Ctx() ctx: ApiContext) {
    const [org] = await ctx.loaders.list(documentReads.organization, doc.id);
    return org ?? null;
  }

  @FieldResolver(() => String, {
    description: `The normalized text every offset points into (evidence start/end, spans): \`length\` characters from \`offset\` (UTF-16 code units), at most ${MAX_TEXT_PAGE.toLocaleString('en')} at once; page through a longer text with offset (textLength is its size). An offset past the end is BAD_USER_INPUT.`,
  })
  async text(
    @Root() doc: DocumentRow,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('length', () => Int, { defaultValue: MAX_TEXT_PAGE }) length: number,
    @Ctx() ctx: ApiContext,
  ) {
    if (offset < 0) throw badInput(`offset must be 0 or more, got ${offset}`);
    if (length < 0 || length > MAX_TEXT_PAGE) throw badInput(`length must be between 0 and ${MAX_TEXT_PAGE}, got ${length}`);
    return textOf(ctx, doc.id, offset, length);
  }

  @FieldResolver(() => String, {
    description: 'Exactly the normalized text from start (inclusive) to end (exclusive): with an evidence\'s start and end, its mention. Out of range (start < 0, end < start, end > textLength, or more than the most text returns at once) is BAD_USER_INPUT.',
  })
  async textSlice(@Root() doc: DocumentRow, @Arg('start', () => Int) start: number, @Arg('end', () => Int) end: number, @Ctx() ctx: ApiContext) {
    if (start < 0 || end < start) throw badInput(`textSlice needs 0 ≤ start ≤ end, got start ${start}, end ${end}`);
    if (end - start > MAX_TEXT_PAGE) throw badInput(`textSlice returns at most ${MAX_TEXT_PAGE} characters, asked ${end - start}`);
    return textOf(ctx, doc.id, start, end - start, end);
  }

  @FieldResolver(() => [DocumentVersion], {
    description: 'Each text the document has had, oldest first, with the file it was first read from: a new version (same issuer and 文号, or title and year, another text) adds one; the last is the current text.',
  })
  async versions(@Root() doc: DocumentRow, @Ctx() ctx: ApiContext) {
    const versions = await ctx.loaders.list(documentReads.versions, doc.id);
    return versions.map((v) => JSON.parse(v) as DocumentVersion);
  }

  @FieldResolver(() => [Section], { description: 'Chapters in reading order.' })
  sections(@Root() doc: DocumentRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(documentReads.sections, doc.id);
  }

  @FieldResolver(() => TaskConnection, { description: 'Every task (sub-tasks included) in reading order.' })
  async tasks(@Root() doc: DocumentRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    return toConnection(await ctx.loaders.page(documentReads.tasks, doc.id, window), window);
  }
}

/**
 * `length` characters of a document's text from `offset` (an offset past its end is the
 * user's error; so is `end` past it, for textSlice). One read per document and window.
 */
async function textOf(ctx: ApiContext, documentId: string, offset: number, length: number, end?: number): Promise<string> {
  const [row] = await ctx.loaders.list(documentReads.text, documentId, { offset, length });
  if (!row) throw graphChanged(documentId);
  if (offset > row.length) throw badInput(`offset ${offset} is past the end of the text (${row.length} characters)`);
  if (end !== undefined && end > row.length) throw badInput(`end ${end} is past the end of the text (${row.length} characters)`);
  return row.whole ? row.text.slice(offset, offset + length) : row.text;
}
