import { defineConfig } from 'vitest/config';

// Two projects: `extract` is pure (no database) and runs anywhere in parallel;
// `neo4j` talks to a real Neo4j that tests/setup/neo4j.global.ts provides, and
// runs its files one after another because they share that database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'extract',
          include: ['tests/extract/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'neo4j',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/extract/**'],
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
