/**
 * A fast path for validating index.json, the one file a cold open must
 * validate in full (10,000 articles: zod takes 25–45 ms warm, ~180 ms cold;
 * this takes a few ms). It accepts only a strict subset of what
 * indexFileSchema accepts (the same limits and patterns, from shared/schema/),
 * with nothing zod would change, so that an index it passes is exactly what
 * zod would return; anything else (an unusual but valid id or URL, an extra
 * key, a wrong type) goes to zod, which decides and explains.
 */

import { ARTICLE_STATUSES } from '../../../../shared/schema/enums';
import {
  ISO_DATE_PATTERN,
  LANGUAGE_TAG,
  SCHEME_ID,
  TIMESTAMP_PATTERN,
} from '../../../../shared/schema/fields';
import { ARTICLE_META_LENGTHS as MAX, MAX_TEXT_LENGTH } from '../../../../shared/schema/limits';
import type { IndexFile } from '../library-files';

/** zod's uuid pattern, lower case only and without its nil and max alternatives (those go to zod). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A character that is not lower-case hex (a negated search runs faster here than /^[0-9a-f]{64}$/). */
const NOT_HEX = /[^0-9a-f]/;
/** An http(s) URL in printable ASCII, nothing zod's URL check would trim or strip (others go to zod). */
const PLAIN_URL = /^https?:\/\/[\x21-\x7E]+$/;
const STATUSES = new Set<string>(ARTICLE_STATUSES);
const KNOWN = new Set<string>([
  'id',
  'title',
  'source',
  'date',
  'language',
  'addedAt',
  'textSha256',
  'length',
  'annotationCount',
  'author',
  'url',
  'importedFrom',
  'status',
  'deletedAt',
  'annotationCounts',
]);

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const matches = (value: unknown, pattern: RegExp): boolean =>
  typeof value === 'string' && pattern.test(value);
const isUrl = (value: unknown): boolean =>
  value === '' || (isText(value, MAX.url) && PLAIN_URL.test(value) && URL.canParse(value));
const isDate = (value: unknown): boolean =>
  value === '' || matches(value, ISO_DATE_PATTERN) || matches(value, TIMESTAMP_PATTERN);

/** Each optional field's check, applied when the key is present. */
const OPTIONAL: Record<string, (value: unknown) => boolean> = {
  author: (v) => isText(v, MAX.author),
  url: isUrl,
  importedFrom: (v) => isText(v, MAX.importedFrom),
  status: (v) => typeof v === 'string' && STATUSES.has(v),
  deletedAt: (v) => matches(v, TIMESTAMP_PATTERN),
  annotationCounts: (counts) =>
    isRecord(counts) &&
    Object.keys(counts).every((key) => key !== '__proto__' && SCHEME_ID.test(key)) &&
    Object.values(counts).every(isCount),
};

/** True when `value` is certainly a valid index entry needing no change (false: ask zod). */
export function isPlainValidMeta(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key of Object.keys(value)) if (!KNOWN.has(key)) return false;
  if (typeof value['id'] !== 'string' || !UUID.test(value['id'])) return false;
  const sha = value['textSha256'];
  if (typeof sha !== 'string' || sha.length !== 64 || NOT_HEX.test(sha)) return false;
  const length = value['length'];
  if (!isCount(length) || (length as number) > MAX_TEXT_LENGTH || !isCount(value['annotationCount'])) {
    return false;
  }
  const title = value['title'];
  if (!isText(title, MAX.title) || !/\S/u.test(title)) return false;
  if (!isText(value['source'], MAX.source) || !isDate(value['date'])) return false;
  if (!matches(value['language'], LANGUAGE_TAG) || !matches(value['addedAt'], TIMESTAMP_PATTERN))
    return false;
  for (const [key, check] of Object.entries(OPTIONAL)) {
    if (key in value && !check(value[key])) return false;
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
    json['articles'].every(isPlainValidMeta)
  );
}
