// Counts for dashboards: department workload, coverage, graph statistics, and
// statistics per document and per region.
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import {
  coverage,
  departmentWorkload,
  documentStats,
  explicitLeadShare,
  graphStats,
  orderPlanStats,
  regionStats,
  type DocumentStatsRow,
  type PlanCounts,
} from '../../graph/read/aggregate.js';
import type { NodeRow } from '../../graph/read/rows.js';
import { badInput } from '../errors.js';
import type { ApiContext } from '../request/context.js';
import { RoleFilter } from '../types/enums.js';
import { boundedInt, idOrName, timelineArguments } from '../request/ids.js';
import { explainEmpty } from '../request/names.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../types/pagination.js';
import { Coverage, GraphStats, WorkloadReport } from '../types/aggregates.js';
import { Document } from '../types/document.js';
import { DocumentStats, PlanStatsArgs, type PlanStatsOrder, RegionStats } from '../types/plan-stats.js';

/**
 * The bureau of workload and coverage: `organization` or the older `organizationId`,
 * each an id or a name (not both).
 */
function optionalOrganization(organization: string | null, organizationId: string | null): { argument: string; value: string | null } {
  if (organization != null && organizationId != null) throw badInput('give organization or organizationId, not both');
  const argument = organization != null ? 'organization' : 'organizationId';
  return { argument, value: idOrName('Organization', organization ?? organizationId, argument) };
}

const ORGANIZATION_ARG = { nullable: true, description: 'The bureau: id or name (汕尾市民政局).' } as const;
const ORGANIZATION_ID_ARG = { nullable: true, description: 'The bureau: id or name (the older name of organization).' } as const;

/** The stats of documents or regions, ordered, with the share each carries. */
const withShare = <R extends PlanCounts>(rows: R[], orderBy: PlanStatsOrder, first: number) =>
  orderPlanStats(rows, orderBy)
    .slice(0, first)
    .map((r) => ({ ...r, explicitLeadShare: explicitLeadShare(r) }));

function distinctByName(rows: NodeRow[]): NodeRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Code-point order, as Cypher's ORDER BY sorts strings.
  const key = (r: NodeRow) => `${String(r.name)}\u0000${r.id}`;
  return [...byId.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The query of documentStats / regionStats, its arguments checked. */
async function planStatsQuery(ctx: ApiContext, { filter, asOf, dueSoonDays }: PlanStatsArgs) {
  const f = filter ?? {};
  return {
    region: f.region?.trim() || null,
    year: f.year ?? null,
    documentKind: f.documentKind ?? null,
    organization: idOrName('Organization', f.organization, 'filter.organization'),
    ...timelineArguments(asOf, dueSoonDays),
  };
}

@Resolver(() => DocumentStats)
export class DocumentStatsResolver {
  @FieldResolver(() => Document)
  document(@Root() row: DocumentStatsRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.referenced(row.documentId);
  }
}

@Resolver()
export class AggregatesResolver {
  @Query(() => WorkloadReport, { description: 'Departments (of one bureau, or all) with their led and supported task counts.' })
  async departmentWorkload(
    @Arg('organizationId', () => ID, ORGANIZATION_ID_ARG) organizationId: string | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Ctx() ctx: ApiContext,
    @Arg('organization', () => String, ORGANIZATION_ARG) organization: string | null,
  ) {
    const limit = boundedInt('first', first, 0, MAX_PAGE_SIZE);
    const bureau = optionalOrganization(organization, organizationId);
    const result = await departmentWorkload(ctx.reader, bureau.value, limit);
    if (result.totalCount === 0) await explainEmpty(ctx, [{ ...bureau, label: 'Organization' }]);
    return { totalCount: result.totalCount, departments: result.items.map((r) => ({ ...r, total: r.led + r.supported })) };
  }

  @Query(() => Coverage, { description: 'How many tasks each department (of one bureau, or all) leads/supports for each population.' })
  async coverage(
    @Arg('organizationId', () => ID, ORGANIZATION_ID_ARG) organizationId: string | null,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Ctx() ctx: ApiContext,
    @Arg('organization', () => String, ORGANIZATION_ARG) organization: string | null,
  ) {
    const bureau = optionalOrganization(organization, organizationId);
    const cells = await coverage(ctx.reader, bureau.value, role);
    if (cells.length === 0) await explainEmpty(ctx, [{ ...bureau, label: 'Organization' }]);
    return {
      departments: distinctByName(cells.map((c) => c.department)),
      populations: distinctByName(cells.map((c) => c.population)),
      cells,
    };
  }

  @Query(() => [DocumentStats], {
    description: 'Per document: tasks, explicit leads and their share, lead namings, citations, promises (TARGET indicators), deadlines by status on asOf.',
  })
  async documentStats(@Args(() => PlanStatsArgs) args: PlanStatsArgs, @Ctx() ctx: ApiContext) {
    const rows = await documentStats(ctx.reader, await planStatsQuery(ctx, args));
    return withShare(rows, args.orderBy, boundedInt('first', args.first, 0, MAX_PAGE_SIZE));
  }

  @Query(() => [RegionStats], { description: 'The same counts summed per region: which city names leads for most of its tasks (orderBy: EXPLICIT_LEAD_SHARE).' })
  async regionStats(@Args(() => PlanStatsArgs) args: PlanStatsArgs, @Ctx() ctx: ApiContext) {
    const rows = await regionStats(ctx.reader, await planStatsQuery(ctx, args));
    return withShare(rows, args.orderBy, boundedInt('first', args.first, 0, MAX_PAGE_SIZE));
  }

  @Query(() => GraphStats, { description: 'Nodes per label and relationships per type.' })
  async graphStats(@Ctx() ctx: ApiContext) {
    const stats = await graphStats(ctx.reader);
    return {
      ...stats,
      nodeCount: stats.labels.reduce((n, l) => n + l.count, 0),
      relationshipCount: stats.relationships.reduce((n, r) => n + r.count, 0),
    };
  }
}
