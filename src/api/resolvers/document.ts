// documents(filter) and a document's bureau, chapters and tasks.
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { documentReads } from '../../graph/read/document.js';
import type { DocumentRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { toConnection } from '../types/connection.js';
import { DocumentKind } from '../types/enums.js';
import { idOrName } from '../request/ids.js';
import { PageArgs, pageWindow } from '../types/pagination.js';
import { Organization } from '../types/organization.js';
import { Section } from '../types/section.js';
import { TaskConnection } from '../types/task.js';
import { Document, DocumentConnection } from '../types/document.js';

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
  async documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    const page = await documentReads.page(ctx.reader, { ...args, organization: idOrName('Organization', args.organization, 'organization') }, window);
    return toConnection(page, window);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The issuing bureau.' })
  async organization(@Root() doc: DocumentRow, @Ctx() ctx: ApiContext) {
    const [org] = await ctx.loaders.list(documentReads.organization, doc.id);
    return org ?? null;
  }

  @FieldResolver(() => [Section], { description: 'Chapters in reading order.' })
  sections(@Root() doc: DocumentRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(documentReads.sections, doc.id);
  }

  @FieldResolver(() => TaskConnection, { description: 'Every task (sub-tasks included) in reading order.' })
  async tasks(@Root() doc: DocumentRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    return toConnection(await ctx.loaders.page(documentReads.tasks, doc.id, window), window);
  }
}
