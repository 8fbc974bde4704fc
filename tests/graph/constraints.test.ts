import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver, resetDatabase, testDriver, testInfo } from '../setup/db.js';

const LABELS = [
  'Document',
  'Organization',
  'Department',
  'Section',
  'Task',
  'Regulation',
  'Population',
  'Indicator',
  'Deadline',
  'Initiative',
];

beforeAll(resetDatabase);
afterAll(closeTestDriver);

// Labels come from the fixed list above, never from input: the only place a label is built into Cypher.
async function create(label: string, id: string): Promise<void> {
  await testDriver().executeQuery(`CREATE (:${label} {id: $id})`, { id }, { database: testInfo().database });
}

describe('uniqueness constraint on id', () => {
  it.each(LABELS)('rejects a second %s with the same id', async (label) => {
    await create(label, `${label}-1`);
    await create(label, `${label}-2`); // a different id is fine

    const error = await create(label, `${label}-1`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');

    const { records } = await testDriver().executeQuery(
      `MATCH (n:${label}) RETURN n.id AS id ORDER BY id`,
      {},
      { database: testInfo().database, routing: 'READ' },
    );
    expect(records.map((r) => r.get('id'))).toEqual([`${label}-1`, `${label}-2`]);
  });
});
