import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypher, splitStatements } from '../../src/graph/cypher.js';
import { applySchema } from '../../src/graph/schema.js';
import { closeTestDriver, resetDatabase, testDriver, testInfo } from '../setup/db.js';

beforeAll(resetDatabase);
afterAll(closeTestDriver);

const CONSTRAINTS = [
  'deadline_id',
  'department_id',
  'document_id',
  'indicator_id',
  'initiative_id',
  'organization_id',
  'population_id',
  'regulation_id',
  'section_id',
  'task_id',
];
const RANGE_INDEXES = [
  'deadline_date',
  'deadline_document',
  'department_name',
  'document_region',
  'document_sha256',
  'document_year',
  'indicator_document',
  'initiative_name',
  'population_name',
  'regulation_name',
  'section_document',
  'task_document',
  'task_order',
];

interface SchemaSnapshot {
  constraints: string[];
  indexes: { name: string; type: string; state: string }[];
}

async function snapshot(): Promise<SchemaSnapshot> {
  const opts = { database: testInfo().database, routing: 'READ' as const };
  const c = await testDriver().executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, opts);
  const i = await testDriver().executeQuery(
    'SHOW INDEXES YIELD name, type, state RETURN name, type, state ORDER BY name',
    {},
    opts,
  );
  return {
    constraints: c.records.map((r) => r.get('name') as string),
    indexes: i.records.map((r) => ({ name: r.get('name'), type: r.get('type'), state: r.get('state') })),
  };
}

describe('cypher/write/schema.cypher', () => {
  it('splits into one statement per constraint and index', () => {
    const statements = splitStatements(loadCypher('write/schema'));
    expect(statements).toHaveLength(CONSTRAINTS.length + RANGE_INDEXES.length + 2);
    expect(statements.every((s) => s.includes('IF NOT EXISTS'))).toBe(true);
  });

  it('creates the constraints, range indexes and cjk full-text indexes, all online', async () => {
    const s = await snapshot();
    for (const name of CONSTRAINTS) expect(s.constraints).toContain(name);
    const ours = s.indexes.filter((i) => [...CONSTRAINTS, ...RANGE_INDEXES, 'taskText', 'entityNames'].includes(i.name));
    expect(ours).toHaveLength(CONSTRAINTS.length + RANGE_INDEXES.length + 2);
    expect(ours.filter((i) => i.type === 'RANGE').map((i) => i.name).sort()).toEqual([...CONSTRAINTS, ...RANGE_INDEXES].sort());
    expect(ours.filter((i) => i.type === 'FULLTEXT').map((i) => i.name).sort()).toEqual(['entityNames', 'taskText']);
    expect(new Set(ours.map((i) => i.state))).toEqual(new Set(['ONLINE']));

    const ft = await testDriver().executeQuery(
      'SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options RETURN name, labelsOrTypes, properties, options ORDER BY name',
      {},
      { database: testInfo().database, routing: 'READ' },
    );
    expect(
      ft.records.map((r) => ({
        name: r.get('name'),
        labels: r.get('labelsOrTypes'),
        properties: r.get('properties'),
        analyzer: r.get('options').indexConfig['fulltext.analyzer'],
      })),
    ).toEqual([
      {
        name: 'entityNames',
        labels: ['Document', 'Section', 'Regulation', 'Population', 'Initiative', 'Department'],
        properties: ['title', 'name'],
        analyzer: 'cjk',
      },
      { name: 'taskText', labels: ['Task'], properties: ['title', 'text'], analyzer: 'cjk' },
    ]);
  });

  it('is a no-op when applied again', async () => {
    const before = await snapshot();
    expect(await applySchema(testDriver(), testInfo().database)).toBe(CONSTRAINTS.length + RANGE_INDEXES.length + 2);
    expect(await snapshot()).toEqual(before);
  });
});
