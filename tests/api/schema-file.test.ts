// schema/schema.graphql is the published contract: it must be what the code builds.
// After changing the API, run `npm run schema:emit` and commit the file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, printApiSchema, SCHEMA_FILE } from '../../src/api/schema.js';

describe('schema/schema.graphql', () => {
  it('is what buildApiSchema prints (run `npm run schema:emit` after an API change)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });

  it('builds once and is cached', async () => {
    expect(await buildApiSchema()).toBe(await buildApiSchema());
  });

  it('every entity type implements Node', async () => {
    const schema = await buildApiSchema();
    const implementations = schema.getImplementations(schema.getType('Node') as never).objects.map((t) => t.name).sort();
    expect(implementations).toEqual(
      ['Deadline', 'Department', 'Document', 'Indicator', 'Initiative', 'Organization', 'Population', 'Regulation', 'Section', 'Task'],
    );
  });
});
