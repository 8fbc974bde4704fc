// npm run gen:corpus -- --docs N --out <dir> [--seed S]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDocument, loadMaterial } from './corpus.js';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const docs = Number(values.docs);
if (!values.out || !Number.isInteger(docs) || docs < 1) {
  console.error('usage: npm run gen:corpus -- --docs N --out <dir> [--seed S]');
  process.exit(2);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const material = loadMaterial(resolve('seeds'));
for (let i = 0; i < docs; i++) {
  const doc = generateDocument(material, i, Number(values.seed));
  writeFileSync(join(out, doc.fileName), doc.bytes);
}
console.log(`gen:corpus: wrote ${docs} documents to ${out}`);
