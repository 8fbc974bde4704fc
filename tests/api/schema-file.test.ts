// schema/schema.graphql is the published contract: it must be what the code builds.
// After changing the API, run `npm run schema:emit` and commit the file.
import { readFileSync } from 'node:fs';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printApiSchema, SCHEMA_FILE } from '../../src/api/schema.js';

describe('schema/schema.graphql', () => {
  it('is what buildApiSchema prints (run `npm run schema:emit` after an API change)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });

  it('builds once and is cached', async () => {
    expect(await buildApiSchema()).toBe(await buildApiSchema());
  });

  it('a plain field is read by graphql-js itself: every object type declares simpleResolvers (see schema.ts)', async () => {
    await buildApiSchema();
    const types = getMetadataStorage().objectTypes;
    expect(types.length).toBeGreaterThan(40);
    expect(types.filter((t) => t.simpleResolvers !== true).map((t) => t.name)).toEqual([]);
    // A field resolver still resolves its field (Task.citations), a plain field has none (Task.title).
    const task = (await buildApiSchema()).getType('Task') as import('graphql').GraphQLObjectType;
    expect([typeof task.getFields().citations!.resolve, typeof task.getFields().title!.resolve]).toEqual(['function', 'undefined']);
  });

  it('every entity type implements Node', async () => {
    const schema = await buildApiSchema();
    const implementations = schema.getImplementations(schema.getType('Node') as never).objects.map((t) => t.name).sort();
    expect(implementations).toEqual(
      ['Deadline', 'Department', 'Document', 'Indicator', 'Initiative', 'Organization', 'Population', 'Regulation', 'Section', 'Task'],
    );
  });
});
