// The document an evidence points into, read by id when asked for.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EvidenceRow } from '../../graph/read/rows.js';
import type { ApiContext } from '../request/context.js';
import { Document } from '../types/document.js';
import { Evidence } from '../types/evidence.js';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Document)
  async document(@Root() evidence: EvidenceRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.referenced(evidence.documentId);
  }
}
