// Counts for dashboards: department workload, coverage, graph statistics.
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { coverage, departmentWorkload, graphStats } from '../../graph/read/aggregate.js';
import type { NodeRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { RoleFilter } from '../types/enums.js';
import { requireIdOf } from '../request/ids.js';
import { boundedInt, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../types/pagination.js';
import { Coverage, GraphStats, WorkloadReport } from '../types/aggregates.js';

const optionalOrganization = (id: string | null) => (id == null ? null : requireIdOf('Organization', id, 'organizationId'));

function distinctByName(rows: NodeRow[]): NodeRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Code-point order, as Cypher's ORDER BY sorts strings.
  const key = (r: NodeRow) => `${String(r.name)}\u0000${r.id}`;
  return [...byId.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

@Resolver()
export class AggregatesResolver {
  @Query(() => WorkloadReport, { description: 'Departments (of one bureau, or all) with their led and supported task counts.' })
  async departmentWorkload(
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Ctx() ctx: ApiContext,
  ) {
    const limit = boundedInt('first', first, 0, MAX_PAGE_SIZE);
    const result = await departmentWorkload(ctx.reader, optionalOrganization(organizationId), limit);
    return { totalCount: result.totalCount, departments: result.items.map((r) => ({ ...r, total: r.led + r.supported })) };
  }

  @Query(() => Coverage, { description: 'How many tasks each department (of one bureau, or all) leads/supports for each population.' })
  async coverage(
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Arg('role', () => RoleFilter, { defaultValue: RoleFilter.ANY }) role: RoleFilter,
    @Ctx() ctx: ApiContext,
  ) {
    const cells = await coverage(ctx.reader, optionalOrganization(organizationId), role);
    return {
      departments: distinctByName(cells.map((c) => c.department)),
      populations: distinctByName(cells.map((c) => c.population)),
      cells,
    };
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
