// Checking ids, "id or name", day and count arguments before they reach the graph.
import { labelOfId } from '../../graph/ids.js';
import { ISO_DAY, MAX_DUE_SOON_DAYS, todayIn } from '../../graph/read/promise.js';
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

/** The day deadline statuses are relative to (default: today in China) and the DUE_SOON window, both checked. */
export function timelineArguments(asOf: string | null | undefined, dueSoonDays: number): { asOf: string; soonDays: number } {
  return { asOf: dayArgument(asOf, 'asOf') ?? todayIn(), soonDays: dueSoonDaysArgument(dueSoonDays) };
}

export const dueSoonDaysArgument = (days: number) => boundedInt('dueSoonDays', days, 0, MAX_DUE_SOON_DAYS);

/** A bounded count argument such as depth or limit. */
export function boundedInt(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

