// documents(filter) and a document's bureau, chapters and tasks.
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { listDocuments } from '../../graph/read/lists.js';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { toConnection } from '../common/connection.js';
import { DocumentKind } from '../common/enums.js';
import { idOrName } from '../common/ids.js';
import { PageArgs, pageWindow } from '../common/pagination.js';
import { Organization } from '../organization/organization.type.js';
import { Section } from '../section/section.type.js';
import { TaskConnection } from '../task/task.type.js';
import { Document, DocumentConnection } from './document.type.js';

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
    const page = await listDocuments(ctx.reader, { ...args, organization: idOrName('Organization', args.organization, 'organization') }, window);
    return toConnection(page, window);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The issuing bureau.' })
  async organization(@Root() doc: NodeRow, @Ctx() ctx: ApiContext) {
    const [org] = await ctx.loaders.list<NodeRow>('document-organization', doc.id);
    return org ?? null;
  }

  @FieldResolver(() => [Section], { description: 'Chapters in reading order.' })
  sections(@Root() doc: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('document-sections', doc.id);
  }

  @FieldResolver(() => TaskConnection, { description: 'Every task (sub-tasks included) in reading order.' })
  async tasks(@Root() doc: NodeRow, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ApiContext) {
    const window = pageWindow(args);
    return toConnection(await ctx.loaders.page('document-tasks', doc.id, window), window);
  }
}
