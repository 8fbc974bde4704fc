import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../context.js';
import { Document } from '../document/document.type.js';
import { Task } from '../task/task.type.js';
import { Section } from './section.type.js';

@Resolver(() => Section)
export class SectionResolver {
  @FieldResolver(() => Document)
  document(@Root() section: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.referenced(String(section.documentId));
  }

  @FieldResolver(() => [Task], { description: 'Top-level tasks of the chapter in reading order (their sub-tasks hang under them).' })
  tasks(@Root() section: NodeRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list('section-tasks', section.id);
  }
}
