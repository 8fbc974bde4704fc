// No import cycles in src/ (madge over the TypeScript sources, `import type` included):
// a cycle makes the order of module evaluation, and so what a decorator or a top-level
// constant sees, depend on which file happens to be imported first.
import { join } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('imports', () => {
  it('form no cycle in src/', async () => {
    const result = await madge(join(root, 'src'), {
      fileExtensions: ['ts'],
      tsConfig: join(root, 'tsconfig.json'),
      detectiveOptions: { ts: { skipTypeImports: false } },
    });
    // The graph was really read: every relative import resolved to a file of src/.
    const graph = result.obj();
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(Object.values(graph).flat().length).toBeGreaterThan(300);
    expect(result.warnings().skipped.filter((d) => d.startsWith('.'))).toEqual([]);

    expect(result.circular()).toEqual([]);
  });
});
