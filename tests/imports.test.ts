// No import cycles in src/ (madge over the TypeScript sources, `import type` included):
// a cycle makes the order of module evaluation, and so what a decorator or a top-level
// constant sees, depend on which file happens to be imported first.
import { join } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

const imports = () =>
  madge(join(root, 'src'), {
    fileExtensions: ['ts'],
    tsConfig: join(root, 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });

/**
 * The one direction of flow, folder by folder: what each may import from src/ (a
 * prefix of the imported file's path); every other import fails, with its file.
 */
const ALLOWED: Array<[from: string, to: readonly string[]]> = [
  // Reading a document: formats (bytes of Word, PDF, sheets, HTML → text) and extract (text → extracted document) share helpers both ways, file cycles aside.
  ['extract/', ['extract/', 'formats/']],
  ['formats/', ['extract/', 'formats/']],
  // text-pieces.ts: a fact about V8's strings, imported by whatever writes text in pieces.
  ['graph/', ['extract/', 'graph/', 'config.ts', 'paths.ts', 'text-pieces.ts']],
  ['api/types/', ['api/types/', 'api/errors.ts', 'graph/']],
  ['api/request/', ['api/request/', 'api/types/', 'api/errors.ts', 'graph/', 'config.ts']],
  // Resolvers read a document as files are read (formats/: ingestDocument) and map evidence back into the original (formats/origin.ts).
  ['api/resolvers/', ['api/', 'graph/', 'extract/', 'formats/', 'config.ts']],
  ['export/', ['export/', 'graph/', 'text-pieces.ts']],
];

describe('imports', () => {
  it('go one way: extract → graph → api (types ← request ← resolvers)', async () => {
    const graph = (await imports()).obj();
    const wrong = Object.entries(graph).flatMap(([file, deps]) => {
      const rule = ALLOWED.find(([from]) => file.startsWith(from));
      return rule ? deps.filter((dep) => !rule[1].some((to) => dep.startsWith(to))).map((dep) => `${file} → ${dep}`) : [];
    });
    expect(wrong).toEqual([]);
  });

  it('form no cycle in src/', async () => {
    const result = await imports();
    // The graph was really read: every relative import resolved to a file of src/.
    const graph = result.obj();
    expect(Object.keys(graph).length).toBeGreaterThan(100);
    expect(Object.values(graph).flat().length).toBeGreaterThan(300);
    expect(result.warnings().skipped.filter((d) => d.startsWith('.'))).toEqual([]);

    expect(result.circular()).toEqual([]);
  });
});
