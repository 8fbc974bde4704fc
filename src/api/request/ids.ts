// Checking ids, "id or name" and day arguments before they reach the graph.
import { labelOfId } from '../../graph/ids.js';
import { ISO_DAY } from '../../graph/read/promise.js';
import type { NodeLabel } from '../../graph/model.js';
import { badInput } from '../errors.js';

/** What an id looks like (prefix_ and 16 hex digits); anything else is a name. */
export const ID_SHAPE = /^[a-z]+_[0-9a-f]{16}$/;

/** The label of a well-formed id; a malformed one is the user's error. */
export function requireNodeId(id: string, argument = 'id'): NodeLabel {
  const label = labelOfId(id);
  if (!label) throw badInput(`${argument} is not a valid node id: ${JSON.stringify(id.slice(0, 80))}`);
  return label;
}

/**
 * A department argument: a Department id, or the Organization id of an outside body
 * (one node is both), or a name.
 */
export function departmentIdOrName(value: string | null | undefined, argument: string): string | null {
  const trimmed = value?.trim();
  if (trimmed && ID_SHAPE.test(trimmed) && labelOfId(trimmed) === 'Organization') return trimmed;
  return idOrName('Department', value, argument);
}

/** An id that must name a node of one label. */
export function requireIdOf(label: NodeLabel, id: string, argument: string): string {
  const actual = requireNodeId(id, argument);
  if (actual !== label) throw badInput(`${argument} must be the id of a ${label}, got the id of a ${actual}`);
  return id;
}

/**
 * An argument that takes an id or a name: something shaped like an id must be a
 * valid id of the expected label; anything else is a name (trimmed, non-empty).
 */
export function idOrName(label: NodeLabel, value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed === '') throw badInput(`${argument} must not be empty`);
  if (ID_SHAPE.test(trimmed)) return requireIdOf(label, trimmed, argument);
  return trimmed;
}

/** A day argument, written yyyy-mm-dd as the graph stores dates; null when not given. */
export function dayArgument(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!ISO_DAY.test(value)) throw badInput(`${argument} must be a day written yyyy-mm-dd, got ${JSON.stringify(value.slice(0, 40))}`);
  return value;
}
