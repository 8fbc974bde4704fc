import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { responsibilityChain } from '../../graph/read/responsibility.js';
import type { ApiContext } from '../request/context.js';
import { requireIdOf } from '../request/ids.js';
import { notFound } from '../errors.js';
import { chainLinks } from './chain-links.js';
import { ResponsibilityChain } from '../types/chain.js';

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
      // A task led through its sub-tasks names no lead itself: its leads are theirs, each with its sub-task.
      leads: [...chain.leads.map((l) => ({ ...l, subtask: null })), ...chain.subtaskLeads],
      supports: chain.supports.map((s) => ({ ...s, subtask: null })),
      bureau: chain.defaultOwner ?? chain.issuer,
      issuerSource: chain.issuer ? chain.issuerSource : null,
      issuerEvidence: chain.issuer ? chain.issuerEvidence : null,
      accountableByDefault: chain.defaultOwner !== null,
      links: chainLinks(chain),
    };
  }
}
