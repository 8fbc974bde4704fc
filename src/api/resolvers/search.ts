import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { searchText } from '../../graph/read/search.js';
import type { ApiContext } from '../request/context.js';
import { boundedInt } from '../request/ids.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../types/pagination.js';
import { badInput } from '../errors.js';
import { snippetFor } from './search-snippet.js';
import { SearchResults } from '../types/search.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, {
    description: 'Full-text search over task titles and text and entity names (cjk analyzer). Every word must occur; a Chinese word matches exactly (殡葬 finds 殡葬).',
  })
  async search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE }) first: number,
    @Ctx() ctx: ApiContext,
  ) {
    const limit = boundedInt('first', first, 0, MAX_PAGE_SIZE);
    if (text.length > 200) throw badInput('text must be at most 200 characters');
    const result = await searchText(ctx.reader, text, limit);
    if (!result) throw badInput('text must not be empty');
    return {
      totalCount: result.totalCount,
      hits: result.hits.map((h) => ({ score: h.score, node: h.node, snippet: snippetFor(h.node, text) })),
    };
  }
}
