// The export's filter from query parameters (GET /export/graph.*) or command-line
// options (kg export): the same names and the same checks for both.
import { labelOfId } from '../graph/ids.js';
import { isNodeLabel, NODE_LABELS, type NodeLabel } from '../graph/model.js';
import type { ExportFilter } from '../graph/read/export.js';

export class ExportFilterError extends Error {
  override name = 'ExportFilterError';
}

/** The parameters, by name: document, region, year, labels (comma-separated), around, hops. */
export const FILTER_PARAMETERS = ['document', 'region', 'year', 'labels', 'around', 'hops'] as const;
export type FilterParameter = (typeof FILTER_PARAMETERS)[number];

export function parseExportFilter(get: (name: FilterParameter) => string | null | undefined): ExportFilter {
  const text = (name: FilterParameter) => {
    const v = get(name)?.trim();
    return v === undefined || v === '' ? null : v;
  };
  const nodeId = (name: FilterParameter, label?: NodeLabel) => {
    const v = text(name);
    if (v === null) return null;
    const actual = labelOfId(v);
    if (!actual || (label && actual !== label)) throw new ExportFilterError(`${name} is not ${label ? `a ${label} id` : 'a node id'}: ${JSON.stringify(v.slice(0, 80))}`);
    return v;
  };
  const int = (name: FilterParameter, min: number, max: number) => {
    const v = text(name);
    if (v === null) return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new ExportFilterError(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(v.slice(0, 20))}`);
    return n;
  };
  const labels = text('labels')
    ?.split(',')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => {
      if (!isNodeLabel(l)) throw new ExportFilterError(`not a node label: ${JSON.stringify(l.slice(0, 40))} (one of ${NODE_LABELS.join(', ')})`);
      return l;
    });
  const around = nodeId('around');
  const hops = int('hops', 1, 3);
  if (hops !== null && around === null) throw new ExportFilterError('hops needs around (the node to count hops from)');
  const region = text('region');
  if (region !== null && region.length > 100) throw new ExportFilterError('region is too long');
  return {
    documentId: nodeId('document', 'Document'),
    region,
    year: int('year', 1900, 2200),
    labels: labels && labels.length > 0 ? labels : null,
    around,
    hops: around === null ? null : (hops ?? 1),
  };
}
