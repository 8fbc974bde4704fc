// regulations(filter) and who cites a regulation, how, and who leads that work.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { connectionWindow } from '../request/selection.js';
import { leadsCitingCount, REGULATION_KINDS } from '../../graph/model.js';
import { regulationReads } from '../../graph/read/regulation.js';
import type { RegulationRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { toConnection } from '../types/connection.js';
import { mapLoaded, withParent } from './links.js';
import { chooseEmbeds, primeEmbeds, type Embeddable } from '../request/embed.js';
import { boundedInt } from '../request/ids.js';
import { DepartmentTaskCount, departmentTaskCounts } from '../types/counts.js';
import { CitationMode, Jurisdiction, RegulationKind } from '../types/enums.js';
import { PageArgs } from '../types/pagination.js';
import { Citation } from '../types/task-links.js';
import { TaskConnection } from '../types/task.js';
import { Regulation, RegulationConnection } from '../types/regulation.js';

@ArgsType()
class RegulationsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of a printed title.' })
  nameContains?: string | null;

  // A list, so that "laws and regulations" is one request (and one statement); GraphQL
  // coerces a single value to a list, so `kind: LAW` reads as before.
  @Field(() => [RegulationKind], { nullable: true, description: 'Any of these kinds (`kind: LAW` or `kind: [LAW, REGULATION]`).' })
  kind?: RegulationKind[] | null;

  @Field(() => Jurisdiction, { nullable: true })
  jurisdiction?: Jurisdiction | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also titles of no policy kind (OTHER: a news headline, an article, a lecture); left out by default unless kind asks for OTHER.',
  })
  includeOther!: boolean;
}

/** The kinds asked for: those given, else every kind but OTHER unless includeOther. */
const kindsOf = (args: RegulationsArgs): readonly RegulationKind[] | null =>
  args.kind ?? (args.includeOther ? null : REGULATION_KINDS.filter((k) => k !== RegulationKind.OTHER));

/** Regulation.departments' `first`: null for all of them. */
const MAX_DEPARTMENTS = 1000;
const boundedFirst = (first: number | null | undefined): number | null => (first == null ? null : boundedInt('first', first, 0, MAX_DEPARTMENTS));

/** The departments read's parameters for the field's arguments: the field resolver and the page's embed pass the same. */
const departmentsParams = (mode: CitationMode | null | undefined, first: number | null | undefined) => ({ countKey: leadsCitingCount(mode ?? null), first: boundedFirst(first) });

/** Lists of a regulation that a page of regulations can bring along (see request/embed.ts). */
const EMBEDDABLE: Embeddable[] = [
  { itemType: 'Regulation', field: 'departments', read: regulationReads.departments, params: (args) => departmentsParams(args.mode as CitationMode | null | undefined, args.first as number | null | undefined) },
];

@Resolver(() => Regulation)
export class RegulationResolver {
  @Query(() => RegulationConnection, { description: 'Cited regulations by name (titles of kind OTHER only when asked for).' })
  async regulations(@Args(() => RegulationsArgs) args: RegulationsArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo) {
    const window = connectionWindow(args, info);
    // The page's leading departments, when asked for, come in the same statement.
    const embed = chooseEmbeds(info, EMBEDDABLE);
    const rows = await regulationReads.page(ctx.reader, { ...args, kind: kindsOf(args) }, window, embed);
    primeEmbeds(ctx, embed, rows.lists);
    return toConnection(rows.page, window);
  }

  @FieldResolver(() => [Citation], { description: 'Every citation of it (task, mode, title as printed, evidence), by document then reading order.' })
  citations(@Root() reg: RegulationRow, @Arg('mode', () => CitationMode, { nullable: true }) mode: CitationMode | null, @Ctx() ctx: ApiContext) {
    return withParent(ctx.loaders.list(regulationReads.citations, reg.id, { mode: mode ?? null }), 'regulation', reg);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks citing it (optionally in one mode).' })
  async citingTasks(
    @Root() reg: RegulationRow,
    @Arg('mode', () => CitationMode, { nullable: true }) mode: CitationMode | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const window = connectionWindow(args, info);
    return toConnection(await ctx.loaders.page(regulationReads.tasks, reg.id, window, { mode: mode ?? null }), window);
  }

  @FieldResolver(() => [Regulation], { description: 'Regulations it implements (《福建省实施<…>办法》 → the law).' })
  implements(@Root() reg: RegulationRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(regulationReads.implements, reg.id);
  }

  @FieldResolver(() => [Regulation], { description: 'Regulations that implement it.' })
  implementedBy(@Root() reg: RegulationRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.list(regulationReads.implementedBy, reg.id);
  }

  @FieldResolver(() => [DepartmentTaskCount], {
    description:
      'Departments leading the tasks that cite it (optionally in one mode: IMPLEMENTS for those that carry it out), with how many; most first (ties by name). ' +
      'All of them unless `first` is given; departmentCount says how many there are.',
  })
  departments(
    @Root() reg: RegulationRow,
    @Arg('mode', () => CitationMode, { nullable: true }) mode: CitationMode | null,
    @Arg('first', () => Int, { nullable: true, description: `At most this many (0–${MAX_DEPARTMENTS}), the most tasks first.` }) first: number | null,
    @Ctx() ctx: ApiContext,
  ) {
    return mapLoaded(ctx.loaders.list(regulationReads.departments, reg.id, departmentsParams(mode, first)), departmentTaskCounts);
  }

  @FieldResolver(() => Int, { description: 'How many departments lead tasks that cite it (optionally in one mode): the length of departments without `first`.' })
  async departmentCount(@Root() reg: RegulationRow, @Arg('mode', () => CitationMode, { nullable: true }) mode: CitationMode | null, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.list(regulationReads.departmentCount, reg.id, { countKey: leadsCitingCount(mode ?? null) }))[0] ?? 0;
  }
}
