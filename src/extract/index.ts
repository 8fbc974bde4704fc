// One source file → ExtractedDocument. Pure: no I/O, the CLI reads the files.
// Pipeline: decode (bytes) → normalizeText → structure → metadata → per-task fields.
import { createHash } from 'node:crypto';
import { decodeDocument, decodeText, type DecodeOptions } from './decode.js';
import { extractMetadata } from './metadata.js';
import { normalizeText } from './normalize.js';
import { extractPopulations } from './populations.js';
import { extractDeadlines, extractIndicators, extractInitiatives } from './promises.js';
import { extractCitations } from './regulations.js';
import { extractResponsibility, responsibilityContext, type ResponsibilityContext } from './responsibility.js';
import { parseStructure, type TaskNode } from './structure.js';
import { spansWithout, tableDeadlines } from './tables.js';
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
  return extractFromText(decoded, fileName, bytes, overrides);
}

/**
 * The extraction proper, from text already decoded (and, for Word, PDF or a spreadsheet,
 * rendered by src/formats); `bytes` are the original file's, for its sha256.
 */
export function extractFromText(decoded: string, fileName: string, bytes: Uint8Array, overrides: Partial<DocumentMeta> = {}): ExtractedDocument {
  const text = normalizeText(decoded);
  const structure = parseStructure(text);
  const { meta, warnings } = extractMetadata(text, structure);
  warnings.push(...structure.warnings);
  const document: DocumentMeta = { ...meta, ...overrides };
  // An issuer the caller gives replaces the one read from the text, and so does its source.
  if ('issuer' in overrides && overrides.issuer !== meta.issuer && !('issuerSource' in overrides)) {
    document.issuerSource = document.issuer ? 'GIVEN' : null;
    document.issuerEvidence = null;
  }

  const citations = extractCitations(
    text,
    structure.tasks.map((t) => t.span),
  );
  const roles = responsibilityContext(text, { region: document.region });
  const narrative = document.kind === 'ARTICLE';
  const tasks = structure.tasks.map((node, i) => fields(text, node, citations[i] ?? [], document.year, narrative, roles, warnings));
  ledThroughSubtasks(tasks, structure.tasks);
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

function fields(
  text: string,
  node: TaskNode,
  regulations: ExtractedTask['regulations'],
  year: number | null,
  narrative: boolean,
  roles: ResponsibilityContext,
  warnings: string[],
): ExtractedTask {
  const { parent: _parent, headingOnly, cells, ...task } = node;
  if (headingOnly) {
    // A parent heading with no body of its own: nothing to attribute to it.
    return { ...task, leadSource: 'ISSUER', leads: [], supports: [], agencies: [], regulations: [], populations: [], indicators: [], deadlines: [], initiatives: [] };
  }
  const responsibility = extractResponsibility(text, node.span, roles, cells);
  warnings.push(...responsibility.warnings.map((w) => `task ${node.path.join(' ')}: ${w}`));
  const scan = withoutTrailingAnnotation(text, node.span, responsibility.annotation);
  // A table row: a 进展情况 cell reports, it does not promise (its figures are ACHIEVED, it
  // has no deadline); a 完成时限 cell (merged from above too) is the row's deadline.
  const promises = cells ? spansWithout(scan, cells, ['PROGRESS']) : [scan];
  const progress = (cells ?? []).filter((c) => c.role === 'PROGRESS' && !c.inherited).map((c) => c.span);
  const deadlines = promises.flatMap((s) => extractDeadlines(text, s, year));
  const indicators = [
    ...promises.flatMap((s) => extractIndicators(text, s, { narrative, year })),
    ...progress.flatMap((s) => extractIndicators(text, s, { narrative, year, progress: true })),
  ].sort((a, b) => a.evidence.start - b.evidence.start);
  return {
    ...task,
    leadSource: responsibility.leads.length > 0 ? 'EXPLICIT' : 'ISSUER',
    leads: responsibility.leads,
    supports: responsibility.supports,
    agencies: responsibility.agencies,
    regulations,
    populations: extractPopulations(text, scan),
    indicators,
    deadlines: cells ? tableDeadlines(text, deadlines, cells, year) : deadlines,
    initiatives: extractInitiatives(text, scan),
  };
}

/**
 * A task whose own text names no lead but whose sub-tasks (at any depth) do is led
 * through them (SUBTASKS), not handed to the bureau; its own `leads` stay empty.
 * Tasks come in reading order (a task's `order` is its index, `parent` its parent's),
 * so every sub-task follows its parent.
 */
function ledThroughSubtasks(tasks: ExtractedTask[], nodes: readonly TaskNode[]): void {
  const ledBelow = new Set<number>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const parent = nodes[i]!.parent;
    if (parent !== null && (tasks[i]!.leads.length > 0 || ledBelow.has(i))) ledBelow.add(parent);
  }
  tasks.forEach((t, i) => {
    if (t.leads.length === 0 && ledBelow.has(i)) t.leadSource = 'SUBTASKS';
  });
}

/** The {牵头科室:…} annotation closing a task names departments, not populations or promises: scan the text before it. */
function withoutTrailingAnnotation(text: string, span: Span, annotation: Span | null): Span {
  if (!annotation || annotation.start < span.start || annotation.end > span.end) return span;
  return /^[\s。;,]*$/.test(text.slice(annotation.end, span.end)) ? { start: span.start, end: annotation.start } : span;
}
