// The named Cypher files of cypher/: read once, comments and indentation dropped
// before they are sent, and the parts of the files composed per request.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

const cypherCache = new Map<string, string>();
const partsCache = new Map<string, ReadonlyMap<string, string>>();

/** The text of cypher/<name>.cypher (`read/task/roles`), read once. Names are folder/file words only, so nothing outside cypher/ is reachable. */
export function loadCypher(name: string): string {
  let text = cypherCache.get(name);
  if (text === undefined) {
    text = compactCypher(readCypherFile(name));
    cypherCache.set(name, text);
  }
  return text;
}

/**
 * The parts of a file that is composed per request rather than sent whole (see
 * cypher/read/task/page.cypher): each part starts at a line `// @<kind> [<name>]` and is
 * keyed `<kind>` or `<kind> <name>`; what comes before the first marker is comment.
 */
export function loadCypherParts(name: string): ReadonlyMap<string, string> {
  let parts = partsCache.get(name);
  if (parts === undefined) {
    const found = new Map<string, string>();
    for (const chunk of readCypherFile(name).split(/^\/\/ @/m).slice(1)) {
      const newline = chunk.indexOf('\n');
      const key = (newline < 0 ? chunk : chunk.slice(0, newline)).trim();
      if (found.has(key)) throw new Error(`cypher/${name}.cypher: part "${key}" appears twice`);
      found.set(key, compactCypher(newline < 0 ? '' : chunk.slice(newline + 1)));
    }
    parts = found;
    partsCache.set(name, parts);
  }
  return parts;
}

function readCypherFile(name: string): string {
  if (!/^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/.test(name)) throw new Error(`invalid Cypher file name: ${JSON.stringify(name)}`);
  try {
    return readFileSync(join(projectRoot(), 'cypher', `${name}.cypher`), 'utf8');
  } catch {
    throw new Error(`Cypher file not found: cypher/${name}.cypher`);
  }
}

/**
 * The statement as sent: without `//` comment lines, indentation and blank lines, so
 * that the comments explaining a query stay in its file and are not packed, sent and
 * read by Neo4j with every request (the driver also writes a message over 1,400 bytes
 * in several socket writes). Safe for our files: no string literal spans lines or
 * starts a line with `//`.
 */
export function compactCypher(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/** Statements of a multi-statement file: `//` comment lines dropped, split on `;`, blanks skipped. */
export function splitStatements(text: string): string[] {
  return compactCypher(text)
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
