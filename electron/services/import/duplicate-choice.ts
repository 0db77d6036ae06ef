/**
 * Applies the user's choice for a likely duplicate found by an import (issue
 * 21): skip it, keep both, or replace the older article. Articles are
 * immutable canonical text (DESIGN.md), so "replace" adds the new article,
 * moves onto it the annotations whose quotes the shared anchoring rule finds in
 * the new text, and trashes the old article (restorable) with the annotations
 * it could not place, which are counted, never dropped.
 */

import { anchor } from '../../../shared/anchoring';
import { CodePointIndex } from '../../../shared/code-points';
import type { DuplicateChoice, DuplicateOutcome } from '../../../shared/import-types';
import type { Annotation } from '../../../shared/model';
import type { Library } from '../library/library';
import type { ImportedArticle } from './import-file';

/** Adds `imported` to the library even when its text is already there; resolves to the new id. */
async function addAnyway(library: Library, imported: ImportedArticle): Promise<string> {
  const meta = await library.addCanonical({
    ...imported,
    importedFrom: imported.fileName,
    allowSameText: true,
  });
  return meta.id;
}

/**
 * Splits `annotations` by where the shared anchoring rule (shared/anchoring.ts)
 * puts their quotes in `index`'s text: `moved` carry the new offsets (code
 * points) and `articleId`; `orphaned` are those it could not place.
 */
export function reanchorOnto(
  index: CodePointIndex,
  articleId: string,
  annotations: readonly Annotation[],
): { moved: Annotation[]; orphaned: Annotation[] } {
  const moved: Annotation[] = [];
  const orphaned: Annotation[] = [];
  for (const a of annotations) {
    const found = anchor(index, a);
    if (found.status === 'orphaned') orphaned.push(a);
    else moved.push({ ...a, articleId, start: found.start, end: found.end });
  }
  return { moved, orphaned };
}

/**
 * Replaces library article `oldId` by `imported`: adds it, moves the
 * annotations whose quotes still match (same ids, new offsets), keeps the old
 * article's status, and trashes the old article with the annotations left
 * behind. Rejects with the library's AppFailure (not-found, closed…) before
 * anything is written when `oldId` is unknown.
 */
async function replaceArticle(
  library: Library,
  oldId: string,
  imported: ImportedArticle,
): Promise<DuplicateOutcome> {
  const old = await library.getArticle(oldId);
  const annotations = await library.listAnnotations(oldId);
  const articleId = await addAnyway(library, imported);
  const index = new CodePointIndex(imported.canonical.text);
  const { moved, orphaned } = reanchorOnto(index, articleId, annotations);
  if (moved.length > 0) {
    await library.restoreAnnotations(articleId, moved);
    await library.deleteAnnotations(
      oldId,
      moved.map((a) => a.id),
    );
  }
  if (old.meta.status) await library.updateMeta(articleId, { status: old.meta.status });
  await library.trashArticle(oldId);
  return { choice: 'replace', articleId, trashedId: oldId, moved: moved.length, orphaned: orphaned.length };
}

/**
 * Applies `choice` to `imported`, a likely duplicate of library article
 * `existingId`. Skip writes nothing; keep adds it beside the old article;
 * replace is described in {@link replaceArticle}.
 */
export async function applyDuplicateChoice(
  library: Library,
  imported: ImportedArticle,
  existingId: string,
  choice: DuplicateChoice,
): Promise<DuplicateOutcome> {
  if (choice === 'skip') return { choice, articleId: null, trashedId: null, moved: 0, orphaned: 0 };
  if (choice === 'keep') {
    const articleId = await addAnyway(library, imported);
    return { choice, articleId, trashedId: null, moved: 0, orphaned: 0 };
  }
  return replaceArticle(library, existingId, imported);
}
