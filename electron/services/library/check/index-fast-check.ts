/**
 * A fast path for validating index.json, the one file a cold open must
 * validate in full (10,000 articles: zod takes 25–45 ms warm, ~180 ms cold;
 * this takes a few ms). It accepts only a strict subset of what
 * indexFileSchema accepts, with no key zod would strip, so that an index it
 * passes is exactly what zod would return; anything else (an unusual but
 * valid id, an extra key, a wrong type) goes to zod, which decides and
 * explains.
 */

import type { IndexFile } from '../library-files';

/** zod's uuid pattern, lower case only and without its nil and max alternatives (those go to zod). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A character that is not lower-case hex (a negated search runs faster here than /^[0-9a-f]{64}$/). */
const NOT_HEX = /[^0-9a-f]/;
const STRINGS = ['title', 'source', 'date', 'language', 'addedAt'] as const;
const OPTIONAL_STRINGS = ['author', 'url', 'importedFrom', 'deletedAt'] as const;
const KNOWN = new Set<string>([
  'id',
  ...STRINGS,
  'textSha256',
  'length',
  'annotationCount',
  ...OPTIONAL_STRINGS,
  'status',
  'annotationCounts',
]);
const STATUSES = new Set(['new', 'in-progress', 'done']);

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isMeta(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key of Object.keys(value)) if (!KNOWN.has(key)) return false;
  if (typeof value['id'] !== 'string' || !UUID.test(value['id'])) return false;
  const sha = value['textSha256'];
  if (typeof sha !== 'string' || sha.length !== 64 || NOT_HEX.test(sha)) return false;
  if (!isCount(value['length']) || !isCount(value['annotationCount'])) return false;
  for (const key of STRINGS) if (typeof value[key] !== 'string') return false;
  for (const key of OPTIONAL_STRINGS) {
    if (key in value && typeof value[key] !== 'string') return false;
  }
  if ('status' in value && !STATUSES.has(value['status'] as string)) return false;
  if ('annotationCounts' in value) {
    const counts = value['annotationCounts'];
    if (!isRecord(counts) || !Object.values(counts).every(isCount)) return false;
    if (Object.keys(counts).includes('__proto__')) return false;
  }
  return true;
}

/** True when `json` is certainly a valid index.json needing no change; false means "ask zod". */
export function isPlainValidIndex(json: unknown): json is IndexFile {
  if (!isRecord(json)) return false;
  if (Object.keys(json).some((key) => key !== 'version' && key !== 'seeded' && key !== 'articles'))
    return false;
  return (
    json['version'] === 1 &&
    typeof json['seeded'] === 'boolean' &&
    Array.isArray(json['articles']) &&
    json['articles'].every(isMeta)
  );
}
