// Reading only what a request asks for. The Cypher files project whole nodes
// (`x {.*, label: 'Task'}`) and whole evidence (`r {.documentId, .start, .end,
// .sentence, .mention}`); a request that asks for a regulation's title and a
// department's name does not need the rest, and every byte Neo4j serializes and
// the driver decodes is time (BENCHMARKS.md, "What made our API faster"). A Projection
// names, per node label (and for evidence), the stored properties to read;
// projectCypher rewrites those two forms of a statement accordingly. The names
// come from READABLE_PROPERTIES, never from the request, so the rewritten text is
// still only our own Cypher.
import { EVIDENCE, READABLE_PROPERTIES, type NodeLabel } from '../model.js';

/** The properties of evidence as stored on every extracted relationship (EvidenceRow). */
export const EVIDENCE_PROPERTIES: readonly string[] = Object.keys(EVIDENCE);

export type ProjectedType = NodeLabel | 'Evidence';

/** Every property a projection may ask for, per type: the whole of what is stored. */
export const PROJECTABLE: ReadonlyMap<ProjectedType, ReadonlySet<string>> = new Map<ProjectedType, ReadonlySet<string>>([
  ...Object.entries(READABLE_PROPERTIES).map(([label, props]) => [label as ProjectedType, new Set(props)] as const),
  ['Evidence', new Set(EVIDENCE_PROPERTIES)],
]);

/**
 * Per label (and 'Evidence'), the properties a request's reads return: what its
 * operation selects. A node keeps its id whatever is asked (its prefix names the
 * type); a label the operation never reaches keeps only that, and evidence it
 * never asks for is null.
 */
export class Projection {
  /** A stable text of the projection: the cache key of rewritten statements. */
  readonly key: string;

  constructor(readonly properties: ReadonlyMap<ProjectedType, ReadonlySet<string>>) {
    this.key = [...properties]
      .map(([type, props]) => `${type}:${[...props].sort().join(',')}`)
      .sort()
      .join(';');
  }
}

/** A whole node as the files project it: `x {.*, label: 'Task'}` (a Document: `x {.*, text: null, origin: null, versions: null, label: 'Document'}`). */
export const NODE_FORM = /\b(\w+) \{\.\*, (?:\w+: null, )*label: '(\w+)'/g;
/** Whole evidence as the files project it: `r {.documentId, .start, .end, .sentence, .mention}`. */
export const EVIDENCE_FORM = new RegExp(`\\b(\\w+) \\{${EVIDENCE_PROPERTIES.map((p) => `\\.${p}`).join(', ')}\\}`, 'g');

/** Rewritten statements by projection key, then statement; emptied when it grows past this many (distinct operations are few). */
const MAX_CACHED = 2000;
let cache = new Map<string, string>();

/** The statement with every whole-node and whole-evidence projection cut down to what `projection` asks for. */
export function projectCypher(cypher: string, projection: Projection): string {
  const cacheKey = `${projection.key}\u0000${cypher}`;
  let text = cache.get(cacheKey);
  if (text === undefined) {
    const props = (type: ProjectedType, stored: readonly string[]) => {
      const asked = projection.properties.get(type);
      return asked ? stored.filter((p) => asked.has(p)) : [];
    };
    text = cypher
      .replace(NODE_FORM, (whole, variable: string, label: string) => {
        if (!(label in READABLE_PROPERTIES)) return whole;
        // A Document's text, map and versions stay out, whatever is asked (unread in the model). The
        // label stays out too: the id's prefix names it, and a string less per node counts.
        const kept = ['id', ...props(label as NodeLabel, READABLE_PROPERTIES[label as NodeLabel])];
        return `${variable} {${kept.map((p) => `.${p}`).join(', ')}`;
      })
      .replace(EVIDENCE_FORM, (_whole, variable: string) => {
        if (!projection.properties.has('Evidence')) return 'null';
        const kept = props('Evidence', EVIDENCE_PROPERTIES);
        return kept.length > 0 ? `${variable} {${kept.map((p) => `.${p}`).join(', ')}}` : '{}';
      });
    if (cache.size >= MAX_CACHED) cache = new Map();
    cache.set(cacheKey, text);
  }
  return text;
}
