/**
 * The check every write of an article's metadata passes before index.json
 * holds it (library-index.ts): the schema the start-up check holds the
 * index to, so that no door writes a value that would later get the index
 * quarantined.
 */

import type { ArticleMeta } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import { articleMetaSchema } from '../../../shared/schema/article-schema';

/**
 * `meta` itself when it fits the schema the start-up check holds index.json
 * to; otherwise throws AppFailure('invalid-argument') naming the field.
 */
export function checkedMeta(meta: ArticleMeta): ArticleMeta {
  const parsed = articleMetaSchema.safeParse(meta);
  if (parsed.success) return meta;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new AppFailure('invalid-argument', `${field}: ${issue?.message ?? 'invalid'}`, { field });
}
