// ingestDocument / deleteDocument: behind the API key (see api-key.ts); writes
// go through src/graph/ingest.ts (one write transaction each), on the request's
// graph, so the response's bookmark (x-graph-bookmark, api/bookmarks.ts) follows them.
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { DocumentMeta } from '../../extract/types.js';
import { extractFile } from '../../formats/index.js';
import { bookmarksOf } from '../../graph/connection.js';
import { deleteDocument, ensureReferenceData, ingestDocument, refreshSearchIndexes } from '../../graph/ingest.js';
import { formatBookmarks } from '../bookmarks.js';
import type { ApiContext } from '../request/context.js';
import { requireIdOf } from '../request/ids.js';
import { badInput } from '../errors.js';
import { requireApiKey } from '../request/api-key.js';
import { DocumentMetadataInput, IngestResult, IngestStatus } from '../types/ingest.js';

const FILE_NAME = /^[^/\\\u0000-\u001f]{1,200}$/;

function overridesOf(metadata: DocumentMetadataInput | null): Partial<DocumentMeta> {
  const overrides: Partial<DocumentMeta> = {};
  if (!metadata) return overrides;
  if (metadata.title != null) {
    if (metadata.title.trim() === '') throw badInput('metadata.title must not be empty');
    overrides.title = metadata.title.trim();
    overrides.titleDerived = false;
  }
  if (metadata.issuer != null) overrides.issuer = metadata.issuer.trim() || null;
  if (metadata.year != null) {
    if (metadata.year < 1949 || metadata.year > 2100) throw badInput(`metadata.year out of range: ${metadata.year}`);
    overrides.year = metadata.year;
  }
  if (metadata.region != null) overrides.region = metadata.region.trim() || null;
  if (metadata.kind != null) overrides.kind = metadata.kind;
  return overrides;
}

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      'Extracts a document from its text and loads it. Its id is what it is (issuer and 文号, else issuer, title and year, else its text), so the same text under another file name is the same document (SKIPPED) and a new text of a known document is a new version of it (REPLACED, in Document.versions). Needs the API key.',
  })
  async ingestDocument(
    @Arg('text', () => String) text: string,
    @Arg('fileName', () => String, { description: "The file name the text comes from: the document's source (not its identity); .csv/.tsv are read as tables." }) fileName: string,
    @Arg('metadata', () => DocumentMetadataInput, { nullable: true }) metadata: DocumentMetadataInput | null,
    @Ctx() ctx: ApiContext,
  ) {
    requireApiKey(ctx.presentedApiKey, ctx.ingestApiKey);
    if (!FILE_NAME.test(fileName) || fileName.trim() === '') throw badInput('fileName must be a plain file name (1–200 characters, no folders)');
    // As bytes, so the size and binary checks apply as for a file; read as files are, so its evidence has line and column.
    const doc = await extractFile(Buffer.from(text, 'utf8'), fileName, overridesOf(metadata));
    await ensureReferenceData(ctx.graph);
    const result = await ingestDocument(ctx.graph, doc, fileName);
    // The full-text indexes are eventually consistent: make the new text searchable before answering.
    await refreshSearchIndexes(ctx.graph);
    // ctx.graph carries the request's bookmarks: the read below waits for the write, as a client's later read that sends this bookmark does.
    const bookmark = formatBookmarks(await bookmarksOf(ctx.graph));
    const document = await ctx.loaders.node.load(result.documentId);
    return {
      document,
      status: result.status.toUpperCase() as IngestStatus,
      taskCount: result.tasks,
      warnings: doc.warnings,
      bookmark,
    };
  }

  @Mutation(() => Boolean, { description: 'Removes a document and whatever only it referred to. False when there is no such document. Needs the API key.' })
  async deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    requireApiKey(ctx.presentedApiKey, ctx.ingestApiKey);
    requireIdOf('Document', id, 'id');
    const deleted = await deleteDocument(ctx.graph, id);
    await refreshSearchIndexes(ctx.graph);
    return deleted;
  }
}
