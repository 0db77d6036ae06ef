/**
 * Reading the JSON files of other tools without trusting their shape: parse
 * or refuse as "not this format", and look at values as objects or lists
 * whatever they turn out to be.
 */

import { refuse } from '../import-check';

/** A JSON object's members, looked at without trusting their types. */
export type Json = Record<string, unknown>;

/** `value` when it is a JSON object, else an empty one. */
export const asObject = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** `value` when it is a list, a one-item list of it when it is something else, [] when undefined. */
export const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** The parsed JSON of a file's text (a UTF-8 BOM allowed); refuses (not-this-format) naming `name`. */
export function parseJsonFile(raw: string, name: string): unknown {
  try {
    return JSON.parse(raw.replace(/^\uFEFF/u, '')) as unknown;
  } catch {
    return refuse('not-this-format', name, 'not JSON');
  }
}
