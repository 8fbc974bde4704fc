// Full-text search over task text and entity names (cjk indexes).
import type { GraphReader } from '../reader.js';
import { toFulltextQuery } from './fulltext.js';
import type { NodeRow } from './rows.js';

export interface SearchRow {
  totalCount: number;
  hits: Array<{ score: number; node: NodeRow }>;
}

/** Null when the text has no term to search for. */
export async function searchText(reader: GraphReader, text: string, limit: number): Promise<SearchRow | null> {
  const query = toFulltextQuery(text);
  if (query === null) return null;
  const [row] = await reader.read<SearchRow>('read/search/search', { query, limit });
  return row ?? { totalCount: 0, hits: [] };
}
