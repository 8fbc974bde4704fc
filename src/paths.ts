import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The checkout this code runs from: the nearest folder above this module that
 * holds package.json. Walking up (instead of a fixed `../..`) keeps it right
 * both under tsx (src/) and after a build (dist/).
 */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (no package.json above ' + import.meta.url + ')');
    dir = parent;
  }
  return (root = dir);
}
