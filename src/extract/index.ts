// One source file → ExtractedDocument. Pure: no I/O, the CLI reads the files.
// Pipeline: decode (bytes) → normalizeText → structure → metadata → per-task fields.
import { createHash } from 'node:crypto';
import { decodeDocument, decodeText, type DecodeOptions } from './decode.js';
import { extractMetadata } from './metadata.js';
import { normalizeText } from './normalize.js';
import { extractPopulations } from './populations.js';
import { extractDeadlines, extractIndicators, extractInitiatives } from './promises.js';
import { extractCitations } from './regulations.js';
import { extractResponsibility } from './responsibility.js';
import { parseStructure, type TaskNode } from './structure.js';
import type { DocumentMeta, ExtractedDocument, ExtractedTask, Span } from './types.js';

export { ExtractionError } from './errors.js';
export type { DecodeOptions } from './decode.js';

export function extractDocument(
  input: Uint8Array | string,
  fileName: string,
  overrides: Partial<DocumentMeta> = {},
  options: DecodeOptions = {},
): ExtractedDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = typeof input === 'string' ? decodeText(input, fileName) : decodeDocument(input, fileName, options);
  const text = normalizeText(decoded);
  const structure = parseStructure(text);
  const { meta, warnings } = extractMetadata(text, structure);
  const document: DocumentMeta = { ...meta, ...overrides };

  const citations = extractCitations(
    text,
    structure.tasks.map((t) => t.span),
  );
  const tasks = structure.tasks.map((node, i) => fields(text, node, citations[i] ?? [], document.year));
  if (structure.tasks.length === 0) warnings.push('no tasks found');

  return {
    source: fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    text,
    document,
    sections: structure.sections,
    tasks,
    warnings,
  };
}

function fields(text: string, node: TaskNode, regulations: ExtractedTask['regulations'], year: number | null): ExtractedTask {
  const { parent: _parent, headingOnly, ...task } = node;
  if (headingOnly) {
    // A parent heading with no body of its own: nothing to attribute to it.
    return { ...task, leadSource: 'ISSUER', leads: [], supports: [], agencies: [], regulations: [], populations: [], indicators: [], deadlines: [], initiatives: [] };
  }
  const responsibility = extractResponsibility(text, node.span);
  const scan = withoutTrailingAnnotation(text, node.span, responsibility.annotation);
  return {
    ...task,
    leadSource: responsibility.leads.length > 0 ? 'EXPLICIT' : 'ISSUER',
    leads: responsibility.leads,
    supports: responsibility.supports,
    agencies: responsibility.agencies,
    regulations,
    populations: extractPopulations(text, scan),
    indicators: extractIndicators(text, scan),
    deadlines: extractDeadlines(text, scan, year),
    initiatives: extractInitiatives(text, scan),
  };
}

/** The {牵头科室:…} annotation closing a task names departments, not populations or promises: scan the text before it. */
function withoutTrailingAnnotation(text: string, span: Span, annotation: Span | null): Span {
  if (!annotation || annotation.start < span.start || annotation.end > span.end) return span;
  return /^[\s。;,]*$/.test(text.slice(annotation.end, span.end)) ? { start: span.start, end: annotation.start } : span;
}
