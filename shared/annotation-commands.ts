/**
 * Undo commands for annotation changes, built from what the API returned:
 * a create is undone by deleting the same ids and redone by restoring them;
 * a delete the other way round; an edit by patching back every field.
 */

import type { HamishApi } from './ipc-contract';
import type { Annotation, AnnotationPatch } from './model';
import type { UndoCommand } from './undo-history';

type AnnotationApi = Pick<HamishApi, 'deleteAnnotations' | 'restoreAnnotations' | 'updateAnnotation'>;

/** The patch that puts every editable field of `a` back. */
export function patchOf(a: Annotation): AnnotationPatch {
  return { tag: a.tag, note: a.note ?? null, entityId: a.entityId ?? null, start: a.start, end: a.end };
}

export function createCommand(api: AnnotationApi, articleId: string, created: Annotation[]): UndoCommand {
  return {
    articleId,
    label: created.length > 1 ? 'createMany' : 'create',
    undo: () =>
      api.deleteAnnotations(
        articleId,
        created.map((a) => a.id),
      ),
    redo: () => api.restoreAnnotations(articleId, created),
  };
}

export function deleteCommand(api: AnnotationApi, articleId: string, deleted: Annotation[]): UndoCommand {
  return {
    articleId,
    label: 'delete',
    undo: () => api.restoreAnnotations(articleId, deleted),
    redo: () =>
      api.deleteAnnotations(
        articleId,
        deleted.map((a) => a.id),
      ),
  };
}

export function editCommand(api: AnnotationApi, before: Annotation, after: Annotation): UndoCommand {
  return {
    articleId: before.articleId,
    label: before.tag !== after.tag ? 'retag' : 'edit',
    undo: () => api.updateAnnotation(before.articleId, before.id, patchOf(before)),
    redo: () => api.updateAnnotation(after.articleId, after.id, patchOf(after)),
  };
}
