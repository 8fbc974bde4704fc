// A request reads only the properties its operation selects (src/graph/read/projection.ts,
// src/api/common/projection.ts). The danger is a resolver that needs a property its
// field does not name: so every field of every type is asked on its own, through a
// read that is projected, and the answer must equal the one read with every property.
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext } from '../../src/api/request/context.js';
import { operationProjection } from '../../src/api/request/projection.js';
import { buildApiSchema } from '../../src/api/schema.js';
import { DERIVED_RELATIONSHIPS, NODE_LABELS, NODES, READABLE_PROPERTIES, RELATIONSHIPS, type NodeLabel } from '../../src/graph/model.js';
import { PROJECTABLE, Projection, projectCypher } from '../../src/graph/read/projection.js';
import { closeTestDriver, testGraph } from '../setup/db.js';
import { execute, loadSeeds } from './helpers.js';

// 汕尾 二(二): a task with a lead, supporting departments, a chapter and a parent-free line.
let chainTask = '';
beforeAll(async () => {
  await loadSeeds();
  const found = await execute('{ tasks(first: 1, filter: {region: "汕尾市", text: "适老化改造"}) { nodes { id } } }');
  chainTask = found.data.tasks.nodes[0].id;
});
afterAll(closeTestDriver);

const EVERYTHING = new Projection(PROJECTABLE);

/** Runs an operation twice: as the server does (its own projection) and reading every property. */
async function projectedAndFull(source: string) {
  const projected = await execute(source);
  const context = createApiContext(testGraph(), { presentedApiKey: null, onInternalError: () => {} });
  context.reader.projection = EVERYTHING;
  const full = await execute(source, {}, { context });
  return { projected, full };
}

/** A selection of everything below a field of this type, `depth` object levels deep (required arguments left out). */
function selectAll(type: GraphQLOutputType, depth: number): string | null {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isAbstractType(named)) return '{ __typename ... on Node { id } }';
  if (!isObjectType(named) || depth === 0) return null;
  const fields = Object.values(named.getFields())
    .filter(askable)
    .map((f) => {
      const inner = selectAll(f.type, depth - 1);
      return inner === null ? null : `${f.name} ${inner}`;
    })
    .filter((s): s is string => s !== null);
  return fields.length > 0 ? `{ ${fields.join(' ')} }` : null;
}

const askable = (f: GraphQLField<unknown, unknown>) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** Projected reads of each node type: a page, or a list read through a page's items; and the chain, built in code from its rows. */
const PATHS: Array<{ type: string; wrap: (inner: string) => string; at: (data: any) => unknown }> = [
  { type: 'ResponsibilityChain', wrap: (s) => `{ responsibilityChain(taskId: "${chainTask}") ${s} }`, at: (d) => d.responsibilityChain },
  { type: 'Task', wrap: (s) => `{ tasks(first: 40, filter: {region: "汕尾市"}) { nodes ${s} } }`, at: (d) => d.tasks.nodes },
  { type: 'Department', wrap: (s) => `{ departments(first: 30) { nodes ${s} } }`, at: (d) => d.departments.nodes },
  { type: 'Regulation', wrap: (s) => `{ regulations(first: 30) { nodes ${s} } }`, at: (d) => d.regulations.nodes },
  { type: 'Population', wrap: (s) => `{ populations(first: 30) { nodes ${s} } }`, at: (d) => d.populations.nodes },
  { type: 'Document', wrap: (s) => `{ documents(first: 10) { nodes ${s} } }`, at: (d) => d.documents.nodes },
  { type: 'Organization', wrap: (s) => `{ organizations(first: 10) { nodes ${s} } }`, at: (d) => d.organizations.nodes },
  { type: 'Initiative', wrap: (s) => `{ initiatives(first: 30) { nodes ${s} } }`, at: (d) => d.initiatives.nodes },
  { type: 'Section', wrap: (s) => `{ documents(first: 10) { nodes { id sections ${s} } } }`, at: (d) => d.documents.nodes },
  { type: 'Indicator', wrap: (s) => `{ tasks(first: 40, filter: {region: "汕尾市"}) { nodes { id indicators ${s} } } }`, at: (d) => d.tasks.nodes },
  { type: 'Deadline', wrap: (s) => `{ tasks(first: 40, filter: {region: "汕尾市"}) { nodes { id deadlines ${s} } } }`, at: (d) => d.tasks.nodes },
];

describe('reading only what is asked', () => {
  it('every field of every node type, asked alone, answers as it does with every property read', { timeout: 300_000 }, async () => {
    const schema = await buildApiSchema();
    let checked = 0;
    let answered = 0;
    for (const path of PATHS) {
      const type = schema.getType(path.type) as GraphQLObjectType;
      for (const field of Object.values(type.getFields()).filter(askable)) {
        const inner = selectAll(field.type, 2);
        if (inner === null) continue;
        const source = path.wrap(`{ ${path.type === 'ResponsibilityChain' ? '' : 'id '}${field.name} ${inner} }`);
        const { projected, full } = await projectedAndFull(source);
        expect(projected.errors, source).toBeUndefined();
        expect(projected.data, source).toEqual(full.data);
        checked++;
        // An empty answer would compare equal whatever was read: count those that are not.
        if (JSON.stringify(path.at(full.data)).length > 40) answered++;
      }
    }
    // Every field of the ten node types and of the chain that takes no required argument.
    expect(checked).toBe(120);
    expect(answered).toBe(116);
  });

  it('a page asks Neo4j for the selected properties only, and no evidence when none is selected', async () => {
    const schema = await buildApiSchema();
    const operation = parse('{ tasks(first: 5) { nodes { title document { title } citations { mode regulation { name } } } } }')
      .definitions[0] as OperationDefinitionNode;
    const projection = operationProjection(schema, operation, {});
    expect(Object.fromEntries([...projection.properties].map(([t, p]) => [t, [...p].sort()]))).toEqual({
      Task: ['documentId', 'title'],
      Document: ['title'],
      Regulation: ['name'],
    });
    const rewritten = projectCypher("MATCH (t)-[c:CITES]->(reg) RETURN reg {.*, label: 'Regulation'} AS r, c {.documentId, .start, .end, .sentence, .mention} AS e, t {.*, label: 'Task'} AS t", projection);
    expect(rewritten).toBe('MATCH (t)-[c:CITES]->(reg) RETURN reg {.id, .name} AS r, null AS e, t {.id, .documentId, .title} AS t');
  });

  it('fields reached through an interface or a fragment count for every type they may be', async () => {
    const schema = await buildApiSchema();
    const operation = parse('query { search(text: "殡葬") { hits { node { id ... on Task { ...T } ... on Regulation { kind } } } } } fragment T on Task { number leads { evidence { sentence } } }')
      .definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      parse('fragment T on Task { number leads { evidence { sentence } } }').definitions.map((d: any) => [d.name.value, d]),
    );
    const projection = operationProjection(schema, operation, fragments);
    expect([...projection.properties.get('Task')!].sort()).toEqual(['number']);
    expect([...projection.properties.get('Regulation')!]).toEqual(['kind']);
    expect([...projection.properties.get('Evidence')!]).toEqual(['sentence']);
    expect(projection.properties.get('Population')).toEqual(new Set());
  });

  it('the model (graph/model.ts) declares every label, relationship type and property ingestion stores', async () => {
    const session = testGraph().driver.session({ database: testGraph().database });
    try {
      const nodes = await session.run('MATCH (n) UNWIND labels(n) AS label UNWIND keys(n) AS key RETURN label, collect(DISTINCT key) AS keys');
      expect(nodes.records.length).toBeGreaterThanOrEqual(10);
      for (const record of nodes.records) {
        const label = record.get('label') as NodeLabel;
        expect(NODE_LABELS, 'label').toContain(label);
        const stored = (record.get('keys') as string[]).filter((k) => k !== 'id');
        // An outside body is an Organization and a Department at once: its keys are the union.
        const declared = label === 'Organization' || label === 'Department' ? [...Object.keys(NODES.Organization.properties), ...Object.keys(NODES.Department.properties)] : Object.keys(NODES[label].properties);
        expect(declared, label).toEqual(expect.arrayContaining(stored));
      }
      const relationships = await session.run('MATCH ()-[r]->() UNWIND CASE WHEN size(keys(r)) = 0 THEN [null] ELSE keys(r) END AS key RETURN type(r) AS type, collect(DISTINCT key) AS keys');
      // The seeds hold every type but CONTINUES (no issuer has two plans among them: tests/api/plan-changes.test.ts has),
      // and the derived LEADS_CITING.
      const declared = { ...RELATIONSHIPS, ...DERIVED_RELATIONSHIPS };
      expect(relationships.records.map((r) => r.get('type')).sort()).toEqual(Object.keys(declared).filter((t) => t !== 'CONTINUES').sort());
      for (const record of relationships.records) {
        const type = record.get('type') as keyof typeof declared;
        expect(Object.keys(declared), 'type').toContain(type);
        expect(Object.keys(declared[type].properties), type).toEqual(expect.arrayContaining(record.get('keys') as string[]));
      }
      expect(READABLE_PROPERTIES.Document).not.toContain('text');
    } finally {
      await session.close();
    }
  });
});
