/**
 * What can be kept of an index.json the schema refused: when the file still
 * parses, each article's entry is read field by field, and every field that
 * passes its own schema (title, source, date, language, addedAt, author,
 * url, importedFrom, status, deletedAt) is kept in the rebuilt index. So one
 * value past a limit, or a date such as "2025-13-45", costs that value, not
 * every title, source and date of the library. The refused file itself is in
 * quarantine/, byte for byte.
 */

import { readFile } from 'node:fs/promises';
import type { ArticleMeta } from '../../../../shared/model';
import { articleMetaSchema } from '../../../../shared/schema/article-schema';

/** Fields taken from the file's text (hash, length) or counted again (annotations) are never kept. */
const KEPT = [
  'title',
  'source',
  'date',
  'language',
  'addedAt',
  'author',
  'url',
  'importedFrom',
  'status',
  'deletedAt',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of the index at `path` by article id, or an empty map when it does not parse. */
export async function readIndexEntries(path: string): Promise<Map<string, Record<string, unknown>>> {
  const entries = new Map<string, Record<string, unknown>>();
  try {
    const json: unknown = JSON.parse(await readFile(path, 'utf8'));
    const articles = isRecord(json) ? json['articles'] : undefined;
    if (!Array.isArray(articles)) return entries;
    for (const entry of articles) {
      if (isRecord(entry) && typeof entry['id'] === 'string') entries.set(entry['id'], entry);
    }
  } catch {
    // Unreadable or not JSON: nothing to keep.
  }
  return entries;
}

/** `rebuilt` with each field of the old `entry` that passes its schema. */
export function salvageMeta(rebuilt: ArticleMeta, entry: Record<string, unknown> | undefined): ArticleMeta {
  if (!entry) return rebuilt;
  const kept: Partial<ArticleMeta> = {};
  for (const field of KEPT) {
    const parsed = articleMetaSchema.shape[field].safeParse(entry[field]);
    if (parsed.success && parsed.data !== undefined) Object.assign(kept, { [field]: parsed.data });
  }
  return { ...rebuilt, ...kept };
}
