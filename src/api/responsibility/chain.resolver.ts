import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { responsibilityChain } from '../../graph/read/responsibility.js';
import type { ApiContext } from '../context.js';
import { requireIdOf } from '../common/ids.js';
import { notFound } from '../errors.js';
import { chainLinks } from './chain.js';
import { ResponsibilityChain } from './chain.type.js';

@Resolver()
export class ResponsibilityChainResolver {
  @Query(() => ResponsibilityChain, {
    description: 'Who answers for a task and where the text says so. NOT_FOUND for an unknown task.',
  })
  async responsibilityChain(@Arg('taskId', () => ID) taskId: string, @Ctx() ctx: ApiContext) {
    requireIdOf('Task', taskId, 'taskId');
    const chain = await responsibilityChain(ctx.reader, taskId);
    if (!chain) throw notFound(`no task with id ${taskId}`);
    return {
      task: chain.task,
      document: chain.document,
      section: chain.section,
      parentTasks: chain.ancestors,
      leadSource: chain.task.leadSource,
      leads: chain.leads,
      supports: chain.supports,
      bureau: chain.defaultOwner ?? chain.issuer,
      accountableByDefault: chain.defaultOwner !== null,
      links: chainLinks(chain),
    };
  }
}
