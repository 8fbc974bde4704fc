// Every resolver class of the API, in one list for buildSchema.
import type { NonEmptyArray } from 'type-graphql';
import { AggregatesResolver, DocumentStatsResolver } from './aggregates.js';
import { ContinuityResolver } from './changes.js';
import { EvidenceResolver } from './evidence.js';
import { DepartmentResolver } from './department.js';
import { DocumentResolver } from './document.js';
import { GraphViewResolver } from './graph-view.js';
import { IngestResolver } from './ingest.js';
import { InitiativeResolver } from './initiative.js';
import { NodeResolver } from './node.js';
import { OrganizationResolver } from './organization.js';
import { PopulationResolver } from './population.js';
import { DeadlineTimelineResolver, IndicatorTimelineResolver, promiseResolvers } from './promise.js';
import { RegulationResolver } from './regulation.js';
import { AccountabilityResolver } from './accountability.js';
import { ResponsibilityChainResolver } from './chain.js';
import { SearchResolver } from './search.js';
import { SectionResolver } from './section.js';
import { TaskResolver } from './task.js';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  EvidenceResolver,
  DocumentResolver,
  OrganizationResolver,
  DepartmentResolver,
  SectionResolver,
  TaskResolver,
  ContinuityResolver,
  RegulationResolver,
  PopulationResolver,
  ...promiseResolvers,
  DeadlineTimelineResolver,
  IndicatorTimelineResolver,
  InitiativeResolver,
  ResponsibilityChainResolver,
  AccountabilityResolver,
  GraphViewResolver,
  SearchResolver,
  AggregatesResolver,
  DocumentStatsResolver,
  IngestResolver,
];
