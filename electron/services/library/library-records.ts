/**
 * Pure builders for what the library stores: an article (canonical text,
 * metadata, hash) from user input, and the re-anchoring of stored
 * annotations against their article's text on load.
 */

import { createHash } from 'node:crypto';
import { anchor, quoteSelector, type AnchorMove } from '../../../shared/anchoring';
import { detectLanguage } from '../../../shared/arabic-text';
import { canonicalize } from '../../../shared/canonical-text';
import type { CodePointIndex } from '../../../shared/code-points';
import { codePointLength } from '../../../shared/code-points';
import type { Annotation, ArticleMeta, NewArticle } from '../../../shared/model';
import { AppFailure } from '../../../shared/result';
import type { ArticleFile } from './library-files';

/** SHA-256 hex digest of `text` encoded as UTF-8. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Builds the stored article and its metadata from user input. Throws
 * AppFailure('empty-text') when nothing is left after canonicalization.
 */
export function buildArticle(
  input: NewArticle,
  id: string,
  addedAt: string,
): { file: ArticleFile; meta: ArticleMeta } {
  const { text, blocks } = canonicalize(input.text);
  if (text.length === 0) throw new AppFailure('empty-text', 'The article has no text');
  const title = input.title.trim();
  if (title.length === 0) {
    throw new AppFailure('invalid-argument', 'The title is empty', {
      field: 'title',
    });
  }
  const meta: ArticleMeta = {
    id,
    title,
    source: input.source?.trim() ?? '',
    date: input.date ?? '',
    language: input.language || detectLanguage(text),
    addedAt,
    textSha256: sha256Hex(text),
    length: codePointLength(text),
    annotationCount: 0,
  };
  return { file: { version: 1, id, text, blocks }, meta };
}

/** What an article file keeps of its metadata (ArticleFile.meta): the fields it entered the library with. */
export function fileMetaOf(meta: ArticleMeta): NonNullable<ArticleFile['meta']> {
  const { title, source, date, language, addedAt, author, url, importedFrom } = meta;
  return {
    title,
    source,
    date,
    language,
    addedAt,
    ...(author !== undefined ? { author } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(importedFrom !== undefined ? { importedFrom } : {}),
  };
}

/** Orders annotations by start, then end, then creation, then id (stable and total). */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    a.start - b.start || a.end - b.end || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
  );
}

/**
 * Checks every annotation's quote against the text: one found elsewhere with
 * evidence (see anchor) gets its new offsets and context and is listed in
 * `moves`; one that cannot be found is flagged `orphaned` (offsets, quote and
 * context untouched). Pure: nothing is written (the file keeps the record).
 */
export function reanchorAnnotations(
  annotations: Annotation[],
  index: CodePointIndex,
): { annotations: Annotation[]; moves: AnchorMove[] } {
  const moves: AnchorMove[] = [];
  const result = annotations.map((annotation): Annotation => {
    const found = anchor(index, annotation);
    if (found.status === 'orphaned')
      return annotation.orphaned ? annotation : { ...annotation, orphaned: true };
    if (found.status === 'anchored' && !annotation.orphaned) return annotation;
    const moved: Annotation = {
      ...annotation,
      ...quoteSelector(index, found.start, found.end),
      start: found.start,
      end: found.end,
    };
    delete moved.orphaned;
    if (found.start !== annotation.start || found.end !== annotation.end) {
      moves.push({
        articleId: annotation.articleId,
        id: annotation.id,
        quote: annotation.quote,
        from: { start: annotation.start, end: annotation.end },
        to: { start: found.start, end: found.end },
      });
    }
    return moved;
  });
  return { annotations: result, moves };
}
