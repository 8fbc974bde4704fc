import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { accountability } from '../../graph/read/responsibility.js';
import type { ApiContext } from '../request/context.js';
import { resolveIdOrName } from '../request/names.js';
import { badInput, notFound } from '../errors.js';
import { Accountability } from '../types/accountability.js';

@Resolver()
export class AccountabilityResolver {
  @Query(() => Accountability, {
    description:
      'Who is responsible for every task that cites the regulation or serves the population (give exactly one), grouped by department; tasks naming no lead are grouped under their bureau as default owner.',
  })
  async accountability(
    @Arg('regulationId', () => ID, { nullable: true, description: 'The regulation: id or name (《慈善法》, 慈善法 and 中华人民共和国慈善法 are one).' }) regulationId: string | null,
    @Arg('populationId', () => ID, { nullable: true, description: 'The population: id or name (孤儿).' }) populationId: string | null,
    @Arg('includeSubgroups', () => Boolean, { defaultValue: false, description: 'With populationId: tasks serving its subgroups count too.' })
    includeSubgroups: boolean,
    @Ctx() ctx: ApiContext,
  ) {
    if ((regulationId == null) === (populationId == null)) throw badInput('give exactly one of regulationId and populationId');
    const subjectId =
      regulationId != null ? await resolveIdOrName(ctx, 'Regulation', regulationId, 'regulationId') : await resolveIdOrName(ctx, 'Population', populationId!, 'populationId');
    const [subject, result] = await Promise.all([
      ctx.loaders.node.load(subjectId),
      accountability(ctx.reader, { regulationId: regulationId != null ? subjectId : null, populationId: populationId != null ? subjectId : null, includeSubgroups }),
    ]);
    if (!subject) throw notFound(`no ${regulationId != null ? 'regulation' : 'population'} with id ${subjectId}`);
    return {
      subject,
      taskCount: result.taskCount,
      // A citation names its task and regulation: the entry's task and the subject.
      groups: result.groups.map((g) => ({
        ...g,
        defaultOwner: g.department === null,
        tasks: g.tasks.map((e) => ({ ...e, citations: e.citations.map((c) => ({ ...c, task: e.task, regulation: subject })) })),
      })),
    };
  }
}
