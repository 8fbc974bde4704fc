import { defineConfig } from 'vitest/config';

// Two projects: `extract` is pure (no database) and runs anywhere in parallel;
// `neo4j` talks to a real Neo4j that tests/setup/neo4j.global.ts provides, and
// runs its files one after another because they share that database.
// graphql has no "exports" map: Node loads its CommonJS build (so do Apollo
// Server and type-graphql), while Vite would pick the ESM build through its
// "module" field. Two copies of graphql break `instanceof GraphQLError` and
// "Cannot use GraphQLSchema from another module or realm", so tests use the
// same build as production.
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'extract',
          include: ['tests/extract/**/*.test.ts', 'tests/formats/**/*.test.ts'],
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'neo4j',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/extract/**', 'tests/formats/**'],
          globalSetup: ['tests/setup/neo4j.global.ts'],
          // One fork for all files: they share the database, so they must not overlap.
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
