// Every resolver class of the API, in one list for buildSchema.
import type { NonEmptyArray } from 'type-graphql';
import { AggregatesResolver } from './aggregates/aggregates.resolver.js';
import { EvidenceResolver } from './common/evidence.js';
import { DepartmentResolver } from './department/department.resolver.js';
import { DocumentResolver } from './document/document.resolver.js';
import { GraphViewResolver } from './graph-view/graph-view.resolver.js';
import { IngestResolver } from './ingest/ingest.resolver.js';
import { InitiativeResolver } from './initiative/initiative.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { OrganizationResolver } from './organization/organization.resolver.js';
import { PopulationResolver } from './population/population.resolver.js';
import { promiseResolvers } from './promise/promise.resolver.js';
import { RegulationResolver } from './regulation/regulation.resolver.js';
import { AccountabilityResolver } from './responsibility/accountability.resolver.js';
import { ResponsibilityChainResolver } from './responsibility/chain.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { SectionResolver } from './section/section.resolver.js';
import { TaskResolver } from './task/task.resolver.js';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  EvidenceResolver,
  DocumentResolver,
  OrganizationResolver,
  DepartmentResolver,
  SectionResolver,
  TaskResolver,
  RegulationResolver,
  PopulationResolver,
  ...promiseResolvers,
  InitiativeResolver,
  ResponsibilityChainResolver,
  AccountabilityResolver,
  GraphViewResolver,
  SearchResolver,
  AggregatesResolver,
  IngestResolver,
];
