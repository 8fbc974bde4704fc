import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SectionRow } from '../../graph/read/rows.js';
import { sectionReads } from '../../graph/read/section.js';
import type { ApiContext } from '../request/context.js';
import { Document } from '../types/document.js';
import { Task } from '../types/task.js';
import { Section } from '../types/section.js';

@Resolver(() => Section)
export class SectionResolver {
  @FieldResolver(() => Document)
  document(@Root() section: SectionRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.referenced(section.documentId);
  }

  @FieldResolver(() => [Task], { description: 'Top-level tasks of the chapter in reading order (their sub-tasks hang under them).' })
  tasks(@Root() section: SectionRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(sectionReads.tasks, section.id);
  }
}
