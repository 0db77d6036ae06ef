/**
 * The records an annotation import writes, made from a checked Hamish JSON
 * file: stored annotations (quote and context taken again from the text),
 * the blocks of an imported text, and the metadata of an article the
 * library lacks.
 */

import { quoteSelector } from '../../../shared/anchoring';
import { canonicalize } from '../../../shared/canonical-text';
import type { CodePointIndex } from '../../../shared/code-points';
import type { ExportedAnnotation, ExportedArticle } from '../../../shared/export-format';
import type { Annotation, ArticleMeta, Block } from '../../../shared/model';

/** The stored annotation of an exported one: type and subtype dropped (the tag holds them), quote and context taken again from the text. */
export function toAnnotation(a: ExportedAnnotation, articleId: string, index: CodePointIndex): Annotation {
  // Object.assign keeps the stored key order: id, articleId, then the exported fields.
  const stored = Object.assign({ id: a.id, articleId }, a, quoteSelector(index, a.start, a.end));
  delete stored.type;
  delete stored.subtype;
  return stored;
}

/** Blocks for an imported text: the file's, else one per line classified as on import. */
export function blocksOf(article: ExportedArticle, text: string): Block[] {
  if (article.blocks && article.blocks.length > 0) return article.blocks;
  const derived = canonicalize(text);
  // The canonical text round-trips unless a line began with a quote or heading marker.
  if (derived.text === text) return derived.blocks;
  let offset = 0;
  return text.split('\n').map((line) => {
    const length = [...line].length;
    const block: Block = { kind: 'paragraph', start: offset, end: offset + length };
    offset += length + 1;
    return block;
  });
}

/** The metadata of an article the library lacks, as the file gives it (addedAt: the file's, else now). */
export function metaOf(article: ExportedArticle, annotationCount: number, now: () => Date): ArticleMeta {
  const { id, title, source, date, language, textSha256, length, author, url, importedFrom, status } =
    article;
  return {
    id,
    title,
    source,
    date,
    language,
    addedAt: article.addedAt ?? now().toISOString(),
    textSha256,
    length,
    annotationCount,
    ...(author === undefined ? {} : { author }),
    ...(url === undefined ? {} : { url }),
    ...(importedFrom === undefined ? {} : { importedFrom }),
    ...(status === undefined ? {} : { status }),
  };
}
